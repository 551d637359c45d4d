import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { AppError } from '../shared/errors';
import { procedures, procedureVersions } from './schema';
import { loadVersionDetails } from './load-versions';
import type { VersionDetailDto } from './procedure-dto';

/**
 * One version exactly as published, by id: a dossier shows the procedure it was received under even
 * after later amendments. Throws NOT_FOUND.
 */
export async function loadProcedureVersion(db: Executor, versionId: number): Promise<VersionDetailDto> {
  const detail = (await loadVersionDetails(db, [versionId])).get(versionId);
  if (!detail) throw new AppError('NOT_FOUND', { what: `phiên bản thủ tục #${versionId}` });
  return detail;
}

/** Public: a given version of a procedure by its number. */
export async function getProcedureVersion(
  db: Executor,
  _actor: Actor | null,
  input: { code: string; version: number },
): Promise<VersionDetailDto> {
  const [row] = await db
    .select({ id: procedureVersions.id })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(and(eq(procedures.code, input.code), eq(procedureVersions.version, input.version)));
  if (!row) throw new AppError('PROCEDURE_VERSION_NOT_FOUND', { code: input.code, version: input.version });
  return loadProcedureVersion(db, row.id);
}
