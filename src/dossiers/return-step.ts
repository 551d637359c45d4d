import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { procedureVersions } from '../catalog/schema';
import { actOnDossier } from './act-on-dossier';
import { dossierSteps } from './schema';
import { recordTransition } from './record-transition';
import { findHeldStep } from './find-step';
import { stepDue } from './step-due';

/**
 * Sends the dossier back to the previous stage: the current step is marked returned and the previous
 * stage's steps are opened again (new rows, with fresh due times, held by the same officials).
 */
export async function returnStep(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { stepId?: number | undefined; reason: string; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, loaded, now) => {
    const step = findHeldStep(actor, loaded, input.stepId);
    const previous = loaded.steps.filter((s) => s.stage < step.stage && s.status === 'done');
    const prevStage = Math.max(...previous.map((s) => s.stage));
    if (previous.length === 0 || !Number.isFinite(prevStage)) throw new AppError('DOSSIER_NO_PREVIOUS_STEP', { name: step.name });
    const [version] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, loaded.dossier.procedureVersionId!));
    const calendar = await loadWorkCalendar(tx, loaded.dossier.agencyId);
    // The whole current stage goes back (parallel opinions are asked again after the rework).
    await tx
      .update(dossierSteps)
      .set({ status: 'returned', completedAt: now, completedBy: actor.userId, note: input.reason })
      .where(and(eq(dossierSteps.dossierId, loaded.dossier.id), eq(dossierSteps.stage, step.stage), eq(dossierSteps.status, 'active')));
    const redo = previous.filter((s) => s.stage === prevStage);
    const reopened = [];
    for (const s of redo) {
      const [row] = await tx
        .insert(dossierSteps)
        .values({
          dossierId: s.dossierId,
          position: s.position,
          stage: s.stage,
          name: s.name,
          role: s.role,
          agencyId: s.agencyId,
          assigneeId: s.completedBy ?? s.assigneeId,
          status: 'active',
          allotted: s.allotted,
          startedAt: now,
          dueAt: stepDue(calendar, now, s.allotted ?? 0, version!.timeUnit),
        })
        .returning();
      reopened.push(row!);
    }
    // Steps of the returned stage wait again behind the reopened ones.
    const current = loaded.steps.filter((s) => s.stage === step.stage && (s.status === 'active' || s.id === step.id));
    for (const s of current) {
      await tx.insert(dossierSteps).values({
        dossierId: s.dossierId,
        position: s.position,
        stage: s.stage,
        name: s.name,
        role: s.role,
        agencyId: s.agencyId,
        assigneeId: s.assigneeId,
        status: 'waiting',
        allotted: s.allotted,
      });
    }
    return recordTransition(tx, loaded.dossier, {
      type: 'STEP_RETURNED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      data: { fromStepId: step.id, fromStage: step.stage, reopened: reopened.map((r) => ({ id: r.id, name: r.name, dueAt: r.dueAt })) },
    });
  }, input.expectedVersion);
}
