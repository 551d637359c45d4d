import { statutoryHolidays } from './holiday-rules';
import type { WorkCalendar } from './work-calendar';
import { addDays, dayOfWeek, formatDate } from './vietnam-time';
import { sortEntries, type DayEntry, type Holiday, type ScheduleOrigin } from './year-schedule';

export interface YearOverview {
  readonly year: number;
  readonly origin: ScheduleOrigin;
  readonly note: string | null;
  /** Every weekday (Mon–Fri) off, sorted. */
  readonly daysOff: DayEntry[];
  /** Every Saturday worked, sorted. */
  readonly workingSaturdays: DayEntry[];
  /** The statutory holidays by the rules (Art. 112), weekends included; the days off above are what applies. */
  readonly holidays: Holiday[];
  readonly workingDayCount: number;
}

/** What a year looks like on a calendar: days off, Saturdays worked, holidays, working-day count. */
export function describeYear(calendar: WorkCalendar, year: number): YearOverview {
  const schedule = calendar.scheduleOf(year);
  const weekday = (e: DayEntry) => dayOfWeek(e.date) >= 1 && dayOfWeek(e.date) <= 5;
  let workingDayCount = 0;
  const last = formatDate(year, 12, 31);
  for (let d = formatDate(year, 1, 1); d <= last; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) workingDayCount++;
  return {
    year,
    origin: schedule.origin,
    note: schedule.note ?? null,
    daysOff: sortEntries(schedule.daysOff.filter(weekday)),
    workingSaturdays: sortEntries(schedule.workingSaturdays.filter((e) => dayOfWeek(e.date) === 6)),
    holidays: statutoryHolidays(year),
    workingDayCount,
  };
}
