import type { WorkCalendar } from '../calendar/work-calendar';
import { addDays, vietnamDateOf } from '../calendar/vietnam-time';
import { workingDayMs } from '../dossiers/step-due';

/** A due time is worth warning about this much working time ahead: one working day of the calendar. */
export function warningLeadMs(calendar: WorkCalendar, now: Date): number {
  return workingDayMs(calendar, now);
}

/** Not yet passed and at most one working day of working time away. */
export function isDueSoon(calendar: WorkCalendar, now: Date, due: Date): boolean {
  if (due.getTime() < now.getTime()) return false;
  return calendar.workingTimeBetween(now, due) <= warningLeadMs(calendar, now);
}

/**
 * The latest due time that is still "due soon": one working day of working time from now, carried
 * through the non-working time that follows (it adds no working time). Every due in [now, horizon]
 * is due soon and none after, so the database can select the candidates with one comparison.
 */
export function warningHorizon(calendar: WorkCalendar, now: Date): Date {
  const reached = calendar.addWorkingTime(now, warningLeadMs(calendar, now));
  const t = reached.getTime();
  // addWorkingTime has just found working time within this range, so the next period is near.
  for (let date = vietnamDateOf(reached), i = 0; i < 400; date = addDays(date, 1), i++) {
    for (const p of calendar.periodsOn(date)) {
      if (p.end.getTime() > t) return new Date(Math.max(p.start.getTime(), t));
    }
  }
  return reached;
}
