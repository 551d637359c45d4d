import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { agencyLevels } from './agency-levels';

export const agencyLevel = pgEnum('agency_level', agencyLevels);

export const agencies = pgTable(
  'agencies',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Unit code used in dossier codes (national electronic identifier where known). */
    code: text().notNull(),
    name: text().notNull(),
    level: agencyLevel().notNull(),
    parentId: integer().references((): any => agencies.id),
    /** Ids from the root down to this agency, `/1/7/42/`: a subtree is one prefix match. */
    path: text().notNull(),
    /** Province or ward code of the national administrative-division list, when the agency governs one. */
    divisionCode: text(),
    validFrom: date().notNull().default('2000-01-01'),
    validTo: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agencies_code_uq').on(t.code),
    index('agencies_path_idx').on(t.path.op('text_pattern_ops')),
    index('agencies_parent_idx').on(t.parentId),
  ],
);

/** A merger or rename: from `effectiveFrom` the predecessor's work belongs to the successor. */
export const agencySuccessions = pgTable(
  'agency_successions',
  {
    predecessorId: integer().notNull().references(() => agencies.id),
    successorId: integer().notNull().references(() => agencies.id),
    effectiveFrom: date().notNull(),
    note: text(),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] }), index('agency_successions_succ_idx').on(t.successorId)],
);

/** Provinces after Resolution 202/2025/QH15 (34). */
export const divisionProvinces = pgTable('division_provinces', {
  code: text().primaryKey(),
  name: text().notNull(),
  shortCode: text().notNull(),
  placeType: text().notNull(),
});

/** Communes and wards after the 2025 reform. */
export const divisionWards = pgTable(
  'division_wards',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    provinceCode: text().notNull().references(() => divisionProvinces.code),
  },
  (t) => [index('division_wards_province_idx').on(t.provinceCode)],
);

/**
 * Which old (pre-July 2025) commune became which new one. Some source rows name the old commune
 * without its code, hence a surrogate key and a nullable old code.
 */
export const divisionWardMappings = pgTable(
  'division_ward_mappings',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    oldWardCode: text(),
    oldWardName: text().notNull(),
    oldDistrictName: text().notNull(),
    oldProvinceName: text().notNull(),
    /** Old commune, district and province names folded (lower case, no diacritics) for searching. */
    oldSearchKey: text().notNull(),
    newWardCode: text()
      .notNull()
      .references(() => divisionWards.code),
    newWardName: text().notNull(),
    newProvinceName: text().notNull(),
  },
  (t) => [
    index('division_ward_mappings_old_idx').on(t.oldWardCode),
    index('division_ward_mappings_new_idx').on(t.newWardCode),
  ],
);
