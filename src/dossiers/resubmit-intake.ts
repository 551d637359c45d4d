import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { actOnDossier } from './act-on-dossier';
import { recordTransition } from './record-transition';
import { storeFiles } from './store-files';
import type { FileInput } from './dossier-inputs';

/**
 * The applicant completes online a dossier the desk found incomplete at intake (form 02): the
 * missing papers are attached and the dossier goes back to the desk's intake queue. No clock runs
 * yet: the processing time starts only when the desk accepts it.
 */
export async function resubmitIntake(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { files: readonly FileInput[]; note?: string | null | undefined; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['citizen'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier }, now) => {
      // Someone else's dossier does not exist as far as this applicant knows.
      if (actor.userId === null || dossier.ownerUserId !== actor.userId) throw new AppError('DOSSIER_NOT_FOUND', { code });
      if (input.files.length === 0) throw new AppError('DOSSIER_FILE_INVALID', { detail: 'cần đính kèm ít nhất một tệp bổ sung' });
      await storeFiles(tx, dossier.id, 'supplement', input.files, actor.userId, now);
      return recordTransition(tx, dossier, {
        type: 'INTAKE_RESUBMITTED',
        actorId: actor.userId,
        at: now,
        expectedVersion: input.expectedVersion,
        note: input.note ?? null,
        changes: { status: 'submitted' },
        data: { files: input.files.length },
      });
    },
    input.expectedVersion,
  );
}
