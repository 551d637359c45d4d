import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { buildCatalogFile } from './build-catalog-file';
import { writeCatalogWorkbook } from './catalog-workbook';
import type { CatalogFile } from './catalog-file';

export type CatalogExport = { format: 'json'; catalog: CatalogFile } | { format: 'xlsx'; workbook: Buffer };

/** The whole catalog as JSON (the documented exchange format) or as an Excel workbook. */
export async function exportCatalog(db: Executor, actor: Actor, input: { format: 'json' | 'xlsx' }): Promise<CatalogExport> {
  authorize(actor, { anyOf: ['admin'] });
  const catalog = await buildCatalogFile(db);
  if (input.format === 'json') return { format: 'json', catalog };
  return { format: 'xlsx', workbook: await writeCatalogWorkbook(catalog) };
}
