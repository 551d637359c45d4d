import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { classifiedDossiers, openAt } from './classify-sql';
import type { CountRow } from './form06-figures';
import type { ReportScope } from './report-scope';

/**
 * The eight counts per report row read without classifying every dossier of the period:
 * - received online / direct-postal and resolved early / on time / late: sums of `dossier_day_counts`
 *   over the period's days (received or resolved in the period);
 * - carried over: dossiers open at the start, found through the SP-GiST index `dossiers_open_idx`;
 * - pending not due / overdue: dossiers open at the end, classified by `classifiedDossiers` itself
 *   (their due time and pause as of the end).
 * The same figures as classifying every dossier (test/reports/day-counts.test.ts checks both ways on
 * generated histories), at the cost of a few rows per agency and day instead of a row per dossier.
 * Keys are the report rows' ids (groupings by agency: child, agency, level).
 */
export async function countByRowFromDayCounts(db: Executor, scope: ReportScope): Promise<Map<number, CountRow>> {
  const { start, end, rowMap } = scope;
  const result = await db.execute<CountRow & { row_id: number }>(sql`
    with ${classifiedDossiers(start, end, rowMap, { openAtEnd: true })},
    parts as (
      select r.row_id, 0::bigint as carried_over, sum(k.received_online) as new_online, sum(k.received_direct) as new_direct,
        sum(k.resolved_early) as early, sum(k.resolved_on_time) as on_time, sum(k.resolved_late) as late, 0::bigint as not_due, 0::bigint as overdue
      from dossier_day_counts k join rowmap r on r.agency_id = k.agency_id
      where k.day >= ${scope.period.from}::date and k.day <= ${scope.period.to}::date
      group by r.row_id
      union all
      select r.row_id, count(*), 0, 0, 0, 0, 0, 0, 0
      from dossiers d join rowmap r on r.agency_id = d.agency_id
      where ${openAt(start)}
      group by r.row_id
      union all
      select c.row_id, 0, 0, 0, 0, 0, 0, count(*) filter (where not overdue), count(*) filter (where overdue)
      from classified c
      group by c.row_id
    )
    select row_id, sum(carried_over)::int as carried_over, sum(new_online)::int as new_online, sum(new_direct)::int as new_direct,
      sum(early)::int as early, sum(on_time)::int as on_time, sum(late)::int as late, sum(not_due)::int as not_due, sum(overdue)::int as overdue
    from parts
    group by row_id`);
  return new Map(result.rows.map((r) => [Number(r.row_id), r]));
}
