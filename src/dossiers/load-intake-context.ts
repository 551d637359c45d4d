import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { procedureComponents, procedures, procedureVersions, procedureWorkflows, workflowSteps } from '../catalog/schema';
import { AppError } from '../shared/errors';

export type AgencyRef = { id: number; code: string; name: string; path: string; level: string };

export async function loadAgency(db: Executor, id: number): Promise<AgencyRef> {
  const [a] = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name, path: agencies.path, level: agencies.level })
    .from(agencies)
    .where(eq(agencies.id, id));
  if (!a) throw new AppError('NOT_FOUND', { what: `cơ quan #${id}` });
  return a;
}

export async function loadAgencyByCode(db: Executor, code: string): Promise<AgencyRef> {
  const [a] = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name, path: agencies.path, level: agencies.level })
    .from(agencies)
    .where(eq(agencies.code, code));
  if (!a) throw new AppError('NOT_FOUND', { what: `cơ quan ${code}` });
  return a;
}

export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
export type ComponentRow = typeof procedureComponents.$inferSelect;
export type WorkflowStepRow = typeof workflowSteps.$inferSelect;

/** The current active version of a procedure, as a new dossier is received under it. */
export async function loadCurrentVersion(
  db: Executor,
  procedureCode: string,
): Promise<{ procedureId: number; version: ProcedureVersionRow; components: ComponentRow[] }> {
  const [row] = await db
    .select({ procedureId: procedures.id, version: procedureVersions })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
    .where(eq(procedures.code, procedureCode));
  if (!row || row.version.status !== 'active') throw new AppError('DOSSIER_PROCEDURE_UNAVAILABLE', { code: procedureCode });
  const components = await db
    .select()
    .from(procedureComponents)
    .where(eq(procedureComponents.versionId, row.version.id))
    .orderBy(asc(procedureComponents.position));
  return { procedureId: row.procedureId, version: row.version, components };
}

/** The workflow of a version for an agency: the agency's own first, else the default one. */
export async function loadWorkflow(
  db: Executor,
  versionId: number,
  agencyIds: readonly number[],
): Promise<{ workflowId: number; steps: WorkflowStepRow[] } | null> {
  const candidates = await db
    .select({ id: procedureWorkflows.id, agencyId: procedureWorkflows.agencyId })
    .from(procedureWorkflows)
    .where(
      and(
        eq(procedureWorkflows.procedureVersionId, versionId),
        isNull(procedureWorkflows.replacedAt),
        or(isNull(procedureWorkflows.agencyId), inArray(procedureWorkflows.agencyId, [...agencyIds])),
      ),
    );
  const rank = (agencyId: number | null) => (agencyId === null ? agencyIds.length : agencyIds.indexOf(agencyId));
  const chosen = candidates.sort((a, b) => rank(a.agencyId) - rank(b.agencyId))[0];
  if (!chosen) return null;
  const steps = await db
    .select()
    .from(workflowSteps)
    .where(eq(workflowSteps.workflowId, chosen.id))
    .orderBy(asc(workflowSteps.position));
  return { workflowId: chosen.id, steps };
}
