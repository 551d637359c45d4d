import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { actOnDossier } from './act-on-dossier';
import { coversAny } from './dossier-access';
import { recordTransition } from './record-transition';
import { cancelOpenSteps } from './workflow-progress';

/** Stops processing at the applicant's request (stop notice, form 05): counted as resolved, outcome withdrawn. */
export async function withdrawDossier(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { reason: string; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['citizen', 'receiving_officer', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier, scope }, now) => {
    const isOwner = actor.userId !== null && dossier.ownerUserId === actor.userId;
    if (!isOwner && !coversAny(actor, ['receiving_officer', 'leader', 'admin'], [scope.deskAgencyPath, scope.agencyPath])) {
      throw new AppError('FORBIDDEN');
    }
    await cancelOpenSteps(tx, dossier.id);
    const received = dossier.receivedAt !== null;
    return recordTransition(tx, dossier, {
      type: 'WITHDRAWN',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      // Only a received dossier has a clock to conclude; a dossier never received simply stops.
      changes: received
        ? { status: 'withdrawn', outcome: 'withdrawn', finishedAt: now, pausedAt: null }
        : { status: 'withdrawn', outcome: 'withdrawn' },
      data: { reason: input.reason },
    });
  }, input.expectedVersion);
}
