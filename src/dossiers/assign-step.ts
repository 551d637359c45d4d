import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { actOnDossier } from './act-on-dossier';
import { dossierSteps } from './schema';
import { recordTransition } from './record-transition';
import { findHeldStep } from './find-step';
import { eligibleAssignee } from './eligible-assignee';

/** A leader (or the holder) gives an active step to an official of the step's agency. */
export async function assignStep(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { stepId?: number | undefined; assigneeUsername: string; expectedVersion?: number | undefined; note?: string | null },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, loaded, now) => {
    const step = findHeldStep(actor, loaded, input.stepId);
    const assignee = await eligibleAssignee(tx, { username: input.assigneeUsername }, step);
    if (!assignee) throw new AppError('DOSSIER_ASSIGNEE_INVALID');
    await tx.update(dossierSteps).set({ assigneeId: assignee.id }).where(eq(dossierSteps.id, step.id));
    return recordTransition(tx, loaded.dossier, {
      type: 'STEP_ASSIGNED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.note ?? null,
      data: { stepId: step.id, name: step.name, from: step.assigneeId, to: assignee.id, toName: assignee.fullName },
    });
  }, input.expectedVersion);
}
