import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import type { Form06Report } from './form06';
import { isIntact, readableSnapshot, summaryOf, type SnapshotSummary } from './snapshot-record';

export interface SnapshotDetail extends SnapshotSummary {
  /** The figures as published. */
  report: Form06Report;
  /** False if the stored figures no longer match their hash (altered outside the application). */
  intact: boolean;
}

/** A published report with its figures, checked against the hash taken at publication. */
export async function getSnapshot(db: Executor, actor: Actor, id: number): Promise<SnapshotDetail> {
  const { row } = await readableSnapshot(db, actor, id);
  return { ...summaryOf(row), report: row.report as Form06Report, intact: isIntact(row) };
}
