import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { DurationUnit } from '../calendar/duration';
import { agencies } from '../agencies/schema';
import { dossierSteps } from './schema';
import { recordTransition, type DossierRow } from './record-transition';
import { stepDue } from './step-due';
import type { WorkflowStepRow } from './load-intake-context';

export type DossierStepRow = typeof dossierSteps.$inferSelect;

/** Copies the workflow's steps onto the dossier, all waiting. */
export async function instantiateSteps(tx: Executor, dossier: DossierRow, steps: readonly WorkflowStepRow[]): Promise<void> {
  if (steps.length === 0) return;
  await tx.insert(dossierSteps).values(
    steps.map((s) => ({
      dossierId: dossier.id,
      position: s.position,
      stage: s.stage,
      name: s.name,
      role: s.role,
      agencyId: s.agencyId ?? dossier.agencyId,
      status: 'waiting' as const,
      allotted: s.allotted,
    })),
  );
}

export async function stepsOf(tx: Executor, dossierId: number): Promise<(DossierStepRow & { agencyPath: string })[]> {
  const rows = await tx
    .select({ step: dossierSteps, agencyPath: agencies.path })
    .from(dossierSteps)
    .innerJoin(agencies, eq(agencies.id, dossierSteps.agencyId))
    .where(eq(dossierSteps.dossierId, dossierId))
    .orderBy(asc(dossierSteps.position), asc(dossierSteps.id));
  return rows.map((r) => ({ ...r.step, agencyPath: r.agencyPath }));
}

/**
 * Activates the lowest waiting stage (its parallel steps together), each with its own due time and
 * the holder `assignTo` names (else the step's default). Returns the steps started; none when the
 * workflow is finished.
 */
export async function startNextStage(
  tx: Executor,
  dossier: DossierRow,
  ctx: {
    calendar: WorkCalendar;
    unit: DurationUnit;
    now: Date;
    actorId: number | null;
    assignTo?: (step: DossierStepRow & { agencyPath: string }) => number | null | Promise<number | null>;
  },
): Promise<{ dossier: DossierRow; started: DossierStepRow[] }> {
  const waiting = (await stepsOf(tx, dossier.id)).filter((s) => s.status === 'waiting');
  if (waiting.length === 0) return { dossier, started: [] };
  const stage = Math.min(...waiting.map((s) => s.stage));
  const started: DossierStepRow[] = [];
  for (const step of waiting.filter((s) => s.stage === stage)) {
    const [row] = await tx
      .update(dossierSteps)
      .set({
        status: 'active',
        startedAt: ctx.now,
        dueAt: stepDue(ctx.calendar, ctx.now, step.allotted ?? 0, ctx.unit),
        assigneeId: (await ctx.assignTo?.(step)) ?? step.assigneeId,
      })
      .where(eq(dossierSteps.id, step.id))
      .returning();
    started.push(row!);
  }
  const next = await recordTransition(tx, dossier, {
    type: 'STEP_STARTED',
    actorId: ctx.actorId,
    at: ctx.now,
    data: {
      stage,
      steps: started.map((s) => ({ id: s.id, name: s.name, agencyId: s.agencyId, assigneeId: s.assigneeId, dueAt: s.dueAt })),
    },
  });
  return { dossier: next, started };
}

/** Re-times the active steps from `now` (after a supplement restarts the clock). */
export async function restartActiveSteps(
  tx: Executor,
  dossierId: number,
  ctx: { calendar: WorkCalendar; unit: DurationUnit; now: Date },
): Promise<void> {
  const active = await tx
    .select()
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, dossierId), eq(dossierSteps.status, 'active')));
  for (const step of active) {
    await tx
      .update(dossierSteps)
      .set({ startedAt: ctx.now, dueAt: stepDue(ctx.calendar, ctx.now, step.allotted ?? 0, ctx.unit) })
      .where(eq(dossierSteps.id, step.id));
  }
}

/** Cancels every waiting or active step (withdrawal, closure). */
export async function cancelOpenSteps(tx: Executor, dossierId: number): Promise<void> {
  await tx
    .update(dossierSteps)
    .set({ status: 'cancelled' })
    .where(and(eq(dossierSteps.dossierId, dossierId), inArray(dossierSteps.status, ['waiting', 'active'])));
}
