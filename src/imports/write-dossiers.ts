import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Channel, DossierStatus, Outcome, StepStatus } from '../dossiers/vocabulary';

/** One imported dossier, its references resolved to ids and its instants in epoch milliseconds. */
export interface DossierRow {
  readonly code: string;
  readonly procedureId: number;
  readonly procedureVersionId: number | null;
  readonly agencyId: number;
  readonly channel: Channel;
  readonly status: DossierStatus;
  readonly receivedAt: number;
  readonly dueAt: number;
  readonly finishedAt: number | null;
  readonly outcome: Outcome | null;
  readonly resultSignedAt: number | null;
  readonly returnedAt: number | null;
  readonly isTest: boolean;
  readonly applicantName: string;
  /** JSON of the IMPORTED event's changes. */
  readonly changes: string;
  readonly steps: readonly {
    readonly agencyId: number;
    readonly officialId: number;
    readonly status: StepStatus;
    readonly startedAt: number;
    readonly dueAt: number;
    readonly completedAt: number | null;
  }[];
}

/**
 * A batch of dossiers held column by column: each column goes to the database as one array
 * parameter, so a few thousand dossiers with their events and steps are one statement.
 */
export class DossierBatch {
  readonly code: string[] = [];
  readonly procedureId: number[] = [];
  readonly procedureVersionId: (number | null)[] = [];
  readonly agencyId: number[] = [];
  readonly channel: string[] = [];
  readonly status: string[] = [];
  readonly receivedAt: number[] = [];
  readonly dueAt: number[] = [];
  readonly finishedAt: (number | null)[] = [];
  readonly outcome: (string | null)[] = [];
  readonly resultSignedAt: (number | null)[] = [];
  readonly returnedAt: (number | null)[] = [];
  readonly isTest: boolean[] = [];
  readonly applicantName: string[] = [];
  readonly changes: string[] = [];
  readonly stepOrd: number[] = [];
  readonly stepPosition: number[] = [];
  readonly stepAgencyId: number[] = [];
  readonly stepOfficialId: number[] = [];
  readonly stepStatus: string[] = [];
  readonly stepStartedAt: number[] = [];
  readonly stepDueAt: number[] = [];
  readonly stepCompletedAt: (number | null)[] = [];

  get size(): number {
    return this.code.length;
  }

  push(d: DossierRow): void {
    this.code.push(d.code);
    // unnest … with ordinality numbers rows from 1.
    const ord = this.code.length;
    this.procedureId.push(d.procedureId);
    this.procedureVersionId.push(d.procedureVersionId);
    this.agencyId.push(d.agencyId);
    this.channel.push(d.channel);
    this.status.push(d.status);
    this.receivedAt.push(d.receivedAt);
    this.dueAt.push(d.dueAt);
    this.finishedAt.push(d.finishedAt);
    this.outcome.push(d.outcome);
    this.resultSignedAt.push(d.resultSignedAt);
    this.returnedAt.push(d.returnedAt);
    this.isTest.push(d.isTest);
    this.applicantName.push(d.applicantName);
    this.changes.push(d.changes);
    d.steps.forEach((s, i) => {
      this.stepOrd.push(ord);
      this.stepPosition.push(i + 1);
      this.stepAgencyId.push(s.agencyId);
      this.stepOfficialId.push(s.officialId);
      this.stepStatus.push(s.status);
      this.stepStartedAt.push(s.startedAt);
      this.stepDueAt.push(s.dueAt);
      this.stepCompletedAt.push(s.completedAt);
    });
  }
}

const p = (values: unknown[]) => sql.param(values);

/**
 * A numeric column as an array literal built with one join: the driver's generic array encoding
 * escapes element by element, which costs more than the database's work on a large import.
 */
const nums = (values: readonly (number | null)[]) => sql.param(`{${values.map((v) => (v === null ? 'NULL' : v)).join(',')}}`);

/** The IMPORTED events' changes, already JSON objects, as one JSON array: no escaping at all. */
const jsonArray = (objects: readonly string[]) => sql.param(`[${objects.join(',')}]`);

/**
 * Writes a batch in one statement: the dossiers whose code is new, exactly one IMPORTED event each
 * (seq 1, at the receipt) and their steps. A code already in the database is left untouched, with
 * its events and steps, which is what makes a re-import change nothing.
 */
