import { AppError } from '../shared/errors';
import { checkYear } from './work-calendar';
import { dayOfWeek, isValidDate, yearOf } from './vietnam-time';
import { sortEntries, type DayEntry } from './year-schedule';

export interface YearScheduleInput {
  readonly daysOff: readonly { date: string; name?: string | undefined; note?: string | undefined }[];
  readonly workingSaturdays: readonly { date: string; name?: string | undefined; note?: string | undefined }[];
}

function clean(
  entries: YearScheduleInput['daysOff'],
  year: number,
  seen: Set<string>,
  fallbackName: string,
  check: (date: string) => void,
): DayEntry[] {
  return sortEntries(
    entries.map((e) => {
      const date = e.date.trim();
      if (!isValidDate(date)) throw new AppError('CALENDAR_INVALID_DATE', { value: e.date });
      if (yearOf(date) !== year) throw new AppError('CALENDAR_DATE_OUTSIDE_YEAR', { date, year });
      if (seen.has(date)) throw new AppError('CALENDAR_DUPLICATE_DATE', { date });
      seen.add(date);
      check(date);
      const name = e.name?.trim() || fallbackName;
      const note = e.note?.trim();
      return note ? { date, name, note } : { date, name };
    }),
  );
}

/**
 * Checks an edited year: real dates of that year, days off on weekdays (weekends are off anyway),
 * worked days on Saturdays, no date twice. Returns the entries sorted, with default names.
 */
export function validateYearSchedule(
  year: number,
  input: YearScheduleInput,
): { daysOff: DayEntry[]; workingSaturdays: DayEntry[] } {
  checkYear(year);
  const seen = new Set<string>();
  const daysOff = clean(input.daysOff, year, seen, 'Ngày nghỉ theo quyết định', (date) => {
    const dow = dayOfWeek(date);
    if (dow === 0 || dow === 6) throw new AppError('CALENDAR_DAY_OFF_NOT_WEEKDAY', { date });
  });
  const workingSaturdays = clean(input.workingSaturdays, year, seen, 'Làm việc bù', (date) => {
    if (dayOfWeek(date) !== 6) throw new AppError('CALENDAR_NOT_SATURDAY', { date });
  });
  return { daysOff, workingSaturdays };
}
