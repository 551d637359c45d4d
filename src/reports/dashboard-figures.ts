import { addDays, daysInMonth } from '../calendar/vietnam-time';
import type { Figures } from './form06-figures';
import type { Period } from './periods';

/** The longest period the dashboard draws month by month (one trend point per month). */
export const MAX_TREND_MONTHS = 36;

export interface MonthSlice extends Period {
  /** YYYY-MM */
  readonly month: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar months of a period, the first and last clipped to it: a cut-off period 15/01–14/02
 * gives 15/01–31/01 and 01/02–14/02. Each slice is itself a report period, so a trend point is
 * exactly the standard report of that slice.
 */
export function monthSlices(period: Period): MonthSlice[] {
  const slices: MonthSlice[] = [];
  let from = period.from;
  while (from <= period.to) {
    const year = Number(from.slice(0, 4));
    const month = Number(from.slice(5, 7));
    const monthEnd = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    const to = monthEnd < period.to ? monthEnd : period.to;
    slices.push({ month: from.slice(0, 7), from, to });
    from = addDays(to, 1);
  }
  return slices;
}

/** Number of calendar months a period touches, without listing them. */
export function monthCount(period: Period): number {
  const months = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
  return months(period.to) - months(period.from) + 1;
}

/** Resolved early or on time over resolved (domain reference); null when nothing was resolved. */
export function onTimeRate(f: Figures): number | null {
  return f.resolved.total === 0 ? null : (f.resolved.early + f.resolved.onTime) / f.resolved.total;
}

/**
 * Total overdue (resolved late + pending overdue) over all dossiers counted: the complement of the
 * progress indicator of Decision 766 (on time + within deadline over received); null when none.
 */
export function overdueRate(f: Figures): number | null {
  return f.received.total === 0 ? null : f.overdueTotal / f.received.total;
}

export type RatedRow<T extends Figures> = T & { onTimeRate: number | null; overdueRate: number | null };

export function withRates<T extends Figures>(row: T): RatedRow<T> {
  return { ...row, onTimeRate: onTimeRate(row), overdueRate: overdueRate(row) };
}

/**
 * The rows with the most total overdue dossiers (resolved late + pending overdue), worst first; ties
 * by the higher overdue rate, then by key so the order is stable. Rows without any are left out.
 */
export function rankWorst<T extends Figures & { key: string }>(rows: readonly T[], limit: number): RatedRow<T>[] {
  return rows
    .filter((r) => r.overdueTotal > 0)
    .map(withRates)
    .sort((a, b) => b.overdueTotal - a.overdueTotal || (b.overdueRate ?? 0) - (a.overdueRate ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
