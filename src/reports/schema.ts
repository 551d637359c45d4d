import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/schema';
import { users } from '../accounts/schema';
import { dossiers } from '../dossiers/schema';

/**
 * A published report: the figures as they were announced, never updated nor deleted (no service
 * writes to a row after inserting it). `reportHash` is the SHA-256 of the canonical JSON of `report`,
 * so any later tampering is detectable; one publication per agency, period and grouping.
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
    agencyCode: text().notNull(),
    periodFrom: date().notNull(),
    periodTo: date().notNull(),
    /** Row grouping of the report (child, agency, procedure, field, level). */
    grouping: text().notNull(),
    /** The report exactly as computeForm06 returned it. */
    report: jsonb().notNull(),
    reportHash: text().notNull(),
    /** Number of dossiers behind the figures (rows of report_snapshot_dossiers). */
    dossierCount: integer().notNull(),
    /** Highest dossier event id at publication: later events explain later differences. */
    lastEventId: bigint({ mode: 'number' }).notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    /** Null when published by the system (command line). */
    publishedBy: integer().references(() => users.id),
    publishedByName: text().notNull(),
    note: text(),
  },
  (t) => [
    uniqueIndex('report_snapshots_period_uq').on(t.agencyId, t.periodFrom, t.periodTo, t.grouping),
    index('report_snapshots_published_idx').on(t.publishedAt),
  ],
);

/**
 * How each dossier counted in a published report: its row and its two disjoint categories (receipt:
 * carried over, new online, new direct or postal; result: early, on time, late, not yet due, overdue),
 * from which every cell it contributed to follows.
 */
export const reportSnapshotDossiers = pgTable(
  'report_snapshot_dossiers',
  {
    snapshotId: integer()
      .notNull()
      .references(() => reportSnapshots.id),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id),
    rowKey: text().notNull(),
    receipt: text().notNull(),
    result: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.dossierId] }), index('report_snapshot_dossiers_dossier_idx').on(t.dossierId)],
);

/**
 * Dossiers received and resolved per agency and Vietnam day (test dossiers left out), kept exactly by
 * statement triggers on `dossiers` (migration 0001, `dossier_day_counts_sync`): a long period's report
 * sums a few rows per agency and day instead of classifying every dossier. The resolved counts split as
 * form 06 does (early: finished on an earlier day than due; late: after the due time).
 */
export const dossierDayCounts = pgTable(
  'dossier_day_counts',
  {
    agencyId: integer().notNull(),
    day: date().notNull(),
    receivedOnline: integer().notNull().default(0),
    receivedDirect: integer().notNull().default(0),
    resolvedEarly: integer().notNull().default(0),
    resolvedOnTime: integer().notNull().default(0),
    resolvedLate: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day] })],
);
