import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { reportReaders } from './report-scope';
import { listLateDossiers, type LateDossierList } from './late-dossiers';
import { listLateOfficials, type LateOfficialList } from './late-officials';
import { dossierListContent, listDocument, officialListContent, type ListContent } from './late-documents';
import { renderLateDocx } from './late-docx';
import { renderLateWorkbook } from './late-xlsx';
import { dossierTable, officialTable, type LateTable } from './late-tables';
import type { LateQuery } from './late-scope';

export const lateFormats = ['json', 'xlsx', 'docx'] as const;
export type LateFormat = (typeof lateFormats)[number];
export type LateFileFormat = Exclude<LateFormat, 'json'>;

export const lateContentTypes: Record<LateFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface LateFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export type LateExport<T> = { format: 'json'; data: T } | { format: LateFileFormat; file: LateFile };

/** `ho-so-tre-han-LS-2026-03-01-2026-03-31.xlsx`: only safe characters reach Content-Disposition. */
export function lateFileName(kind: string, agencyCode: string, from: string, to: string, ext: string): string {
  const safe = `${agencyCode}-${from}-${to}`.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${kind}-${safe}.${ext}`;
}

async function renderList(content: ListContent, emptyTable: LateTable, format: LateFileFormat, sheet: string): Promise<Buffer> {
  return format === 'xlsx' ? renderLateWorkbook(content, emptyTable, sheet) : renderLateDocx(listDocument(content, emptyTable));
}

/** The late dossiers of a period as JSON, Excel or Word. */
export async function exportLateDossiers(db: Executor, actor: Actor, input: LateQuery & { format: LateFormat }): Promise<LateExport<LateDossierList>> {
  authorize(actor, { anyOf: reportReaders });
  const list = await listLateDossiers(db, actor, input);
  if (input.format === 'json') return { format: 'json', data: list };
  return {
    format: input.format,
    file: {
      fileName: lateFileName('ho-so-tre-han', list.agency, list.from, list.to, input.format),
      contentType: lateContentTypes[input.format],
      body: await renderList(dossierListContent(list), dossierTable([]), input.format, 'Hồ sơ trễ hạn'),
    },
  };
}

/** The officials responsible for late dossiers of a period as JSON, Excel or Word. */
export async function exportLateOfficials(db: Executor, actor: Actor, input: LateQuery & { format: LateFormat }): Promise<LateExport<LateOfficialList>> {
  authorize(actor, { anyOf: reportReaders });
  const list = await listLateOfficials(db, actor, input);
  if (input.format === 'json') return { format: 'json', data: list };
  return {
    format: input.format,
    file: {
      fileName: lateFileName('can-bo-tre-han', list.agency, list.from, list.to, input.format),
      contentType: lateContentTypes[input.format],
      body: await renderList(officialListContent(list), officialTable([], { usernames: true }), input.format, 'Cán bộ trễ hạn'),
    },
  };
}
