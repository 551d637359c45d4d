import { sql } from 'drizzle-orm';
import { CopyBinaryRows } from '../db/copy-binary';
import { copyRows } from '../db/copy-rows';
import type { Executor } from '../db/types';
import type { Channel, DossierStatus, Outcome, StepStatus } from '../dossiers/vocabulary';

/** One imported dossier, its references resolved to ids and its instants in epoch milliseconds. */
export interface DossierRow {
  readonly code: string;
  readonly procedureId: number;
  readonly procedureVersionId: number | null;
  readonly agencyId: number;
  readonly agencyPath: string;
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

const DOSSIER_COLUMNS = [
  'id', 'code', 'procedure_id', 'procedure_version_id', 'workflow_id', 'agency_id', 'agency_path', 'desk_agency_id', 'desk_agency_path',
  'channel', 'status', 'applicant_name', 'submitted_at', 'received_at', 'due_at', 'due_set_at', 'appointment_at', 'finished_at',
  'outcome', 'result_signed_at', 'returned_at', 'is_test', 'source', 'created_by',
];
const EVENT_COLUMNS = ['dossier_id', 'seq', 'type', 'actor_id', 'at', 'from_status', 'to_status', 'changes', 'data'];
const STEP_COLUMNS = [
  'dossier_id', 'position', 'stage', 'name', 'role', 'agency_id', 'assignee_id', 'status', 'started_at', 'due_at', 'completed_at', 'completed_by',
];

/** A batch in COPY's binary format, for the three tables. */
export interface EncodedBatch {
  readonly dossiers: CopyBinaryRows;
  readonly events: CopyBinaryRows;
  readonly steps: CopyBinaryRows;
}

/**
 * Encodes the dossiers of a batch whose code is not `known`, exactly one IMPORTED event each (seq 1,
 * at the receipt) and their steps; `nextId` gives each new dossier its id.
 */
export function encodeDossierBatch(batch: readonly DossierRow[], known: ReadonlySet<string>, nextId: () => number, actorId: number | null): EncodedBatch {
  const dossiers = new CopyBinaryRows();
  const events = new CopyBinaryRows();
  const steps = new CopyBinaryRows();
  for (const d of batch) {
    if (known.has(d.code)) continue;
    const id = nextId();
    // Values in the order of the columns above; the tests replay the event and compare with the row.
    dossiers
      .row(DOSSIER_COLUMNS.length)
      .int4(id)
      .text(d.code)
      .int4(d.procedureId)
      .int4(d.procedureVersionId)
      .null()
      .int4(d.agencyId)
      .text(d.agencyPath)
      .int4(d.agencyId)
      .text(d.agencyPath)
      .text(d.channel)
      .text(d.status)
      .text(d.applicantName)
      .timestamptz(d.receivedAt)
      .timestamptz(d.receivedAt)
      .timestamptz(d.dueAt)
      .timestamptz(d.receivedAt)
      .timestamptz(d.dueAt)
      .timestamptz(d.finishedAt)
      .text(d.outcome)
      .timestamptz(d.resultSignedAt)
      .timestamptz(d.returnedAt)
      .bool(d.isTest)
      .text('import')
      .int4(actorId);
    events
      .row(EVENT_COLUMNS.length)
      .int4(id)
      .int4(1)
      .text('IMPORTED')
      .int4(actorId)
      .timestamptz(d.receivedAt)
      .null()
      .text(d.status)
      .jsonb(d.changes)
      .jsonb('{}');
    d.steps.forEach((s, i) => {
      steps
        .row(STEP_COLUMNS.length)
        .int4(id)
        .int4(i + 1)
        .int4(i + 1)
        .text(`Bước ${i + 1}`)
        .text('specialist')
        .int4(s.agencyId)
        .int4(s.officialId)
        .text(s.status)
        .timestamptz(s.startedAt)
        .timestamptz(s.dueAt)
        .timestamptz(s.completedAt)
        .int4(s.completedAt === null ? null : s.officialId);
    });
  }
  return { dossiers, events, steps };
}

/** Writes an encoded batch; returns how many dossiers and steps it held. */
export async function writeEncodedBatch(tx: Executor, batch: EncodedBatch): Promise<{ dossiers: number; steps: number }> {
  await copyRows(tx, 'dossiers', DOSSIER_COLUMNS, batch.dossiers);
  await copyRows(tx, 'dossier_events', EVENT_COLUMNS, batch.events);
  await copyRows(tx, 'dossier_steps', STEP_COLUMNS, batch.steps);
  return { dossiers: batch.dossiers.rows, steps: batch.steps.rows };
}

/**
 * The codes of `codes` already in the database and, unless the caller hands out ids itself, as many
 * new dossier ids from the table's sequence.
 */
export async function lookUpBatch(tx: Executor, codes: readonly string[], wantIds: boolean): Promise<{ known: Set<string>; ids: number[] }> {
  // The table grows unanalysed during an import, so the planner would scan it whole for each batch
  // rather than probe the unique index of codes.
  await tx.execute(sql`set local enable_seqscan = off`);
  const found = await tx.execute<{ known: string[]; ids: number[] }>(sql`
    select array(select code from dossiers where code = any(${sql.param(codes)}::text[])) as known,
      array(select nextval(pg_get_serial_sequence('dossiers', 'id'))::int from generate_series(1, ${wantIds ? codes.length : 0}::int)) as ids`);
  await tx.execute(sql`set local enable_seqscan = on`);
  const row = found.rows[0]!;
  return { known: new Set(row.known), ids: row.ids };
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
    select * from unnest(${sql.param(agencyIds)}::int[], ${sql.param(days)}::date[], ${sql.param(values)}::int[])
    on conflict (agency_id, day) do update set last = greatest(dossier_sequences.last, excluded.last)`);
}
