import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { procedureWorkflows, workflowSteps } from './schema';
import type { StepRole } from './vocabulary';

export interface ResolvedWorkflowStep {
  readonly stepId: number;
  readonly position: number;
  readonly stage: number;
  readonly name: string;
  readonly role: StepRole;
  /** The agency that performs the step, the receiving agency filled in where the step names none. */
  readonly agencyId: number;
  readonly allotted: number;
}

export interface ResolvedWorkflow {
  readonly workflowId: number;
  /** True when the agency has no workflow of its own and the default one applies. */
  readonly isDefault: boolean;
  readonly steps: readonly ResolvedWorkflowStep[];
}

/**
 * The steps a dossier of this procedure version follows when received by `receivingAgencyId`: the
 * agency's own workflow, else the default one; null when neither is set. For the dossier module.
 */
export async function resolveWorkflow(
  db: Executor,
  input: { procedureVersionId: number; receivingAgencyId: number },
): Promise<ResolvedWorkflow | null> {
  const candidates = await db
    .select({ id: procedureWorkflows.id, agencyId: procedureWorkflows.agencyId })
    .from(procedureWorkflows)
    .where(
      and(
        eq(procedureWorkflows.procedureVersionId, input.procedureVersionId),
        isNull(procedureWorkflows.replacedAt),
        or(eq(procedureWorkflows.agencyId, input.receivingAgencyId), isNull(procedureWorkflows.agencyId)),
      ),
    );
  const chosen = candidates.find((c) => c.agencyId === input.receivingAgencyId) ?? candidates.find((c) => c.agencyId === null);
  if (!chosen) return null;
  const steps = await db
    .select()
    .from(workflowSteps)
    .where(eq(workflowSteps.workflowId, chosen.id))
    .orderBy(asc(workflowSteps.position));
  return {
    workflowId: chosen.id,
    isDefault: chosen.agencyId === null,
    steps: steps.map((s) => ({
      stepId: s.id,
      position: s.position,
      stage: s.stage,
      name: s.name,
      role: s.role,
      agencyId: s.agencyId ?? input.receivingAgencyId,
      allotted: s.allotted,
    })),
  };
}
