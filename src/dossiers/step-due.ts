import type { WorkCalendar } from '../calendar/work-calendar';
import type { DurationUnit } from '../calendar/duration';
import { MS_PER_DAY, MS_PER_HOUR, vietnamDateOf } from '../calendar/vietnam-time';

/** Working time of one full working day of this calendar (8 h with the default hours). */
export function workingDayMs(calendar: WorkCalendar, near: Date): number {
  const day = calendar.workingDayOnOrAfter(vietnamDateOf(near));
  return calendar.periodsOn(day).reduce((sum, p) => sum + (p.end.getTime() - p.start.getTime()), 0);
}

/**
 * Due time of a workflow step started at `start` with `allotted` of the procedure's unit. Steps are
 * counted in working time from their actual start (a step of 0.5 working day started at 09:00 is due
 * at 13:30 after the lunch break), so each holder is judged on the time they actually had.
 */
export function stepDue(calendar: WorkCalendar, start: Date, allotted: number, unit: DurationUnit): Date {
  switch (unit) {
    case 'working_days':
      return calendar.addWorkingTime(start, allotted * workingDayMs(calendar, start));
    case 'working_hours':
      return calendar.addWorkingTime(start, allotted * MS_PER_HOUR);
    case 'calendar_days':
      return new Date(start.getTime() + allotted * MS_PER_DAY);
    case 'months':
      return new Date(start.getTime() + allotted * 30 * MS_PER_DAY);
  }
}
