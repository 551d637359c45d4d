import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { AppError } from '../shared/errors';
import { procedures, procedureVersions } from './schema';
import { loadVersionDetails } from './load-versions';
import type { ProcedureDetailDto } from './procedure-dto';

/** A procedure with its current version (components, fees, workflows) and its version history. */
export async function loadProcedureDetail(db: Executor, code: string): Promise<ProcedureDetailDto> {
  const [proc] = await db.select().from(procedures).where(eq(procedures.code, code));
  if (!proc || proc.currentVersionId === null) throw new AppError('PROCEDURE_NOT_FOUND', { code });
  const current = (await loadVersionDetails(db, [proc.currentVersionId])).get(proc.currentVersionId);
  if (!current) throw new AppError('PROCEDURE_NOT_FOUND', { code });
  const versions = await db
    .select({
      id: procedureVersions.id,
      version: procedureVersions.version,
      status: procedureVersions.status,
      decisionNumber: procedureVersions.decisionNumber,
      createdAt: procedureVersions.createdAt,
    })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, proc.id))
    .orderBy(asc(procedureVersions.version));
  return {
    id: proc.id,
    code: proc.code,
    createdAt: proc.createdAt.toISOString(),
    current,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

/** Public: the citizen portal shows procedures without signing in. */
export async function getProcedure(db: Executor, _actor: Actor | null, input: { code: string }): Promise<ProcedureDetailDto> {
  return loadProcedureDetail(db, input.code);
}
