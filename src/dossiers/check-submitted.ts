import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { procedureVersions } from '../catalog/schema';
import { actOnDossier } from './act-on-dossier';
import { assertDeskOfficer } from './dossier-access';
import { recordTransition } from './record-transition';
import { acceptDossier } from './accept-dossier';
import type { intakeCheckInput } from './dossier-inputs';

/** The desk's intake check of an online or postal dossier already submitted. */
export async function checkSubmitted(db: Db, actor: Actor, clock: Clock, code: string, input: z.output<typeof intakeCheckInput>) {
  authorize(actor, { anyOf: ['receiving_officer', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier, scope }, now) => {
    assertDeskOfficer(actor, scope);
    if (input.decision === 'accept') {
      const [version] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, dossier.procedureVersionId!));
      return acceptDossier(tx, actor, dossier, version!, { now, expectedVersion: input.expectedVersion });
    }
    if (!input.reason) {
      throw new AppError('DOSSIER_REASON_REQUIRED', {
        what: input.decision === 'refuse' ? 'lý do từ chối' : 'các thành phần cần bổ sung',
      });
    }
    return recordTransition(tx, dossier, {
      type: input.decision === 'refuse' ? 'INTAKE_REFUSED' : 'INTAKE_SUPPLEMENT_REQUESTED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      changes: { status: input.decision === 'refuse' ? 'intake_refused' : 'intake_incomplete' },
      data: { reason: input.reason },
    });
  }, input.expectedVersion);
}
