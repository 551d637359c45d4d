/**
 * Plain `YYYY-MM-DD` dates for agency validity. Arithmetic goes through UTC fields so the machine's
 * TZ never matters; "today" is the civil date in Vietnam (UTC+7, no daylight saving).
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function toUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`invalid date ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The civil date in Vietnam at an instant. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export interface Validity {
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** Whether an agency exists on a day (both bounds inclusive; no end = still exists). */
export function isValidOn(v: Validity, date: string): boolean {
  return v.validFrom <= date && (v.validTo === null || v.validTo >= date);
}

/** Whether an agency existed on at least one day of [from, to]. */
export function overlapsPeriod(v: Validity, from: string, to: string): boolean {
  return v.validFrom <= to && (v.validTo === null || v.validTo >= from);
}

/** Whether `inner` lies entirely within `outer`. */
export function isWithin(inner: Validity, outer: Validity): boolean {
  if (inner.validFrom < outer.validFrom) return false;
  if (outer.validTo === null) return true;
  return inner.validTo !== null && inner.validTo <= outer.validTo;
}
