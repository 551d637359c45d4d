import { AppError } from '../shared/errors';
import { decreedSchedules } from './decreed-schedules';
import { validateDuration, type Duration } from './duration';
import { ruleBasedSchedule } from './holiday-rules';
import { defaultWorkingHours, toMinutePeriods, type MinutePeriod, type WorkingHours } from './working-hours';
import type { YearSchedule } from './year-schedule';
import {
  addDays,
  addMonths,
  dateOfDayNumber,
  dayNumber,
  fromVietnamParts,
  isValidDate,
  MAX_YEAR,
  MIN_YEAR,
  MS_PER_DAY,
  MS_PER_HOUR,
  VIETNAM_OFFSET_MINUTES,
  vietnamDateOf,
} from './vietnam-time';

const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;
/** Day number (days since 1970-01-01) of the Vietnam date an instant falls on. */
const vietnamDayOf = (ms: number) => Math.floor((ms + OFFSET_MS) / MS_PER_DAY);

/** Beyond this many consecutive days without a working day the schedules are treated as broken. */
const MAX_DAYS_WITHOUT_WORK = 400;

export type CompletionJudgement = 'early' | 'on_time' | 'late';

export interface WorkCalendarOptions {
  /** Schedules that replace the rules for their years (decreed or edited); later entries win. */
  readonly schedules?: readonly YearSchedule[];
  readonly workingHours?: WorkingHours;
}

interface YearIndex {
  readonly schedule: YearSchedule;
  readonly daysOff: ReadonlySet<number>;
  readonly workingSaturdays: ReadonlySet<number>;
}

/** An instant interval [start, end) in epoch milliseconds. */
interface Interval {
  readonly start: number;
  readonly end: number;
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new AppError('CALENDAR_YEAR_OUT_OF_RANGE', { year, min: MIN_YEAR, max: MAX_YEAR });
  }
}

/**
 * Working days, working hours and deadlines of one agency, in Vietnam time whatever the machine's
 * TZ. Immutable; years without a given schedule follow the Labour Code rules.
 */
export class WorkCalendar {
  readonly workingHours: WorkingHours;
  private readonly periods: readonly MinutePeriod[];
  private readonly given = new Map<number, YearSchedule>();
  private readonly years = new Map<number, YearIndex>();
  /** Working or not, by day number: deadlines and elapsed-time sums ask about the same days again and again. */
  private readonly workingByDay = new Map<number, boolean>();

  constructor(options: WorkCalendarOptions = {}) {
    this.workingHours = options.workingHours ?? defaultWorkingHours;
    this.periods = toMinutePeriods(this.workingHours);
    for (const s of options.schedules ?? []) this.given.set(s.year, s);
  }

  /** The schedule in force for a year: given (decreed or edited) or computed by the rules. */
  scheduleOf(year: number): YearSchedule {
    return this.indexOf(year).schedule;
  }

  private indexOf(year: number): YearIndex {
    let index = this.years.get(year);
    if (!index) {
      checkYear(year);
      const schedule = this.given.get(year) ?? ruleBasedSchedule(year);
      index = {
        schedule,
        daysOff: new Set(schedule.daysOff.filter((d) => isValidDate(d.date)).map((d) => dayNumber(d.date))),
        workingSaturdays: new Set(
          schedule.workingSaturdays.filter((d) => isValidDate(d.date)).map((d) => dayNumber(d.date)),
        ),
      };
      this.years.set(year, index);
    }
    return index;
  }

  isWorkingDay(date: string): boolean {
    if (!isValidDate(date)) throw new AppError('CALENDAR_INVALID_DATE', { value: date });
    return this.isWorkingDayNumber(dayNumber(date));
  }

  private isWorkingDayNumber(day: number): boolean {
    let working = this.workingByDay.get(day);
    if (working === undefined) {
      const index = this.indexOf(new Date(day * MS_PER_DAY).getUTCFullYear());
      const dow = (((day + 4) % 7) + 7) % 7;
      working = dow === 6 ? index.workingSaturdays.has(day) : dow !== 0 && !index.daysOff.has(day);
      this.workingByDay.set(day, working);
    }
    return working;
  }

  private nextWorkingDayNumber(day: number): number {
    for (let d = day + 1; d <= day + MAX_DAYS_WITHOUT_WORK; d++) if (this.isWorkingDayNumber(d)) return d;
    throw new AppError('CALENDAR_NO_WORKING_DAY', { days: MAX_DAYS_WITHOUT_WORK, date: dateOfDayNumber(day) });
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    if (!isValidDate(date)) throw new AppError('CALENDAR_INVALID_DATE', { value: date });
    return dateOfDayNumber(this.nextWorkingDayNumber(dayNumber(date)));
  }

