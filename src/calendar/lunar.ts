import amlich from 'amlich';
import { addDays, daysBetween, formatDate } from './vietnam-time';

/** Vietnam's lunar calendar is computed for UTC+7; China's (UTC+8) differs in some years, e.g. 1985. */
const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly leap: boolean;
}

/**
 * The solar date (`YYYY-MM-DD`) of a Vietnamese lunar date, or null when it does not exist (a leap
 * month that year lacks, or the 30th of a 29-day month): the converter would silently shift those.
 */
export function lunarToSolar(day: number, month: number, lunarYear: number, leap = false): string | null {
  const [d, m, y] = amlich.convertLunar2Solar(day, month, lunarYear, leap ? 1 : 0, VIETNAM_TIME_ZONE);
  if (!d) return null;
  const date = formatDate(y, m, d);
  const back = solarToLunar(date);
  if (back.day !== day || back.month !== month || back.year !== lunarYear || back.leap !== leap) return null;
  return date;
}

export function solarToLunar(date: string): LunarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [day, month, year, leap] = amlich.convertSolar2Lunar(d, m, y, VIETNAM_TIME_ZONE);
  return { day, month, year, leap: leap === 1 };
}

/** Mùng 1 Tết: the first day of lunar year `lunarYear` (always in late January or February of that solar year). */
export function lunarNewYear(lunarYear: number): string {
  const date = lunarToSolar(1, 1, lunarYear);
  if (!date) throw new RangeError(`no lunar new year for ${lunarYear}`);
  return date;
}

/** Length (29 or 30 days) of the last lunar month before the new year `lunarYear`, a leap 12th month included. */
export function lastLunarMonthLength(lunarYear: number): number {
  const newYear = lunarNewYear(lunarYear);
  const last = solarToLunar(addDays(newYear, -1));
  const monthStart = lunarToSolar(1, last.month, last.year, last.leap);
  if (!monthStart) throw new RangeError(`no lunar month ${last.month} in ${last.year}`);
  return daysBetween(monthStart, newYear);
}

/** The last day of the lunar year before `lunarYear` (29 or 30 tháng Chạp), the eve of Tết. */
export function lunarNewYearEve(lunarYear: number): string {
  const previous = lunarYear - 1;
  const length = lastLunarMonthLength(lunarYear);
  const last = solarToLunar(addDays(lunarNewYear(lunarYear), -1));
  // The 12th month (or a leap 12th month) holds the eve; its length tells whether it is the 29th or 30th.
  const eve = lunarToSolar(length, last.month, previous, last.leap);
  if (!eve) throw new RangeError(`no lunar year-end for ${previous}`);
  return eve;
}
