import { sql } from 'drizzle-orm';
import type { Executor } from '../src/db/types';

export type FloorRow = {
  row_id: number;
  carried_over: number;
  new_online: number;
  new_direct: number;
  early: number;
  on_time: number;
  late: number;
  not_due: number;
  overdue: number;
};

/**
 * The floor of the form-06 query: one hand-written aggregate over the same dossiers and rows, reading
 * the due time straight from the row (no as-of lookups in the event log, no supplementation pauses).
 * On imported history, where nothing was supplemented, it gives the same counts.
 */
export async function floorCounts(db: Executor, start: Date, end: Date, rowMap: string): Promise<FloorRow[]> {
  const result = await db.execute<FloorRow>(sql`
    select r.row_id,
      count(*) filter (where d.received_at < ${start})::int as carried_over,
      count(*) filter (where d.received_at >= ${start} and d.channel = 'online')::int as new_online,
      count(*) filter (where d.received_at >= ${start} and d.channel <> 'online')::int as new_direct,
      count(*) filter (where d.finished_at < ${end} and d.finished_at <= d.due_at
        and ((d.finished_at at time zone 'UTC') + interval '7 hours')::date < ((d.due_at at time zone 'UTC') + interval '7 hours')::date)::int as early,
      count(*) filter (where d.finished_at < ${end} and d.finished_at <= d.due_at
        and ((d.finished_at at time zone 'UTC') + interval '7 hours')::date >= ((d.due_at at time zone 'UTC') + interval '7 hours')::date)::int as on_time,
      count(*) filter (where d.finished_at < ${end} and d.finished_at > d.due_at)::int as late,
      count(*) filter (where (d.finished_at is null or d.finished_at >= ${end}) and not (d.due_at < ${end}))::int as not_due,
      count(*) filter (where (d.finished_at is null or d.finished_at >= ${end}) and d.due_at < ${end})::int as overdue
    from dossiers d
    join jsonb_to_recordset(${rowMap}::jsonb) as r(agency_id int, row_id int) on r.agency_id = d.agency_id
    where not d.is_test and d.received_at < ${end} and (d.finished_at is null or d.finished_at >= ${start})
    group by r.row_id`);
  return result.rows;
}
