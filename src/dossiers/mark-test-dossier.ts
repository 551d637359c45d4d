import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { actOnDossier } from './act-on-dossier';
import { coversAny } from './dossier-access';
import { recordTransition } from './record-transition';

/** An administrator marks (or unmarks) a test dossier; the event keeps who, when and why. */
export async function markTestDossier(db: Db, actor: Actor, clock: Clock, code: string, input: { isTest: boolean; reason: string }) {
  authorize(actor, { anyOf: ['admin'] });
  return actOnDossier(db, clock, code, async (tx, { dossier, scope }, now) => {
    if (!coversAny(actor, ['admin'], [scope.agencyPath, scope.deskAgencyPath])) throw new AppError('FORBIDDEN');
    return recordTransition(tx, dossier, {
      type: 'MARKED_TEST',
      actorId: actor.userId,
      at: now,
      note: input.reason,
      changes: { isTest: input.isTest },
      data: { isTest: input.isTest, reason: input.reason },
    });
  });
}
