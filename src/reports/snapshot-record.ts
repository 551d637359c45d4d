import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import type { Form06Report } from './form06';
import type { ReportGrouping } from './report-scope';
import { reportReaders } from './report-scope';
import { reportSnapshots } from './schema';
import { reportHash } from './snapshot-diff';

/** Who may publish a period's figures: leaders and administrators of the agency subtree. */
export const snapshotPublishers = ['leader', 'admin'] as const;

export type SnapshotRow = typeof reportSnapshots.$inferSelect;

export interface SnapshotSummary {
  id: number;
  agency: string;
  agencyName: string;
  from: string;
  to: string;
  by: ReportGrouping;
  hash: string;
  dossierCount: number;
  publishedAt: Date;
  publishedBy: string;
  note: string | null;
}

export function summaryOf(row: SnapshotRow): SnapshotSummary {
  const report = row.report as Form06Report;
  return {
    id: row.id,
    agency: row.agencyCode,
    agencyName: report.agencyName,
    from: row.periodFrom,
    to: row.periodTo,
    by: row.grouping as ReportGrouping,
    hash: row.reportHash,
    dossierCount: row.dossierCount,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedByName,
    note: row.note,
  };
}

/** Whether the stored figures still match the hash taken when they were published. */
export function isIntact(row: SnapshotRow): boolean {
  return reportHash(row.report) === row.reportHash;
}

/** A snapshot the actor may read (a reader of the published agency's subtree), or 404/403. */
export async function readableSnapshot(db: Executor, actor: Actor, id: number): Promise<{ row: SnapshotRow; agencyPath: string }> {
  authorize(actor, { anyOf: reportReaders });
  const [found] = await db
    .select({ row: reportSnapshots, agencyPath: agencies.path })
    .from(reportSnapshots)
    .innerJoin(agencies, eq(agencies.id, reportSnapshots.agencyId))
    .where(eq(reportSnapshots.id, id));
  if (!found) throw new AppError('REPORT_SNAPSHOT_NOT_FOUND', { id });
  authorize(actor, { anyOf: reportReaders, agencyPath: found.agencyPath });
  return found;
}
