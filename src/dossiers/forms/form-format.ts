import type { CompletionJudgement } from '../../calendar/work-calendar';
import { toVietnamParts } from '../../calendar/vietnam-time';
import { timeUnitLabels, type TimeUnit } from '../../catalog/time-unit';

/** Formatting for printed forms: always Vietnam time (UTC+7), whatever the machine's TZ. */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `16/02/2026`. */
export function viDate(instant: Date): string {
  const p = toVietnamParts(instant);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** `09:05`. */
export function viTime(instant: Date): string {
  const p = toVietnamParts(instant);
  return `${pad2(Math.floor(p.minuteOfDay / 60))}:${pad2(p.minuteOfDay % 60)}`;
}

/** `09:05 ngày 16/02/2026`. */
export function viDateTime(instant: Date): string {
  return `${viTime(instant)} ngày ${viDate(instant)}`;
}

/** `16/02/2026` from a `YYYY-MM-DD` date. */
export function viDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** The place-and-date line of an official document: `Lạng Sơn, ngày 16 tháng 02 năm 2026`. */
export function dateline(place: string, instant: Date): string {
  const p = toVietnamParts(instant);
  return `${place || '……'}, ngày ${pad2(p.day)} tháng ${pad2(p.month)} năm ${p.year}`;
}

const provincePrefixes = [/^ủy ban nhân dân\s+/i, /^uỷ ban nhân dân\s+/i, /^ubnd\s+/i, /^(tỉnh|thành phố|tp\.?)\s+/i];

/**
 * The locality named on the date line, from the name of the province (root agency):
 * `Ủy ban nhân dân tỉnh Lạng Sơn` → `Lạng Sơn`.
 */
export function placeOf(rootAgencyName: string): string {
  let name = rootAgencyName.trim();
  for (const re of provincePrefixes) name = name.replace(re, '');
  return name.trim();
}

/** `15 ngày làm việc`, `0,5 ngày làm việc` (Vietnamese decimal comma). */
export function durationText(amount: number, unit: TimeUnit): string {
  return `${String(amount).replace('.', ',')} ${timeUnitLabels[unit]}`;
}

export const judgementLabels: Record<CompletionJudgement, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** Dotted leader for a blank the official fills in by hand. */
export const BLANK = '……………………';

export function orBlank(value: string | null | undefined): string {
  const v = value?.trim();
  return v ? v : BLANK;
}

/** Vietnamese upper case (headers of official documents). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** An instant stored in an event's JSON payload (an ISO string once read back), or null. */
export function instantFrom(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function textFrom(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
