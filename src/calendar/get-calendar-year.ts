import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { describeYear, type YearOverview } from './describe-year';
import { loadWorkCalendar } from './load-work-calendar';
import { calendarYears } from './schema';
import { checkYear } from './work-calendar';

export interface CalendarYearView extends YearOverview {
  readonly updatedAt: Date | null;
  readonly updatedBy: number | null;
}

/** A year's days off, Saturdays worked and holidays. Public information: no actor needed. */
export async function getCalendarYear(db: Executor, input: { year: number }): Promise<CalendarYearView> {
  checkYear(input.year);
  const calendar = await loadWorkCalendar(db);
  const [row] = await db
    .select({ updatedAt: calendarYears.updatedAt, updatedBy: calendarYears.updatedBy })
    .from(calendarYears)
    .where(eq(calendarYears.year, input.year));
  return { ...describeYear(calendar, input.year), updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
}
