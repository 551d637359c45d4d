import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/schema';
import { users } from '../accounts/schema';
import type { DayEntry } from './year-schedule';
import type { WorkingPeriod } from './working-hours';

/**
 * A year's decreed schedule for civil servants: every weekday off and every Saturday worked.
 * Seeded from the shipped data; an administrator's edit replaces the row (origin `edited`).
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer().primaryKey(),
  daysOff: jsonb().$type<DayEntry[]>().notNull(),
  workingSaturdays: jsonb().$type<DayEntry[]>().notNull(),
  /** `decreed` (shipped data) or `edited` (changed by an administrator). */
  origin: text().$type<'decreed' | 'edited'>().notNull(),
  note: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Null when written by the system (seed). */
  updatedBy: integer().references(() => users.id),
});

/** An agency's own working hours; agencies without a row use the default 07:30–11:30, 13:00–17:00. */
export const agencyWorkingHours = pgTable('agency_working_hours', {
  agencyId: integer()
    .primaryKey()
    .references(() => agencies.id, { onDelete: 'cascade' }),
  periods: jsonb().$type<WorkingPeriod[]>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer().references(() => users.id),
});