export async function insertDossierBatch(tx: Executor, b: DossierBatch, actorId: number | null): Promise<{ dossiers: number; steps: number }> {
  const result = await tx.execute<{ dossiers: number; steps: number }>(sql`
    with src as (
      select * from unnest(
        ${p(b.code)}::text[], ${nums(b.procedureId)}::int[], ${nums(b.procedureVersionId)}::int[], ${nums(b.agencyId)}::int[],
        ${p(b.channel)}::dossier_channel[], ${p(b.status)}::dossier_status[],
        ${nums(b.receivedAt)}::float8[], ${nums(b.dueAt)}::float8[], ${nums(b.finishedAt)}::float8[], ${p(b.outcome)}::dossier_outcome[],
        ${nums(b.resultSignedAt)}::float8[], ${nums(b.returnedAt)}::float8[], ${p(b.isTest)}::bool[], ${p(b.applicantName)}::text[]
      ) with ordinality as s(code, procedure_id, procedure_version_id, agency_id, channel, status, received_ms, due_ms, finished_ms,
        outcome, signed_ms, returned_ms, is_test, applicant_name, ord)
    ),
    changes as (
      select c.changes, c.ord from jsonb_array_elements(${jsonArray(b.changes)}::jsonb) with ordinality as c(changes, ord)
    ),
    ins as (
      insert into dossiers (code, procedure_id, procedure_version_id, workflow_id, agency_id, agency_path, desk_agency_id, desk_agency_path,
        channel, status, applicant_name, submitted_at, received_at, due_at, due_set_at, appointment_at, finished_at, outcome,
        result_signed_at, returned_at, is_test, source, created_by)
      select s.code, s.procedure_id, s.procedure_version_id, null, s.agency_id, a.path, s.agency_id, a.path,
        s.channel, s.status, s.applicant_name, to_timestamp(s.received_ms / 1000), to_timestamp(s.received_ms / 1000),
        to_timestamp(s.due_ms / 1000), to_timestamp(s.received_ms / 1000), to_timestamp(s.due_ms / 1000),
        to_timestamp(s.finished_ms / 1000), s.outcome, to_timestamp(s.signed_ms / 1000), to_timestamp(s.returned_ms / 1000),
        s.is_test, 'import', ${actorId}::int
      from src s join agencies a on a.id = s.agency_id
      order by s.ord
      on conflict (code) do nothing
      returning id, code, status, received_at
    ),
    created as (
      select i.id, i.status, i.received_at, s.ord from ins i join src s on s.code = i.code
    ),
    events as (
      insert into dossier_events (dossier_id, seq, type, actor_id, at, from_status, to_status, changes, data)
      select c.id, 1, 'IMPORTED', ${actorId}::int, c.received_at, null, c.status, ch.changes, '{}'::jsonb
      from created c join changes ch on ch.ord = c.ord
    ),
    step_src as (
      select * from unnest(
        ${nums(b.stepOrd)}::int[], ${nums(b.stepPosition)}::int[], ${nums(b.stepAgencyId)}::int[], ${nums(b.stepOfficialId)}::int[],
        ${p(b.stepStatus)}::dossier_step_status[], ${nums(b.stepStartedAt)}::float8[], ${nums(b.stepDueAt)}::float8[], ${nums(b.stepCompletedAt)}::float8[]
      ) as t(ord, position, agency_id, official_id, status, started_ms, due_ms, completed_ms)
    ),
    steps as (
      insert into dossier_steps (dossier_id, position, stage, name, role, agency_id, assignee_id, status, started_at, due_at, completed_at, completed_by)
      select c.id, t.position, t.position, 'Bước ' || t.position, 'specialist', t.agency_id, t.official_id, t.status,
        to_timestamp(t.started_ms / 1000), to_timestamp(t.due_ms / 1000), to_timestamp(t.completed_ms / 1000),
        case when t.completed_ms is null then null else t.official_id end
      from step_src t join created c on c.ord = t.ord
      returning 1
    )
    select (select count(*) from created)::int as dossiers, (select count(*) from steps)::int as steps`);
  const row = result.rows[0]!;
  return { dossiers: Number(row.dossiers), steps: Number(row.steps) };
}

/**
 * Raises the daily receipt counters past the imported codes (`<unit>-<YYMMDD>-<NNNN>`), so a dossier
 * received later in the system never gets a code an imported one already has.
 */
export async function raiseDossierSequences(tx: Executor, last: Map<string, number>): Promise<void> {
  if (last.size === 0) return;
  const agencyIds: number[] = [];
  const days: string[] = [];
  const values: number[] = [];
  for (const [key, value] of last) {
    const [agencyId, day] = key.split('|');
    agencyIds.push(Number(agencyId));
    days.push(day!);
    values.push(value);
  }
  await tx.execute(sql`
    insert into dossier_sequences (agency_id, day, last)
    select * from unnest(${p(agencyIds)}::int[], ${p(days)}::date[], ${p(values)}::int[])
    on conflict (agency_id, day) do update set last = greatest(dossier_sequences.last, excluded.last)`);
}
