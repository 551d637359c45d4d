import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { procedureVersions } from '../catalog/schema';
import { actOnDossier } from './act-on-dossier';
import { coversAny } from './dossier-access';
import { recordTransition } from './record-transition';
import { restartActiveSteps } from './workflow-progress';
import { storeFiles } from './store-files';
import type { FileInput } from './dossier-inputs';

/**
 * The complete supplement arrives (at the desk, or online from the owner): the processing time
 * counts again from zero, giving a new due time recorded with the reason.
 */
export async function receiveSupplement(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { files: readonly FileInput[]; note?: string | null | undefined; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['citizen', 'receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, loaded, now) => {
    const { dossier, scope } = loaded;
    const isOwner = actor.userId !== null && dossier.ownerUserId === actor.userId;
    if (!isOwner && !coversAny(actor, ['receiving_officer', 'specialist', 'leader', 'admin'], [scope.deskAgencyPath, scope.agencyPath])) {
      throw new AppError('FORBIDDEN');
    }
    const [version] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, dossier.procedureVersionId!));
    const calendar = await loadWorkCalendar(tx, dossier.agencyId);
    const dueAt = calendar.due(now, { amount: version!.publishedDuration, unit: version!.timeUnit });
    await storeFiles(tx, dossier.id, 'supplement', input.files, actor.userId, now);
    await restartActiveSteps(tx, dossier.id, { calendar, unit: version!.timeUnit, now });
    return recordTransition(tx, dossier, {
      type: 'SUPPLEMENT_RECEIVED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.note ?? null,
      changes: { status: 'processing', pausedAt: null, dueAt },
      data: { reason: 'Nhận đủ hồ sơ bổ sung: thời hạn giải quyết được tính lại từ đầu', pausedAt: dossier.pausedAt, files: input.files.length },
    });
  }, input.expectedVersion);
}
