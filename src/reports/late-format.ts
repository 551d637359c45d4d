import { AppError } from '../shared/errors';
import { periodInstants, presetPeriod, type Period } from './periods';

/** Shares, months and name order of the late lists and notices, without I/O and whatever the machine's locale. */

/**
 * Each part's share of the total in basis points (two decimals of a percent). When the parts make
 * up the whole, the largest-remainder method keeps their shares summing to exactly 100,00% (a
 * notice must never print 97,88% and 2,11%); otherwise each is rounded half up. Null for an empty total.
 */
export function shares(parts: readonly number[], total: number): number[] | null {
  if (total <= 0) return null;
  const exact = parts.map((p) => (p * 10_000) / total);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== total) return exact.map((x) => Math.floor(x + 0.5));
  const floors = exact.map(Math.floor);
  let left = 10_000 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

export interface ReportMonth {
  readonly year: number;
  readonly month: number;
}

/** `2026-03` → year and month; anything else is a 400 with a code. */
export function parseMonth(text: string): ReportMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12 || year < 1900 || year > 2199) throw new AppError('LATE_INVALID_MONTH', { month: text });
  return { year, month };
}

export function monthPeriod(m: ReportMonth): Period {
  return presetPeriod('month', m.year, m.month);
}

/** `03/2026`. */
export function monthLabel(m: ReportMonth): string {
  return `${String(m.month).padStart(2, '0')}/${m.year}`;
}

/** Whether the month (Vietnam time) is over at `now`: only closed months are published. */
export function monthEnded(m: ReportMonth, now: Date): boolean {
  return periodInstants(monthPeriod(m)).end.getTime() <= now.getTime();
}

/** A personal name without a trailing note in brackets (`Trần Văn Hùng (demo)` → `Trần Văn Hùng`). */
const bareName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/**
 * Vietnamese lists of people are ordered by given name (the last word), then by the whole name:
 * `Trần Văn Hùng` before `Hoàng Văn Minh`.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (n: string) => bareName(n).split(/\s+/).pop() ?? '';
  return given(a).localeCompare(given(b), 'vi') || bareName(a).localeCompare(bareName(b), 'vi') || a.localeCompare(b, 'vi');
}
