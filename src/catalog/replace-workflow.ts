import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { procedureWorkflows, workflowSteps } from './schema';
import { loadWorkflows } from './load-versions';
import type { TimeUnit } from './time-unit';
import { findWorkflowProblem } from './validate-workflow';
import type { StepRole } from './vocabulary';

export interface ResolvedStep {
  readonly stage: number;
  readonly name: string;
  readonly role: StepRole;
  readonly agencyId: number | null;
  readonly allotted: number;
}

function sameAgency(agencyId: number | null) {
  return agencyId === null ? isNull(procedureWorkflows.agencyId) : eq(procedureWorkflows.agencyId, agencyId);
}

/** Marks the current workflow of a version at an agency as replaced; the rows stay for old dossiers. */
export async function retireWorkflow(tx: Executor, versionId: number, agencyId: number | null): Promise<void> {
  await tx
    .update(procedureWorkflows)
    .set({ replacedAt: sql`now()` })
    .where(
      and(eq(procedureWorkflows.procedureVersionId, versionId), sameAgency(agencyId), isNull(procedureWorkflows.replacedAt)),
    );
}

/** Installs a (validated) workflow for a version at a receiving agency, replacing the current one. */
export async function replaceWorkflow(
  tx: Executor,
  args: { versionId: number; agencyId: number | null; steps: readonly ResolvedStep[]; createdBy: number | null },
): Promise<number> {
  await retireWorkflow(tx, args.versionId, args.agencyId);
  const [wf] = await tx
    .insert(procedureWorkflows)
    .values({ procedureVersionId: args.versionId, agencyId: args.agencyId, createdBy: args.createdBy })
    .returning({ id: procedureWorkflows.id });
  const workflowId = wf!.id;
  await tx.insert(workflowSteps).values(
    args.steps.map((s, i) => ({
      workflowId,
      position: i + 1,
      stage: s.stage,
      name: s.name,
      role: s.role,
      agencyId: s.agencyId,
      allotted: s.allotted,
    })),
  );
  return workflowId;
}

export interface CarriedWorkflows {
  readonly carried: number;
  /** Workflows that no longer add up to the new published time and must be set again. */
  readonly dropped: readonly { agencyId: number | null; agencyName: string | null }[];
}

/** Copies a version's workflows to its successor when they still fit the successor's published time. */
export async function carryWorkflows(
  tx: Executor,
  args: {
    fromVersionId: number;
    toVersionId: number;
    publishedDuration: number;
    timeUnit: TimeUnit;
    previousTimeUnit: TimeUnit;
    createdBy: number | null;
  },
): Promise<CarriedWorkflows> {
  const workflows = (await loadWorkflows(tx, [args.fromVersionId])).get(args.fromVersionId) ?? [];
  let carried = 0;
  const dropped: { agencyId: number | null; agencyName: string | null }[] = [];
  for (const w of workflows) {
    const fits =
      args.timeUnit === args.previousTimeUnit && findWorkflowProblem(w.steps, args.publishedDuration, args.timeUnit) === null;
    if (!fits) {
      dropped.push({ agencyId: w.agency?.id ?? null, agencyName: w.agency?.name ?? null });
      continue;
    }
    await replaceWorkflow(tx, {
      versionId: args.toVersionId,
      agencyId: w.agency?.id ?? null,
      steps: w.steps.map((s) => ({ stage: s.stage, name: s.name, role: s.role, agencyId: s.agency?.id ?? null, allotted: s.allotted })),
      createdBy: args.createdBy,
    });
    carried += 1;
  }
  return { carried, dropped };
}
