import { and, arrayContains, asc, count, eq, like, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { procedureFields, procedures, procedureVersions } from './schema';
import { toVersionSummary, versionSummaryColumns } from './load-versions';
import { containsPattern, searchTokens } from './search-text';
import type { ProcedurePageDto } from './procedure-dto';
import { onlineLevels, procedureLevels } from './vocabulary';

export const listProceduresQuery = z.object({
  /** Words of the name or code, with or without diacritics. */
  q: z.string().trim().max(200).optional(),
  fieldCode: z.string().trim().max(50).optional(),
  level: z.enum(procedureLevels).optional(),
  onlineLevel: z.enum(onlineLevels).optional(),
  /** Status of the current version; citizens browse the procedures in force. */
  status: z.enum(['active', 'abolished', 'all']).default('active'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListProceduresInput = z.output<typeof listProceduresQuery>;

/** Public: searches the catalog by the current version of each procedure, one page at a time. */
export async function listProcedures(db: Executor, _actor: Actor | null, input: ListProceduresInput): Promise<ProcedurePageDto> {
  const conditions: SQL[] = [];
  if (input.status !== 'all') conditions.push(eq(procedureVersions.status, input.status));
  if (input.fieldCode) conditions.push(eq(procedureFields.code, input.fieldCode));
  if (input.level) conditions.push(arrayContains(procedureVersions.levels, [input.level]));
  if (input.onlineLevel) conditions.push(eq(procedureVersions.onlineLevel, input.onlineLevel));
  for (const token of searchTokens(input.q ?? '')) conditions.push(like(procedureVersions.searchText, containsPattern(token)));
  const where = and(...conditions);
  const [totalRow] = await db
    .select({ n: count() })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
    .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
    .where(where);
  const rows = await db
    .select({ ...versionSummaryColumns, procedureId: procedures.id, procedureCode: procedures.code })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
    .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
    .where(where)
    .orderBy(asc(procedures.code))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) => ({ id: r.procedureId, code: r.procedureCode, current: toVersionSummary(r) })),
    total: totalRow?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}
