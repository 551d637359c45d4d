import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { actOnDossier } from './act-on-dossier';
import { recordTransition } from './record-transition';
import { findHeldStep } from './find-step';

/**
 * Supplementation during processing (form 02): the holder asks for everything missing at once and
 * the clock pauses until the complete supplement arrives.
 */
export async function requestSupplement(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { reason: string; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, loaded, now) => {
    const step = findHeldStep(actor, loaded, undefined);
    return recordTransition(tx, loaded.dossier, {
      type: 'SUPPLEMENT_REQUESTED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      changes: { status: 'awaiting_supplement', pausedAt: now, supplementCount: loaded.dossier.supplementCount + 1 },
      data: { reason: input.reason, stepId: step.id, dueBefore: loaded.dossier.dueAt },
    });
  }, input.expectedVersion);
}
