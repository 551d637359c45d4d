import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db, Executor } from '../db/types';
import type { Clock } from '../shared/clock';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { procedureVersions } from '../catalog/schema';
import { actOnDossier } from './act-on-dossier';
import { dossierSteps } from './schema';
import { recordTransition, type DossierRow } from './record-transition';
import { findHeldStep } from './find-step';
import { startNextStage, type DossierStepRow } from './workflow-progress';
import { eligibleAssignee } from './eligible-assignee';
import { AppError } from '../shared/errors';

export interface CompleteStepInput {
  readonly stepId?: number | undefined;
  readonly expectedVersion?: number | undefined;
  readonly note?: string | null | undefined;
  /** Who takes the next step, when the holder hands over to a named colleague. */
  readonly nextAssigneeId?: number | null | undefined;
}

/** Marks a step done and, when its stage is complete, starts the next stage with its own due times. */
export async function finishStep(
  tx: Executor,
  actor: Actor,
  dossier: DossierRow,
  step: DossierStepRow,
  now: Date,
  input: CompleteStepInput,
): Promise<DossierRow> {
  await tx
    .update(dossierSteps)
    .set({ status: 'done', completedAt: now, completedBy: actor.userId, note: input.note ?? null })
    .where(eq(dossierSteps.id, step.id));
  let next = await recordTransition(tx, dossier, {
    type: 'STEP_COMPLETED',
    actorId: actor.userId,
    at: now,
    expectedVersion: input.expectedVersion,
    note: input.note ?? null,
    data: { stepId: step.id, name: step.name, stage: step.stage, dueAt: step.dueAt, startedAt: step.startedAt },
  });
  const stillOpen = await tx
    .select({ id: dossierSteps.id })
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, next.id), eq(dossierSteps.stage, step.stage), eq(dossierSteps.status, 'active')));
  if (stillOpen.length === 0) {
    const [version] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, next.procedureVersionId!));
    const calendar = await loadWorkCalendar(tx, next.agencyId);
    const named = input.nextAssigneeId ?? null;
    // The named official holds the next stage's steps they may hold; the others keep their default holder.
    let granted = 0;
    const { dossier: advanced, started } = await startNextStage(tx, next, {
      calendar,
      unit: version!.timeUnit,
      now,
      actorId: actor.userId,
      assignTo: async (s) => {
        if (named === null || !(await eligibleAssignee(tx, { id: named }, s))) return null;
        granted++;
        return named;
      },
    });
    // Naming someone who may hold none of them (another agency, another role) is refused, and rolled back.
    if (named !== null && started.length > 0 && granted === 0) throw new AppError('DOSSIER_ASSIGNEE_INVALID');
    next = advanced;
  }
  return next;
}

/** The holder finishes a step and hands the dossier on. */
export async function completeStep(db: Db, actor: Actor, clock: Clock, code: string, input: CompleteStepInput) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, loaded, now) => {
    const step = findHeldStep(actor, loaded, input.stepId);
    return finishStep(tx, actor, loaded.dossier, step, now, input);
  }, input.expectedVersion);
}
