import type { Db } from '../db/types';
import { decreedSchedules } from './decreed-schedules';
import { calendarYears } from './schema';
import { invalidateWorkCalendars } from './load-work-calendar';

/** Stores the shipped yearly decreed schedules (2025, 2026) unless an administrator already edited them. */
export async function seedCalendarSchedules(db: Db): Promise<void> {
  const inserted = await db
    .insert(calendarYears)
    .values(
      decreedSchedules.map((s) => ({
        year: s.year,
        daysOff: [...s.daysOff],
        workingSaturdays: [...s.workingSaturdays],
        origin: 'decreed' as const,
        note: s.note ?? null,
      })),
    )
    .onConflictDoNothing({ target: calendarYears.year })
    .returning({ year: calendarYears.year });
  if (inserted.length > 0) invalidateWorkCalendars(db);
}
