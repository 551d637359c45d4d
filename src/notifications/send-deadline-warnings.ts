import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { deadlineMessage } from './deadline-messages';
import type { NotificationKind } from './notification-kinds';
import { warningHorizon } from './deadline-window';

/** Rows per insert statement: bounds the size of one statement's arrays. */
const INSERT_CHUNK = 5000;

interface PendingWarning extends Record<string, unknown> {
  user_id: number;
  dossier_id: number;
  kind: NotificationKind;
  ref: string;
  code: string;
  step_name: string | null;
  due_at: Date;
  procedure_name: string | null;
}

/** A dossier the sweep watches: received, clock running, not finished, not a test. */
const openDossier = (d: string) =>
  sql.raw(`${d}.status = 'processing' and ${d}.paused_at is null and ${d}.finished_at is null and not ${d}.is_test`);

/** The grant `ur` (its agency joined as `g`) covers the agency at `path`; a grant without agency covers all. */
const grantCovers = (ur: string, g: string, path: string) =>
  sql.raw(`(${ur}.agency_id is null or starts_with(${path}, ${g}.path))`);

/** Agencies whose calendars decide the warnings: those of active steps and of open dossiers. */
async function watchedAgencies(db: Db): Promise<number[]> {
  const r = await db.execute<{ id: number }>(sql`
    select s.agency_id as id from dossier_steps s join dossiers d on d.id = s.dossier_id
      where s.status = 'active' and s.due_at is not null and ${openDossier('d')}
    union
    select d.agency_id from dossiers d where d.due_at is not null and ${openDossier('d')}`);
  return r.rows.map((row) => row.id);
}

/** `(agency_id, until)`: the latest due time each agency's calendar still counts as due soon. */
function horizonsOf(agencyIds: readonly number[], horizons: readonly Date[]): SQL {
  return sql`select * from unnest(${sql.param(agencyIds)}::int[], ${sql.param(horizons.map((h) => h.toISOString()))}::timestamptz[]) as h(agency_id, until)`;
}

/** Step warnings not sent yet: holder (assignee, or the unit's officials of the step's role) and leaders. */
function stepWarnings(horizons: SQL, now: Date): SQL {
  return sql`
    with h as (${horizons}),
    c as (
      select s.id, s.dossier_id, s.name as step_name, s.role, s.assignee_id, s.due_at, a.path as agency_path,
             d.code, pv.name as procedure_name,
             case when s.due_at < ${now} then 'step_overdue' else 'step_due_soon' end as kind,
             'step:' || s.id || '@' || floor(extract(epoch from s.due_at) * 1000)::bigint as ref
      from dossier_steps s
      join h on h.agency_id = s.agency_id
      join dossiers d on d.id = s.dossier_id
      join agencies a on a.id = s.agency_id
      left join procedure_versions pv on pv.id = d.procedure_version_id
      where s.status = 'active' and s.due_at is not null and s.due_at <= h.until and ${openDossier('d')}
    ),
    r as (
      select c.id, c.assignee_id as user_id from c where c.assignee_id is not null
      union
      select c.id, ur.user_id from c
        join user_roles ur on ur.role::text = c.role
        left join agencies g on g.id = ur.agency_id
        where c.assignee_id is null and ${grantCovers('ur', 'g', 'c.agency_path')}
      union
      select c.id, ur.user_id from c
        join user_roles ur on ur.role = 'leader'
        left join agencies g on g.id = ur.agency_id
        where ${grantCovers('ur', 'g', 'c.agency_path')}
    )
    select r.user_id, c.dossier_id, c.kind, c.ref, c.code, c.step_name, c.due_at, c.procedure_name
    from r
    join c on c.id = r.id
    join users u on u.id = r.user_id and u.active
    where not exists (select 1 from notifications n where n.user_id = r.user_id and n.kind = c.kind and n.ref = c.ref)`;
}

