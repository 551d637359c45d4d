import { AppError } from '../shared/errors';
import { addDays, addMonths, daysInMonth, fromVietnamParts, isValidDate } from '../calendar/vietnam-time';

/** A report period: whole Vietnam days, from 00:00 of `from` to 24:00 of `to`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export const periodPresets = ['month', 'quarter', 'half', 'year', 'cutoff'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export function checkPeriod(p: Period): Period {
  if (!isValidDate(p.from) || !isValidDate(p.to)) throw new AppError('REPORT_INVALID_PERIOD', { from: p.from, to: p.to });
  if (p.from > p.to) throw new AppError('REPORT_INVALID_PERIOD', { from: p.from, to: p.to });
  return p;
}

/** Start instant (inclusive) and end instant (exclusive) of a period, in Vietnam time. */
export function periodInstants(p: Period): { start: Date; end: Date } {
  return { start: fromVietnamParts(p.from, 0), end: fromVietnamParts(addDays(p.to, 1), 0) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The preset period numbered `index` of `year`: month 1–12, quarter 1–4, half 1–2, year (index ignored),
 * and the reporting-regime cut-off: period `index` runs from the 15th of the previous month to the 14th.
 */
export function presetPeriod(preset: PeriodPreset, year: number, index = 1): Period {
  const range = { month: 12, quarter: 4, half: 2, year: 1, cutoff: 12 }[preset];
  if (!Number.isInteger(year) || year < 1900 || year > 2199 || !Number.isInteger(index) || index < 1 || index > range) {
    throw new AppError('REPORT_INVALID_PRESET', { preset, index, max: range });
  }
  const months = { month: 1, quarter: 3, half: 6, year: 12, cutoff: 1 }[preset];
  if (preset === 'cutoff') {
    const to = `${year}-${pad(index)}-14`;
    return { from: addMonths(to, -1).slice(0, 8) + '15', to };
  }
  const firstMonth = preset === 'year' ? 1 : (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}` };
}
