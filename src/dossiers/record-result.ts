import { inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { actOnDossier } from './act-on-dossier';
import { assertProcessingOfficial, coversAny } from './dossier-access';
import { dossierSteps } from './schema';
import { recordTransition } from './record-transition';
import { storeFiles } from './store-files';
import { finishStep } from './complete-step';
import { stepsOf } from './workflow-progress';
import { canHoldStep } from './step-holder';
import type { FileInput } from './dossier-inputs';

/** Steps that only hand the result back at the desk: they stay open until the hand-over. */
function isReturnStep(step: { role: string; stage: number }, lastStage: number): boolean {
  return step.role === 'receiving_officer' && step.stage === lastStage;
}

/**
 * Concludes the dossier: approved, or refused as not eligible (which counts as resolved). The signer's
 * own active step is completed with it; every other processing step must be done (a leader of the lead
 * agency may conclude early, dropping them), only the final return-at-the-desk step may remain (it
 * closes at hand-over). `signedAt` is when the result was signed;
 * `finishedAt` is now, the moment it is closed in the system — signed on time but closed late is
 * "late only in the software".
 */
export async function recordResult(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: {
    outcome: 'approved' | 'rejected';
    signedAt?: Date | null | undefined;
    reason?: string | null | undefined;
    files: readonly FileInput[];
    expectedVersion?: number | undefined;
  },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier: loadedDossier, scope, steps }, now) => {
    assertProcessingOfficial(actor, scope);
    if (input.outcome === 'rejected' && !input.reason) throw new AppError('DOSSIER_REASON_REQUIRED', { what: 'lý do không đủ điều kiện' });
    const signedAt = input.signedAt ?? now;
    if (signedAt.getTime() > now.getTime() || (loadedDossier.receivedAt && signedAt.getTime() < loadedDossier.receivedAt.getTime())) {
      throw new AppError('DOSSIER_SIGNED_AT_INVALID');
    }
    const lastStage = Math.max(0, ...steps.map((s) => s.stage));
    let dossier = loadedDossier;
    let expectedVersion = input.expectedVersion;
    for (const held of steps.filter((s) => s.status === 'active' && !isReturnStep(s, lastStage) && canHoldStep(actor, s))) {
      dossier = await finishStep(tx, actor, dossier, held, now, { expectedVersion });
      expectedVersion = undefined;
    }
    const open = (await stepsOf(tx, dossier.id)).filter(
      (s) => (s.status === 'active' || s.status === 'waiting') && !isReturnStep(s, lastStage),
    );
    if (open.length > 0) {
      // A leader of the lead agency may conclude early (e.g. not eligible): the remaining steps are dropped.
      if (!coversAny(actor, ['leader', 'admin'], [dossier.agencyPath])) {
        throw new AppError('DOSSIER_STEPS_PENDING', { names: open.map((s) => s.name).join(', ') });
      }
      await tx.update(dossierSteps).set({ status: 'cancelled' }).where(inArray(dossierSteps.id, open.map((s) => s.id)));
    }
    await storeFiles(tx, dossier.id, 'result', input.files, actor.userId, now);
    return recordTransition(tx, dossier, {
      type: 'RESULT_RECORDED',
      actorId: actor.userId,
      at: now,
      expectedVersion,
      note: input.reason ?? null,
      changes: { status: 'result_ready', outcome: input.outcome, resultSignedAt: signedAt, finishedAt: now },
      data: { outcome: input.outcome, reason: input.reason ?? null, signedAt, files: input.files.map((f) => f.fileName) },
    });
  }, input.expectedVersion);
}