  /** `date` itself when it is a working day, else the next one. */
  workingDayOnOrAfter(date: string): string {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** The n-th working day after `date` (`date` itself not counted; n = 0 gives `date`). */
  addWorkingDays(date: string, n: number): string {
    if (!isValidDate(date)) throw new AppError('CALENDAR_INVALID_DATE', { value: date });
    let d = dayNumber(date);
    for (let i = 0; i < n; i++) d = this.nextWorkingDayNumber(d);
    return dateOfDayNumber(d);
  }

  /** The working periods of a date as instants; empty on a day off. */
  periodsOn(date: string): { start: Date; end: Date }[] {
    return this.intervalsOn(date).map((i) => ({ start: new Date(i.start), end: new Date(i.end) }));
  }

  private intervalsOn(date: string): Interval[] {
    if (!isValidDate(date)) throw new AppError('CALENDAR_INVALID_DATE', { value: date });
    return this.intervalsOfDay(dayNumber(date));
  }

  private intervalsOfDay(day: number): Interval[] {
    if (!this.isWorkingDayNumber(day)) return [];
    const midnight = day * MS_PER_DAY - OFFSET_MS;
    return this.periods.map((p) => ({ start: midnight + p.start * 60_000, end: midnight + p.end * 60_000 }));
  }

  /** End of the last working period of a working day. */
  endOfWorkingDay(date: string): Date {
    const last = this.periods[this.periods.length - 1]!;
    return fromVietnamParts(date, last.end);
  }

  /** Whether the instant is inside a working period (start included, end excluded). */
  isWithinWorkingHours(instant: Date): boolean {
    const t = instant.getTime();
    return this.intervalsOfDay(vietnamDayOf(t)).some((i) => t >= i.start && t < i.end);
  }

  /**
   * The instant reached after `ms` of working time from `from`; time outside working periods does
   * not count. Ending exactly at the end of a period gives that end, not the next period's start.
   */
  addWorkingTime(from: Date, ms: number): Date {
    let remaining = Math.max(0, Math.round(ms));
    let t = from.getTime();
    let day = vietnamDayOf(t);
    let idle = 0;
    for (;;) {
      const intervals = this.intervalsOfDay(day);
      for (const i of intervals) {
        const s = Math.max(i.start, t);
        if (s >= i.end) continue;
        const available = i.end - s;
        if (remaining <= available) return new Date(s + remaining);
        remaining -= available;
      }
      idle = intervals.length > 0 ? 0 : idle + 1;
      if (idle > MAX_DAYS_WITHOUT_WORK) {
        throw new AppError('CALENDAR_NO_WORKING_DAY', { days: MAX_DAYS_WITHOUT_WORK, date: dateOfDayNumber(day) });
      }
      day++;
      t = Number.NEGATIVE_INFINITY;
    }
  }

  /** Working time (ms) between two instants; negative when `to` is before `from` (e.g. overdue). */
  workingTimeBetween(from: Date, to: Date): number {
    const a = from.getTime();
    const b = to.getTime();
    if (b < a) return -this.workingTimeBetween(to, from);
    let total = 0;
    const last = vietnamDayOf(b);
    for (let day = vietnamDayOf(a); day <= last; day++) {
      for (const i of this.intervalsOfDay(day)) {
        const s = Math.max(i.start, a);
        const e = Math.min(i.end, b);
        if (e > s) total += e - s;
      }
    }
    return total;
  }

  /**
   * The working day a receipt counts from: the receipt day when it is a working day and the receipt
   * is before the end of its working hours, else the next working day.
   */
  effectiveReceiptDay(received: Date): string {
    const date = vietnamDateOf(received);
    if (this.isWorkingDay(date) && received.getTime() < this.endOfWorkingDay(date).getTime()) return date;
    return this.nextWorkingDay(date);
  }

  /** N working days: the day of receipt is not counted; due at the end of the N-th following working day. */
  dueAfterWorkingDays(received: Date, days: number): Date {
    validateDuration({ amount: days, unit: 'working_days' });
    return this.endOfWorkingDay(this.addWorkingDays(this.effectiveReceiptDay(received), days));
  }

  /** Working hours (decimals allowed): working time added from receipt, across breaks and days off. */
  dueAfterWorkingHours(received: Date, hours: number): Date {
    validateDuration({ amount: hours, unit: 'working_hours' });
    return this.addWorkingTime(received, hours * MS_PER_HOUR);
  }

  /** Calendar days added to the receipt date; an end on a day off moves to the next working day. */
  dueAfterCalendarDays(received: Date, days: number): Date {
    validateDuration({ amount: days, unit: 'calendar_days' });
    return this.endOfWorkingDay(this.workingDayOnOrAfter(addDays(vietnamDateOf(received), days)));
  }

  /** Months added to the receipt date (last day of a shorter month); a day off moves to the next working day. */
  dueAfterMonths(received: Date, months: number): Date {
    validateDuration({ amount: months, unit: 'months' });
    return this.endOfWorkingDay(this.workingDayOnOrAfter(addMonths(vietnamDateOf(received), months)));
  }

  /** The due time of a processing time counted from a receipt instant. */
  due(received: Date, duration: Duration): Date {
    switch (duration.unit) {
      case 'working_days':
        return this.dueAfterWorkingDays(received, duration.amount);
      case 'working_hours':
        return this.dueAfterWorkingHours(received, duration.amount);
      case 'calendar_days':
        return this.dueAfterCalendarDays(received, duration.amount);
      case 'months':
        return this.dueAfterMonths(received, duration.amount);
    }
  }

  /** When the calendar-day term of a duration nominally ends (before moving off a day off). */
  nominalEndDate(received: Date, duration: Duration): string | null {
    if (duration.unit === 'calendar_days') return addDays(vietnamDateOf(received), duration.amount);
    if (duration.unit === 'months') return addMonths(vietnamDateOf(received), duration.amount);
    return null;
  }

  /**
   * Early / on time / late: late after the due instant; early when finished on an earlier day than
   * the due day (Vietnam dates), else on time.
   */
  judgeCompletion(finishedAt: Date, due: Date): CompletionJudgement {
    if (finishedAt.getTime() > due.getTime()) return 'late';
    return vietnamDateOf(finishedAt) < vietnamDateOf(due) ? 'early' : 'on_time';
  }

  /** Whether a finish counts as early: on an earlier working day than the due day. */
  isEarly(finishedAt: Date, due: Date): boolean {
    return this.judgeCompletion(finishedAt, due) === 'early';
  }
}

/** The calendar from the shipped decreed schedules and rules, with default working hours. */
export function shippedWorkCalendar(workingHours?: WorkingHours): WorkCalendar {
  return new WorkCalendar({ schedules: decreedSchedules, ...(workingHours ? { workingHours } : {}) });
}
