import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/schema';
import { users } from '../accounts/schema';
import { timeUnits } from './time-unit';
import { onlineLevels, stepRoles, versionStatuses, type ProcedureLevel } from './vocabulary';

export const procedureTimeUnit = pgEnum('procedure_time_unit', timeUnits);
export const procedureOnlineLevel = pgEnum('procedure_online_level', onlineLevels);
export const procedureVersionStatus = pgEnum('procedure_version_status', versionStatuses);
export const workflowStepRole = pgEnum('workflow_step_role', stepRoles);

/** A fee or charge of a procedure, in VND. */
export interface ProcedureFee {
  readonly name: string;
  readonly amount: number;
  readonly note: string | null;
}

/** Lĩnh vực: the field that groups procedures (land, civil status, construction …). */
export const procedureFields = pgTable(
  'procedure_fields',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('procedure_fields_code_uq').on(t.code)],
);

/** A procedure (TTHC) identified by its national code; its content lives in immutable versions. */
export const procedures = pgTable(
  'procedures',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** National code such as `1.001612`. */
    code: text().notNull(),
    /**
     * Cached pointer to the current version (highest active one, else the latest, which is then
     * abolished); kept by publish-version.ts so lists and searches need no per-row subquery.
     */
    currentVersionId: integer().references((): AnyPgColumn => procedureVersions.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('procedures_code_uq').on(t.code), index('procedures_current_version_idx').on(t.currentVersionId)],
);

/**
 * One published state of a procedure. Immutable once written (a dossier keeps the id it was received
 * under); only `status` moves from active to amended when a newer version supersedes it.
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    procedureId: integer()
      .notNull()
      .references(() => procedures.id),
    version: integer().notNull(),
    name: text().notNull(),
    fieldId: integer()
      .notNull()
      .references(() => procedureFields.id),
    levels: text().array().notNull().$type<ProcedureLevel[]>(),
    implementingAgencyId: integer().references(() => agencies.id),
    implementingAgency: text().notNull(),
    /** Statutory processing time, in `timeUnit`. */
    legalDuration: numeric({ precision: 10, scale: 2, mode: 'number' }).notNull(),
    /** Time published by the province (at most the statutory one), in `timeUnit`. */
    publishedDuration: numeric({ precision: 10, scale: 2, mode: 'number' }).notNull(),
    timeUnit: procedureTimeUnit().notNull(),
    fees: jsonb().notNull().$type<ProcedureFee[]>().default([]),
    onlineLevel: procedureOnlineLevel().notNull(),
    status: procedureVersionStatus().notNull(),
    decisionNumber: text(),
    decisionDate: date(),
    effectiveDate: date(),
    resultDescription: text().notNull().default(''),
    /** Name and code, lower case without diacritics: "cap giay phep" finds "Cấp giấy phép". */
    searchText: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: integer().references(() => users.id),
  },
  (t) => [
    uniqueIndex('procedure_versions_procedure_version_uq').on(t.procedureId, t.version),
    index('procedure_versions_field_idx').on(t.fieldId),
    index('procedure_versions_decision_idx').on(t.decisionNumber),
    index('procedure_versions_search_idx').on(t.searchText.op('text_pattern_ops')),
  ],
);

/** Thành phần hồ sơ: a document the applicant submits, part of a version. */
export const procedureComponents = pgTable(
  'procedure_components',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer()
      .notNull()
      .references(() => procedureVersions.id),
    position: integer().notNull(),
    name: text().notNull(),
    required: boolean().notNull().default(true),
    originals: integer().notNull().default(0),
    copies: integer().notNull().default(0),
    templateName: text(),
    templateUrl: text(),
    note: text(),
  },
  (t) => [uniqueIndex('procedure_components_version_position_uq').on(t.versionId, t.position)],
);

/**
 * The processing steps of a version at one receiving agency (null = default for any agency).
 * Replacing a workflow marks the old one replaced instead of deleting it, so dossiers that followed
 * it keep their steps.
 */
export const procedureWorkflows = pgTable(
  'procedure_workflows',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    procedureVersionId: integer()
      .notNull()
      .references(() => procedureVersions.id),
    agencyId: integer().references(() => agencies.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: integer().references(() => users.id),
    replacedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('procedure_workflows_current_uq')
      .on(t.procedureVersionId, sql`coalesce(${t.agencyId}, 0)`)
      .where(sql`${t.replacedAt} is null`),
  ],
);

export const workflowSteps = pgTable(
  'workflow_steps',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    workflowId: integer()
      .notNull()
      .references(() => procedureWorkflows.id),
    position: integer().notNull(),
    /** Steps sharing a stage run in parallel (e.g. opinions of several agencies). */
    stage: integer().notNull(),
    name: text().notNull(),
    role: workflowStepRole().notNull(),
    /** Null = the receiving agency of the dossier. */
    agencyId: integer().references(() => agencies.id),
    /** In the procedure's time unit. */
    allotted: numeric({ precision: 10, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('workflow_steps_workflow_position_uq').on(t.workflowId, t.position)],
);
