import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import type { ReturnMethod } from './vocabulary';
import { actOnDossier } from './act-on-dossier';
import { assertDeskOfficer } from './dossier-access';
import { recordTransition } from './record-transition';
import { dossierSteps } from './schema';

/** The desk hands the result to the applicant (counter, post or online). */
export async function handOverResult(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { method: ReturnMethod; note?: string | null | undefined; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier, scope }, now) => {
    assertDeskOfficer(actor, scope);
    // The return-at-the-desk step, if the workflow has one, ends with the hand-over.
    await tx
      .update(dossierSteps)
      .set({ status: 'done', completedAt: now, completedBy: actor.userId })
      .where(and(eq(dossierSteps.dossierId, dossier.id), inArray(dossierSteps.status, ['active', 'waiting'])));
    return recordTransition(tx, dossier, {
      type: 'HANDED_OVER',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.note ?? null,
      changes: { status: 'returned', returnedAt: now, returnMethod: input.method },
      data: { method: input.method },
    });
  }, input.expectedVersion);
}
