import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { dossierEvents, dossiers } from './schema';
import { allowedFrom, type DossierEventType } from './dossier-events';
import { diff, type DossierState, type StateChanges } from './dossier-state';
import { dossierStatusLabels } from './vocabulary';
import { eventLabels } from './event-labels';

export type DossierRow = typeof dossiers.$inferSelect;

export interface TransitionInput {
  readonly type: DossierEventType;
  readonly actorId: number | null;
  /** Server time of the event. */
  readonly at: Date;
  readonly changes?: StateChanges;
  readonly data?: Record<string, unknown>;
  readonly note?: string | null;
  /** The version the client saw; a different current version means it acted on stale data. */
  readonly expectedVersion?: number | undefined;
}

function guard(current: DossierRow | null, input: TransitionInput): void {
  const from = current?.status ?? null;
  if (!allowedFrom[input.type].includes(from)) {
    throw new AppError('DOSSIER_INVALID_TRANSITION', {
      action: eventLabels[input.type],
      status: from ? dossierStatusLabels[from] : 'chưa tạo',
    });
  }
  if (current && input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
    throw new AppError('DOSSIER_STALE', { expected: input.expectedVersion, actual: current.version });
  }
}

/** Creates a dossier and its first event (seq 1) in the caller's transaction. */
export async function createWithEvent(tx: Executor, state: DossierState, input: TransitionInput): Promise<DossierRow> {
  guard(null, input);
  const [row] = await tx
    .insert(dossiers)
    .values({ ...state, version: 1, createdBy: input.actorId })
    .returning();
  await tx.insert(dossierEvents).values({
    dossierId: row!.id,
    seq: 1,
    type: input.type,
    actorId: input.actorId,
    at: input.at,
    fromStatus: null,
    toStatus: state.status,
    changes: diff({}, state),
    data: input.data ?? {},
    note: input.note ?? null,
  });
  return row!;
}

/**
 * Applies one event to a dossier read FOR UPDATE in the same transaction: checks the transition,
 * bumps the version (compare-and-set, so a concurrent writer gets DOSSIER_STALE) and appends the event.
 */
export async function recordTransition(tx: Executor, current: DossierRow, input: TransitionInput): Promise<DossierRow> {
  guard(current, input);
  const changes = { ...input.changes };
  if (changes.dueAt !== undefined) changes.dueSetAt = input.at;
  const record = diff(current, changes);
  const nextVersion = current.version + 1;
  const [row] = await tx
    .update(dossiers)
    .set({ ...changes, version: nextVersion })
    .where(and(eq(dossiers.id, current.id), eq(dossiers.version, current.version)))
    .returning();
  if (!row) throw new AppError('DOSSIER_STALE', { expected: current.version, actual: current.version + 1 });
  await tx.insert(dossierEvents).values({
    dossierId: current.id,
    seq: nextVersion,
    type: input.type,
    actorId: input.actorId,
    at: input.at,
    fromStatus: current.status,
    toStatus: row.status,
    changes: record,
    data: input.data ?? {},
    note: input.note ?? null,
  });
  return row;
}
