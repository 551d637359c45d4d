/**
 * Report periods as people choose them: whole Vietnam days from `from` to `to` (YYYY-MM-DD). A
 * running month, quarter or year stops today, so nothing is counted overdue before its time.
 */
export interface PeriodRange {
  from: string;
  to: string;
}

export const presetKeys = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'cutoff', 'custom'] as const;
export type PresetKey = (typeof presetKeys)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parts(day: string) {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

/** The month before (y, m), as [year, month]. */
function previousMonth(y: number, m: number): [number, number] {
  return m === 1 ? [y - 1, 12] : [y, m - 1];
}

/**
 * The latest reporting cut-off period already closed on `today`: from the 15th of a month to the
 * 14th of the next (e.g. on 21/11: 15/10–14/11; on 10/11: 15/09–14/10).
 */
export function lastCutoff(today: string): PeriodRange {
  const { y, m, d } = parts(today);
  const [ey, em] = d > 14 ? [y, m] : previousMonth(y, m);
  const [sy, sm] = previousMonth(ey, em);
  return { from: ymd(sy, sm, 15), to: ymd(ey, em, 14) };
}

/** The period of a preset on `today`; `custom` has none (null). */
export function presetRange(key: PresetKey, today: string): PeriodRange | null {
  const { y, m } = parts(today);
  switch (key) {
    case 'thisMonth':
      return { from: ymd(y, m, 1), to: today };
    case 'lastMonth': {
      const [py, pm] = previousMonth(y, m);
      return { from: ymd(py, pm, 1), to: ymd(py, pm, daysIn(py, pm)) };
    }
    case 'thisQuarter':
      return { from: ymd(y, Math.floor((m - 1) / 3) * 3 + 1, 1), to: today };
    case 'thisYear':
      return { from: ymd(y, 1, 1), to: today };
    case 'cutoff':
      return lastCutoff(today);
    case 'custom':
      return null;
  }
}

export const presetLabels: Record<PresetKey, string> = {
  thisMonth: 'Tháng này',
  lastMonth: 'Tháng trước',
  thisQuarter: 'Quý này',
  thisYear: 'Năm nay',
  cutoff: 'Kỳ chốt số liệu (15–14)',
  custom: 'Tùy chọn',
};

/** Which preset a range is on `today`, or `custom`. */
export function presetOf(range: PeriodRange, today: string): PresetKey {
  for (const key of presetKeys) {
    const r = presetRange(key, today);
    if (r && r.from === range.from && r.to === range.to) return key;
  }
  return 'custom';
}

export function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { y, m, d } = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** dd/MM/yyyy of a YYYY-MM-DD day. */
export function dayLabel(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

export function rangeLabel(range: PeriodRange): string {
  return range.from === range.to ? `ngày ${dayLabel(range.from)}` : `từ ${dayLabel(range.from)} đến ${dayLabel(range.to)}`;
}

/** "Tháng 3/2026" of YYYY-MM. */
export function monthLabel(month: string): string {
  return `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

/** "T3/26": short month label for a chart axis. */
export function shortMonthLabel(month: string): string {
  return `T${Number(month.slice(5, 7))}/${month.slice(2, 4)}`;
}
