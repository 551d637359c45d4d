import { AppError } from '../shared/errors';

/** A working period of the day in Vietnam time, `HH:mm` to `HH:mm` (end exclusive, `24:00` allowed). */
export interface WorkingPeriod {
  readonly start: string;
  readonly end: string;
}

export interface WorkingHours {
  /** Sorted, non-overlapping periods of every working day. */
  readonly periods: readonly WorkingPeriod[];
}

/** Periods as minutes after midnight, the form the arithmetic uses. */
export interface MinutePeriod {
  readonly start: number;
  readonly end: number;
}

/** Civil servants' usual hours: 07:30–11:30 and 13:00–17:00. */
export const defaultWorkingHours: WorkingHours = {
  periods: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};

const TIME_RE = /^(\d{2}):(\d{2})$/;

function minutesOf(text: string): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

function invalid(detail: string): AppError {
  return new AppError('CALENDAR_INVALID_WORKING_HOURS', { detail });
}

/** Checks working hours and returns them as minute periods; throws CALENDAR_INVALID_WORKING_HOURS. */
export function toMinutePeriods(hours: WorkingHours): MinutePeriod[] {
  if (hours.periods.length === 0) throw invalid('cần ít nhất một khoảng thời gian làm việc');
  if (hours.periods.length > 6) throw invalid('tối đa 6 khoảng thời gian trong ngày');
  const result: MinutePeriod[] = [];
  for (const p of hours.periods) {
    const start = minutesOf(p.start);
    const end = minutesOf(p.end);
    if (start === null || end === null) throw invalid(`giờ "${p.start}–${p.end}" phải có dạng HH:mm (00:00–24:00)`);
    if (start >= end) throw invalid(`giờ bắt đầu ${p.start} phải trước giờ kết thúc ${p.end}`);
    const previous = result[result.length - 1];
    if (previous && start < previous.end) {
      throw invalid(`các khoảng thời gian phải theo thứ tự và không chồng lấn (${p.start} nằm trước giờ kết thúc khoảng trước)`);
    }
    result.push({ start, end });
  }
  return result;
}

/** Validates and normalises working hours (throws CALENDAR_INVALID_WORKING_HOURS). */
export function validateWorkingHours(hours: WorkingHours): WorkingHours {
  toMinutePeriods(hours);
  return { periods: hours.periods.map((p) => ({ start: p.start, end: p.end })) };
}
