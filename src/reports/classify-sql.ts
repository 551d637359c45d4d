import { sql, type SQL } from 'drizzle-orm';

/**
 * The one definition of how a dossier counts in a period [start, end) (domain reference, Decision):
 * every aggregate and every drill-down list is built on this, so a figure and the dossiers behind it
 * can never disagree.
 *
 * - counted: not a test dossier, received before the end, not finished before the start;
 * - carried over: received before the start; online / direct-postal: received within the period;
 * - resolved: finished within the period; late if after its due time, early if on an earlier (Vietnam)
 *   day than the due day, else on time;
 * - pending: not finished by the end (a later finish does not change a closed period); overdue if its
 *   due time is before the end, unless its clock was paused for supplementation at the end;
 * - due time: as it stood at the end of the period (a supplement received later moves it only for later
 *   periods), read from the event log when it changed after the end.
 *
 * `rowMap` is a jsonb array of `{agency_id, row_id}` naming the row each agency's dossiers go to.
 * `openAtEnd` keeps only the dossiers pending at the end, found through `dossiers_open_idx`.
 */
export function classifiedDossiers(start: Date, end: Date, rowMap: string, options: { openAtEnd?: boolean } = {}): SQL {
  return sql`
    rowmap as (
      select * from jsonb_to_recordset(${rowMap}::jsonb) as r(agency_id int, row_id int)
    ),
    counted as (
      select d.id, d.code, d.procedure_id, d.procedure_version_id, d.agency_id, r.row_id, d.channel,
        d.received_at, d.finished_at, d.result_signed_at, d.outcome,
        case when d.due_set_at >= ${end}
          then coalesce((select (e.changes->'dueAt'->>0)::timestamptz from dossier_events e
                          where e.dossier_id = d.id and e.at >= ${end} and e.changes ? 'dueAt'
                          order by e.seq limit 1), d.due_at)
          else d.due_at end as due_at,
        case
          when d.paused_at < ${end} then true
          when d.supplement_count > 0 and (d.due_set_at >= ${end} or d.finished_at >= ${end} or d.paused_at >= ${end})
            then coalesce((select e.changes->'pausedAt'->>0 is not null from dossier_events e
                            where e.dossier_id = d.id and e.at >= ${end} and e.changes ? 'pausedAt'
                            order by e.seq limit 1), false)
          else false end as paused_at_end
      from dossiers d
      join rowmap r on r.agency_id = d.agency_id
      where not d.is_test
        and d.received_at < ${end}
        and (d.finished_at is null or d.finished_at >= ${start})
        ${options.openAtEnd ? sql`and ${openAt(end)}` : sql``}
    ),
    classified as (
      select c.*,
        c.received_at < ${start} as carried_over,
        c.received_at >= ${start} and c.channel = 'online' as new_online,
        c.received_at >= ${start} and c.channel <> 'online' as new_direct,
        coalesce(c.finished_at < ${end}, false) as resolved,
        coalesce(c.finished_at < ${end} and c.finished_at > c.due_at, false) as late,
        coalesce(c.finished_at < ${end} and c.finished_at <= c.due_at
          and ((c.finished_at at time zone 'UTC') + interval '7 hours')::date
            < ((c.due_at at time zone 'UTC') + interval '7 hours')::date, false) as early,
        (c.finished_at is null or c.finished_at >= ${end}) as pending,
        coalesce((c.finished_at is null or c.finished_at >= ${end}) and not c.paused_at_end and c.due_at < ${end}, false) as overdue
      from counted c
    )`;
}

/**
 * Dossier `d` was open at `instant`: received before it and not finished before it (test dossiers
 * aside). Written exactly as the partial SP-GiST index `dossiers_open_idx` so the planner uses it.
 */
export function openAt(instant: Date): SQL {
  return sql`not d.is_test and d.received_at is not null and tstzrange(d.received_at, d.finished_at, '(]') @> ${instant}::timestamptz`;
}

/** The report cells, each a condition on `classified`. */
export const cellConditions = {
  'received.total': sql`true`,
  'received.online': sql`new_online`,
  'received.directOrPostal': sql`new_direct`,
  'received.carriedOver': sql`carried_over`,
  'resolved.total': sql`resolved`,
  'resolved.early': sql`resolved and early`,
  'resolved.onTime': sql`resolved and not late and not early`,
  'resolved.late': sql`resolved and late`,
  'pending.total': sql`pending`,
  'pending.notDue': sql`pending and not overdue`,
  'pending.overdue': sql`overdue`,
  overdueTotal: sql`(resolved and late) or overdue`,
} as const;

export type ReportCell = keyof typeof cellConditions;
export const reportCells = Object.keys(cellConditions) as ReportCell[];
