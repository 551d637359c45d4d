/**
 * Vietnam civil time (UTC+7, no daylight saving since 1975). Every computation is done on UTC
 * fields shifted by the offset, so the machine's TZ never matters.
 */

export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** Years the calendar supports: the lunar algorithm and the data are checked for this range. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export interface VietnamDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface VietnamDateTimeParts extends VietnamDateParts {
  /** Minutes since local midnight, 0–1439 (fractions of a minute are in `ms`). */
  readonly minuteOfDay: number;
  /** Milliseconds within the minute. */
  readonly ms: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a `YYYY-MM-DD` string, or null when it is not a real calendar date. */
export function parseDate(value: string): VietnamDateParts | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDate(value: string): boolean {
  return parseDate(value) !== null;
}

function partsOrThrow(value: string): VietnamDateParts {
  const p = parseDate(value);
  if (!p) throw new RangeError(`invalid date ${value}`);
  return p;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a date: cheap integer arithmetic on dates. */
export function dayNumber(date: string): number {
  const { year, month, day } = partsOrThrow(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dateOfDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * Adds calendar months the Civil Code way: the same day number of the target month, or its last
 * day when the month is shorter (31/01 + 1 month = 28 or 29/02).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function yearOf(date: string): number {
  return partsOrThrow(date).year;
}

/** The Vietnam local date and time of an instant. */
export function toVietnamParts(instant: Date): VietnamDateTimeParts {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    ms: shifted.getUTCSeconds() * 1000 + shifted.getUTCMilliseconds(),
  };
}

/** The Vietnam calendar date (`YYYY-MM-DD`) an instant falls on. */
export function vietnamDateOf(instant: Date): string {
  const p = toVietnamParts(instant);
  return formatDate(p.year, p.month, p.day);
}

/** Milliseconds elapsed since Vietnam midnight of the instant's local date. */
export function vietnamTimeOfDayMs(instant: Date): number {
  return (((instant.getTime() + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The instant of a Vietnam local date at `minuteOfDay` minutes after midnight (1440 = next midnight). */
export function fromVietnamParts(date: string, minuteOfDay = 0): Date {
  return new Date(dayNumber(date) * DAY_MS + minuteOfDay * 60_000 - OFFSET_MS);
}

/** Vietnam midnight at the start of a date. */
export function startOfVietnamDay(date: string): Date {
  return fromVietnamParts(date, 0);
}

/** ISO 8601 in Vietnam time with an explicit offset, e.g. `2026-02-23T17:00:00+07:00`. */
export function formatVietnamIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  const ms = shifted.getUTCMilliseconds();
  const base =
    `${formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())}` +
    `T${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}:${pad2(shifted.getUTCSeconds())}`;
  return `${base}${ms ? `.${String(ms).padStart(3, '0')}` : ''}+07:00`;
}

/** `HH:mm` of a minute of the day. */
export function formatMinutes(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 instant. Without an offset the time is read as Vietnam time (never as the
 * machine's local time, which `Date.parse` would do); a bare date means its Vietnam midnight.
 * Returns null when the text is not a real date and time.
 */
export function parseInstant(text: string): Date | null {
  const m = INSTANT_RE.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const parts = parseDate(date);
  if (!parts || parts.year < MIN_YEAR || parts.year > MAX_YEAR) return null;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute || second || ms))) return null;
  let offsetMinutes = VIETNAM_OFFSET_MINUTES;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  } else if (zone) {
    offsetMinutes = 0;
  }
  const utc = dayNumber(date) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
  return new Date(utc);
}

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = DAY_MS;