/** Dossier warnings not sent yet: the officials holding its active steps and the lead agency's leaders. */
function dossierWarnings(horizons: SQL, now: Date): SQL {
  return sql`
    with h as (${horizons}),
    c as (
      select d.id, d.code, d.due_at, d.agency_path, pv.name as procedure_name,
             case when d.due_at < ${now} then 'dossier_overdue' else 'dossier_due_soon' end as kind,
             'dossier:' || d.id || '@' || floor(extract(epoch from d.due_at) * 1000)::bigint as ref
      from dossiers d
      join h on h.agency_id = d.agency_id
      left join procedure_versions pv on pv.id = d.procedure_version_id
      where d.due_at is not null and d.due_at <= h.until and ${openDossier('d')}
    ),
    r as (
      select c.id, s.assignee_id as user_id from c
        join dossier_steps s on s.dossier_id = c.id and s.status = 'active'
        where s.assignee_id is not null
      union
      select c.id, ur.user_id from c
        join dossier_steps s on s.dossier_id = c.id and s.status = 'active' and s.assignee_id is null
        join agencies sa on sa.id = s.agency_id
        join user_roles ur on ur.role::text = s.role
        left join agencies g on g.id = ur.agency_id
        where ${grantCovers('ur', 'g', 'sa.path')}
      union
      select c.id, ur.user_id from c
        join user_roles ur on ur.role = 'leader'
        left join agencies g on g.id = ur.agency_id
        where ${grantCovers('ur', 'g', 'c.agency_path')}
    )
    select r.user_id, c.id as dossier_id, c.kind, c.ref, c.code, null as step_name, c.due_at, c.procedure_name
    from r
    join c on c.id = r.id
    join users u on u.id = r.user_id and u.active
    where not exists (select 1 from notifications n where n.user_id = r.user_id and n.kind = c.kind and n.ref = c.ref)`;
}

async function insertWarnings(db: Db, rows: readonly PendingWarning[], now: Date): Promise<number> {
  let created = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const messages = chunk.map((w) =>
      deadlineMessage({ kind: w.kind, dossierCode: w.code, stepName: w.step_name, dueAt: new Date(w.due_at), procedureName: w.procedure_name }),
    );
    const column = (values: unknown[]) => sql.param(values);
    // One array per column: a large backlog (the first run on a busy province) inserts quickly.
    // A sweep running at the same time may have inserted some already: the unique key skips them.
    const inserted = await db.execute(sql`
      insert into notifications (user_id, dossier_id, kind, ref, title, body, created_at)
      select u, d, k, r, t, b, ${now}::timestamptz
      from unnest(${column(chunk.map((w) => w.user_id))}::int[], ${column(chunk.map((w) => w.dossier_id))}::int[],
                  ${column(chunk.map((w) => w.kind))}::text[], ${column(chunk.map((w) => w.ref))}::text[],
                  ${column(messages.map((m) => m.title))}::text[], ${column(messages.map((m) => m.body))}::text[]) as x(u, d, k, r, t, b)
      on conflict (user_id, kind, ref) do nothing
      returning id`);
    created += inserted.rows.length;
  }
  return created;
}

/**
 * Warns, once, about every active step and every processing dossier due within one working day (by
 * the calendar of its agency), and once more when it is overdue: the step's holder (its assignee,
 * or when unassigned the officials of its role covering its agency) and the leaders covering its
 * agency; for a dossier, the holders of its active steps and the leaders of its lead agency.
 * Paused, finished and test dossiers are ignored. Idempotent: a second run creates nothing new.
 */
export async function sendDeadlineWarnings(db: Db, clock: Clock): Promise<{ created: number }> {
  const now = clock.now();
  const agencyIds = await watchedAgencies(db);
  if (agencyIds.length === 0) return { created: 0 };
  // One calendar per agency (cached), not per dossier.
  const horizons: Date[] = [];
  for (const id of agencyIds) horizons.push(warningHorizon(await loadWorkCalendar(db, id), now));
  const h = horizonsOf(agencyIds, horizons);
  const steps = await db.execute<PendingWarning>(stepWarnings(h, now));
  const whole = await db.execute<PendingWarning>(dossierWarnings(h, now));
  const created = (await insertWarnings(db, steps.rows, now)) + (await insertWarnings(db, whole.rows, now));
  return { created };
}
