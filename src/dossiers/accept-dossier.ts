import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { AppError } from '../shared/errors';
import { coversAny } from './dossier-access';
import { loadWorkflow, type ProcedureVersionRow } from './load-intake-context';
import { recordTransition, type DossierRow } from './record-transition';
import { instantiateSteps, startNextStage } from './workflow-progress';

/**
 * The receipt proper: the clock starts, the appointment is set from the published processing time,
 * and the workflow's first stage begins (a desk step is taken by the receiving officer).
 */
export async function acceptDossier(
  tx: Executor,
  actor: Actor,
  dossier: DossierRow,
  version: ProcedureVersionRow,
  ctx: { now: Date; expectedVersion?: number | undefined; note?: string | null },
): Promise<DossierRow> {
  const workflow = await loadWorkflow(tx, version.id, [dossier.agencyId, dossier.deskAgencyId]);
  if (!workflow || workflow.steps.length === 0) {
    throw new AppError('DOSSIER_NO_WORKFLOW', { code: version.name, agency: `cơ quan #${dossier.agencyId}` });
  }
  const calendar = await loadWorkCalendar(tx, dossier.agencyId);
  const unit = version.timeUnit;
  const dueAt = calendar.due(ctx.now, { amount: version.publishedDuration, unit });
  let received = await recordTransition(tx, dossier, {
    type: 'RECEIVED',
    actorId: actor.userId,
    at: ctx.now,
    expectedVersion: ctx.expectedVersion,
    note: ctx.note ?? null,
    changes: { status: 'processing', receivedAt: ctx.now, dueAt, appointmentAt: dueAt, workflowId: workflow.workflowId },
    data: { publishedDuration: version.publishedDuration, timeUnit: unit },
  });
  await instantiateSteps(tx, received, workflow.steps);
  const { dossier: started } = await startNextStage(tx, received, {
    calendar,
    unit,
    now: ctx.now,
    actorId: actor.userId,
    // The officer who receives at the desk holds the desk step.
    assignTo: (step) =>
      step.role === 'receiving_officer' &&
      step.agencyId === received.deskAgencyId &&
      coversAny(actor, ['receiving_officer'], [received.deskAgencyPath])
        ? actor.userId
        : null,
  });
  received = started;
  return received;
}
