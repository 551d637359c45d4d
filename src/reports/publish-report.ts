import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db, Executor } from '../db/types';
import { isUniqueViolation, requireAgency } from '../agencies/agency-record';
import { recordAudit } from '../audit/record-audit';
import { systemClock, type Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { computeForm06, type Form06Report } from './form06';
import { addCounts, figuresOf, zeroCounts, type CountRow, type Figures } from './form06-figures';
import { viDay } from './form06-text';
import { checkPeriod, periodInstants } from './periods';
import { resolveReportScope, type ReportQuery } from './report-scope';
import { reportSnapshotDossiers, reportSnapshots } from './schema';
import { canonicalJson, reportHash } from './snapshot-diff';
import { snapshotPublishers, summaryOf, type SnapshotSummary } from './snapshot-record';
import { placedDossiers } from './snapshot-sql';

export interface PublishReportInput extends ReportQuery {
  readonly note?: string | undefined;
}

async function existingSnapshot(db: Executor, agencyId: number, input: PublishReportInput): Promise<number | null> {
  const [row] = await db
    .select({ id: reportSnapshots.id })
    .from(reportSnapshots)
    .where(
      and(
        eq(reportSnapshots.agencyId, agencyId),
        eq(reportSnapshots.periodFrom, input.from),
        eq(reportSnapshots.periodTo, input.to),
        eq(reportSnapshots.grouping, input.by),
      ),
    );
  return row?.id ?? null;
}

/** The stored categories must add up to the published figures; a difference would be a bug, never data. */
async function checkConsistency(tx: Executor, snapshotId: number, report: Form06Report): Promise<void> {
  const counts = await tx.execute<{ row_key: string; receipt: string; result: string; n: number }>(sql`
    select row_key, receipt, result, count(*)::int as n from report_snapshot_dossiers
    where snapshot_id = ${snapshotId} group by 1, 2, 3`);
  const byRow = new Map<string, CountRow>();
  for (const r of counts.rows) {
    const c = { ...(byRow.get(r.row_key) ?? zeroCounts) };
    c[r.receipt as keyof CountRow] += r.n;
    c[r.result as keyof CountRow] += r.n;
    byRow.set(r.row_key, c);
  }
  const same = (a: Figures, b: Figures) =>
    canonicalJson([a.received, a.resolved, a.pending, a.overdueTotal]) === canonicalJson([b.received, b.resolved, b.pending, b.overdueTotal]);
  const keys = new Set(report.rows.map((r) => r.key));
  const consistent =
    [...byRow.keys()].every((k) => keys.has(k)) &&
    report.rows.every((r) => same(figuresOf(byRow.get(r.key) ?? zeroCounts), r)) &&
    same(figuresOf([...byRow.values()].reduce(addCounts, zeroCounts)), report.total);
  if (!consistent) throw new Error(`report snapshot ${snapshotId}: dossier categories do not add up to the report`);
}

/**
 * Publishes a closed period's standard report: stores the figures, their SHA-256 (of the canonical
 * JSON), who and when, and how every dossier behind them counted, all read in one consistent
 * transaction. A published report is never changed: publishing the same agency, period and grouping
 * again is refused; later corrections show up in compareSnapshot instead.
 */
export async function publishReport(db: Db, actor: Actor, input: PublishReportInput, clock: Clock = systemClock): Promise<SnapshotSummary> {
  authorize(actor, { anyOf: snapshotPublishers });
  const period = checkPeriod(input);
  const now = clock.now();
  if (periodInstants(period).end > now) throw new AppError('REPORT_PERIOD_NOT_ENDED', { to: viDay(period.to) });
  const agency = await requireAgency(db, { code: input.agencyCode });
  authorize(actor, { anyOf: snapshotPublishers, agencyPath: agency.path });
  const refuse = async () => {
    const id = await existingSnapshot(db, agency.id, input);
    if (id !== null) throw new AppError('REPORT_ALREADY_PUBLISHED', { id });
  };
  await refuse();
  try {
    return await db.transaction(
      async (tx) => {
        const last = await tx.execute<{ last: number }>(sql`select coalesce(max(id), 0)::bigint as last from dossier_events`);
        const report = await computeForm06(tx, actor, input);
        const scope = await resolveReportScope(tx, actor, input);
        const [row] = await tx
          .insert(reportSnapshots)
          .values({
            agencyId: agency.id,
            agencyCode: agency.code,
            periodFrom: report.from,
            periodTo: report.to,
            grouping: report.by,
            report,
            reportHash: reportHash(report),
            dossierCount: report.total.received.total,
            lastEventId: last.rows[0]?.last ?? 0,
            publishedAt: now,
            publishedBy: actor.userId,
            publishedByName: actor.username,
            note: input.note?.trim() || null,
          })
          .returning();
        const inserted = await tx.execute(sql`${placedDossiers(scope, input.by)}
          insert into ${reportSnapshotDossiers} (snapshot_id, dossier_id, row_key, receipt, result)
          select ${row!.id}, dossier_id, row_key, receipt, result from placed`);
        if (inserted.rowCount !== report.total.received.total) {
          throw new Error(`report snapshot ${row!.id}: ${inserted.rowCount} dossiers for ${report.total.received.total} counted`);
        }
        await checkConsistency(tx, row!.id, report);
        await recordAudit(tx, {
          type: 'REPORT_PUBLISHED',
          actorId: actor.userId,
          subject: `report_snapshot:${row!.id}`,
          data: { agency: agency.code, from: report.from, to: report.to, by: report.by, hash: row!.reportHash, dossiers: row!.dossierCount },
        });
        return summaryOf(row!);
      },
      { isolationLevel: 'repeatable read' },
    );
  } catch (e) {
    // Two publications racing: the unique index lets only one through.
    if (isUniqueViolation(e)) await refuse();
    throw e;
  }
}
