import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { computeForm06, type Form06Report } from './form06';
import { resolveReportScope, type ReportGrouping } from './report-scope';
import type { ReportCell } from './classify-sql';
import {
  attributeChanges,
  attributionOf,
  cellsOf,
  changeKind,
  describeEvent,
  diffReports,
  isRelevantEvent,
  unexplainedReason,
  type ChangeKind,
  type DossierChange,
  type Placement,
  type ReceiptCategory,
  type ResultCategory,
} from './snapshot-diff';
import { isIntact, readableSnapshot, summaryOf, type SnapshotSummary } from './snapshot-record';
import { placedDossiers } from './snapshot-sql';

export interface CompareOptions {
  /** At most this many changed dossiers are listed (all are counted); 1000 when omitted. */
  readonly limit?: number | undefined;
}

const CELL_LIST_LIMIT = 100;

type PlacementView = Placement & { cells: ReportCell[] };

export interface SnapshotComparison {
  snapshot: SnapshotSummary;
  intact: boolean;
  /** The report computed now for the same agency, period and grouping. */
  current: Form06Report;
  changed: boolean;
  cells: {
    rowKey: string | null;
    rowName: string;
    cell: ReportCell;
    published: number;
    current: number;
    difference: number;
    /** The dossiers that entered (added) or left (removed) this cell; at most 100 listed. */
    dossiers: { code: string; change: 'added' | 'removed' }[];
    dossierCount: number;
  }[];
  changedDossiers: number;
  truncated: boolean;
  dossiers: { code: string; change: ChangeKind; before: PlacementView | null; after: PlacementView | null; reasons: string[] }[];
}

type ChangedRow = {
  dossier_id: number;
  code: string;
  before_row: string | null;
  before_receipt: ReceiptCategory | null;
  before_result: ResultCategory | null;
  after_row: string | null;
  after_receipt: ReceiptCategory | null;
  after_result: ResultCategory | null;
};

const placement = (row: string | null, receipt: ReceiptCategory | null, result: ResultCategory | null): Placement | null =>
  row === null || receipt === null || result === null ? null : { rowKey: row, receipt, result };

const view = (p: Placement | null): PlacementView | null => (p === null ? null : { ...p, cells: cellsOf(p) });

/**
 * Recomputes a published report now and explains every difference: which cells changed, which
 * dossiers entered, left or moved between categories, and why when the dossier's later events tell
 * (marked as a test dossier, times changed by an import, …).
 */
export async function compareSnapshot(db: Executor, actor: Actor, id: number, options: CompareOptions = {}): Promise<SnapshotComparison> {
  const { row } = await readableSnapshot(db, actor, id);
  const published = row.report as Form06Report;
  const agencyCode = await db.execute<{ code: string }>(sql`select code from agencies where id = ${row.agencyId}`);
  const query = { agencyCode: agencyCode.rows[0]!.code, from: row.periodFrom, to: row.periodTo, by: row.grouping as ReportGrouping };
  const current = await computeForm06(db, actor, query);
  const scope = await resolveReportScope(db, actor, query);
  const result = await db.execute<ChangedRow>(sql`${placedDossiers(scope, query.by)},
      was as (select dossier_id, row_key, receipt, result from report_snapshot_dossiers where snapshot_id = ${row.id})
    select coalesce(p.dossier_id, b.dossier_id) as dossier_id, d.code,
      b.row_key as before_row, b.receipt as before_receipt, b.result as before_result,
      p.row_key as after_row, p.receipt as after_receipt, p.result as after_result
    from placed p
    full join was b on b.dossier_id = p.dossier_id
    join dossiers d on d.id = coalesce(p.dossier_id, b.dossier_id)
    where p.dossier_id is null or b.dossier_id is null
      or p.row_key <> b.row_key or p.receipt <> b.receipt or p.result <> b.result
    order by d.code`);
  const changes: DossierChange[] = result.rows.map((r) => ({
    dossierId: r.dossier_id,
    code: r.code,
    before: placement(r.before_row, r.before_receipt, r.before_result),
    after: placement(r.after_row, r.after_receipt, r.after_result),
  }));
  const attribution = attributeChanges(changes);
  const cells = diffReports(published, current).map((d) => {
    const who = attributionOf(attribution, d);
    return { ...d, difference: d.current - d.published, dossiers: who.slice(0, CELL_LIST_LIMIT), dossierCount: who.length };
  });

  const listed = changes.slice(0, options.limit ?? 1000);
  const reasons = new Map<number, string[]>();
  if (listed.length > 0) {
    const events = await db.execute<{ dossier_id: number; type: string; at: string | Date; note: string | null; changes: Record<string, unknown>; actor: string | null }>(sql`
      select e.dossier_id, e.type, e.at, e.note, e.changes, u.username as actor
      from dossier_events e left join users u on u.id = e.actor_id
      where e.id > ${row.lastEventId} and e.dossier_id in (${sql.join(listed.map((c) => sql`${c.dossierId}`), sql`, `)})
      order by e.id`);
    for (const e of events.rows) {
      const event = { type: e.type, at: new Date(e.at), actor: e.actor, note: e.note, changes: e.changes };
      if (!isRelevantEvent(event)) continue;
      reasons.set(e.dossier_id, [...(reasons.get(e.dossier_id) ?? []), describeEvent(event)]);
    }
  }
  return {
    snapshot: summaryOf(row),
    intact: isIntact(row),
    current,
    changed: cells.length > 0 || changes.length > 0,
    cells,
    changedDossiers: changes.length,
    truncated: listed.length < changes.length,
    dossiers: listed.map((c) => ({
      code: c.code,
      change: changeKind(c),
      before: view(c.before),
      after: view(c.after),
      reasons: reasons.get(c.dossierId) ?? [unexplainedReason],
    })),
  };
}
