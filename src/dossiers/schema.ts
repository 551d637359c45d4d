import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/schema';
import { users } from '../accounts/schema';
import { procedures, procedureVersions, procedureWorkflows } from '../catalog/schema';
import { applicantKinds, channels, dossierStatuses, outcomes, returnMethods, stepStatuses } from './vocabulary';

export const dossierChannel = pgEnum('dossier_channel', channels);
export const dossierStatus = pgEnum('dossier_status', dossierStatuses);
export const dossierOutcome = pgEnum('dossier_outcome', outcomes);
export const dossierStepStatus = pgEnum('dossier_step_status', stepStatuses);
export const dossierReturnMethod = pgEnum('dossier_return_method', returnMethods);
export const applicantKind = pgEnum('applicant_kind', applicantKinds);

export interface AuthorisedPerson {
  readonly name: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
}

/**
 * Current state of a dossier: a projection of its events (dossier_events), kept in one row so that
 * lists and statistics read it directly. `version` guards against two officials acting on stale data.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** `<unit code>-<YYMMDD>-<NNNN>`. */
    code: text().notNull(),
    procedureId: integer()
      .notNull()
      .references(() => procedures.id),
    /** The version the dossier was received under: later amendments do not change it. */
    procedureVersionId: integer().references(() => procedureVersions.id),
    workflowId: integer().references(() => procedureWorkflows.id),
    /** Lead agency responsible for the result (statistics count here), and its path for subtree filters. */
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    agencyPath: text().notNull(),
    /** One-stop desk that received it (its code prefixes the dossier code). */
    deskAgencyId: integer()
      .notNull()
      .references(() => agencies.id),
    deskAgencyPath: text().notNull(),
    channel: dossierChannel().notNull(),
    status: dossierStatus().notNull(),
    applicantKind: applicantKind().notNull().default('person'),
    applicantName: text().notNull(),
    /** 12-digit personal ID or business code. Personal data: never logged. */
    applicantIdNumber: text(),
    applicantPhone: text(),
    applicantEmail: text(),
    applicantAddress: text(),
    authorisedPerson: jsonb().$type<AuthorisedPerson | null>(),
    /** Citizen account that owns an online dossier. */
    ownerUserId: integer().references(() => users.id),
    requestSummary: text().notNull().default(''),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    /** When the one-stop desk accepted it (receipt slip); null before. */
    receivedAt: timestamp({ withTimezone: true }),
    /** The due time statistics judge by: the appointment, moved only by supplementation restarts. */
    dueAt: timestamp({ withTimezone: true }),
    /**
     * When `dueAt` was last set: a report as of an earlier instant reads the due time of that instant
     * from the event log instead (a later supplement must not change a closed period).
     */
    dueSetAt: timestamp({ withTimezone: true }),
    /** The appointment printed on the receipt slip (never moves). */
    appointmentAt: timestamp({ withTimezone: true }),
    /** New appointment promised in the apology letter (does not change `dueAt`). */
    apologyDueAt: timestamp({ withTimezone: true }),
    /** Clock paused for supplementation since this instant. */
    pausedAt: timestamp({ withTimezone: true }),
    supplementCount: integer().notNull().default(0),
    /** Result concluded (closed) in the system. */
    finishedAt: timestamp({ withTimezone: true }),
    outcome: dossierOutcome(),
    /** When the result document was signed (may precede `finishedAt`: late only in the software). */
    resultSignedAt: timestamp({ withTimezone: true }),
    returnedAt: timestamp({ withTimezone: true }),
    returnMethod: dossierReturnMethod(),
    isTest: boolean().notNull().default(false),
    /** 'native' or 'import' (history migrated from a previous system). */
    source: text().notNull().default('native'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    uniqueIndex('dossiers_code_uq').on(t.code),
    index('dossiers_agency_path_idx').on(t.agencyPath.op('text_pattern_ops')),
    index('dossiers_desk_path_idx').on(t.deskAgencyPath.op('text_pattern_ops')),
    index('dossiers_agency_received_idx').on(t.agencyId, t.receivedAt),
    index('dossiers_finished_idx').on(t.finishedAt),
    index('dossiers_due_open_idx').on(t.dueAt).where(sql`${t.finishedAt} is null`),
    index('dossiers_owner_idx').on(t.ownerUserId),
    index('dossiers_status_idx').on(t.status),
    // Dossiers open at an instant (received before it, not finished before it): the carried-over and
    // pending cells of a report, found without scanning everything received or finished since.
    // SP-GiST rather than GiST: built in well under half the time after a large import.
    index('dossiers_open_idx')
      .using('spgist', sql`tstzrange(${t.receivedAt}, ${t.finishedAt}, '(]')`)
      .where(sql`not ${t.isTest} and ${t.receivedAt} is not null`),
  ],
);

/** Every transition of a dossier, append-only; the dossier row can be rebuilt from these. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id),
    /** 1, 2, 3 … per dossier. */
    seq: integer().notNull(),
    type: text().notNull(),
    actorId: integer().references(() => users.id),
    /** Server time: clients cannot back-date an event. */
    at: timestamp({ withTimezone: true }).notNull(),
    fromStatus: dossierStatus(),
    toStatus: dossierStatus().notNull(),
    /** Fields of the dossier that the event changed: `{ field: [before, after] }`. */
    changes: jsonb().notNull().$type<Record<string, [unknown, unknown]>>(),
    /** Event payload (step ids, reasons, documents). */
    data: jsonb().notNull().$type<Record<string, unknown>>(),
    note: text(),
  },
  (t) => [uniqueIndex('dossier_events_seq_uq').on(t.dossierId, t.seq), index('dossier_events_at_idx').on(t.at)],
);

/** A workflow step of one dossier, with its own holder and due time. */
export const dossierSteps = pgTable(
  'dossier_steps',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id),
    position: integer().notNull(),
    stage: integer().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    assigneeId: integer().references(() => users.id),
    status: dossierStepStatus().notNull(),
    allotted: numeric({ precision: 10, scale: 2, mode: 'number' }),
    startedAt: timestamp({ withTimezone: true }),
    dueAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    completedBy: integer().references(() => users.id),
    note: text(),
  },
  (t) => [
    index('dossier_steps_dossier_idx').on(t.dossierId),
    index('dossier_steps_assignee_active_idx').on(t.assigneeId).where(sql`${t.status} = 'active'`),
    index('dossier_steps_agency_active_idx').on(t.agencyId).where(sql`${t.status} = 'active'`),
    index('dossier_steps_completed_by_idx').on(t.completedBy),
  ],
);

/** The components the applicant submitted (checklist at intake). */
export const dossierComponents = pgTable(
  'dossier_components',
  {
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id),
    position: integer().notNull(),
    componentId: integer(),
    name: text().notNull(),
    required: boolean().notNull(),
    provided: boolean().notNull(),
    originals: integer().notNull().default(0),
    copies: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.position] })],
);

/** Uploaded documents: components, supplements and digitised results. Content is stored in the DB. */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id),
    kind: text().notNull().$type<'component' | 'supplement' | 'result'>(),
    componentPosition: integer(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: text().notNull(),
    uploadedBy: integer().references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_files_dossier_idx').on(t.dossierId)],
);

/** Daily receipt counter per unit: the NNNN of dossier codes, incremented inside the receipt transaction. */
export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    day: date().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day] })],
);
