/** Month grids of the working calendar, computed on plain YYYY-MM-DD dates whatever the browser's time zone. */

export interface NamedDay {
  readonly date: string;
  readonly name: string;
  readonly note?: string;
}

export type DayKind = 'day_off' | 'weekend' | 'worked_saturday' | 'working';

export interface DayInfo {
  readonly date: string;
  readonly kind: DayKind;
  /** Why: the holiday's or the make-up Saturday's name. */
  readonly name: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
/** Column headers, Monday first as Vietnamese calendars print them. */
export const weekdayShort = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

/** Weeks of a month, Monday first; null pads the days of the neighbouring months. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = (dayOfWeek(isoDate(year, month, 1)) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(isoDate(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface YearDays {
  readonly daysOff: readonly NamedDay[];
  readonly workingSaturdays: readonly NamedDay[];
}

/** Indexes a year's schedule for lookups by date. */
export function classifier(year: YearDays): (date: string) => DayInfo {
  const off = new Map(year.daysOff.map((d) => [d.date, d.name]));
  const worked = new Map(year.workingSaturdays.map((d) => [d.date, d.name]));
  return (date) => {
    const dow = dayOfWeek(date);
    if (off.has(date)) return { date, kind: 'day_off', name: off.get(date) ?? null };
    if (dow === 6 && worked.has(date)) return { date, kind: 'worked_saturday', name: worked.get(date) ?? null };
    if (dow === 0 || dow === 6) return { date, kind: 'weekend', name: null };
    return { date, kind: 'working', name: null };
  };
}

export const dayKindLabels: Record<DayKind, string> = {
  day_off: 'Ngày nghỉ',
  weekend: 'Nghỉ cuối tuần',
  worked_saturday: 'Thứ Bảy làm việc',
  working: 'Ngày làm việc',
};

function ddmmyyyy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** What a screen reader (and the tooltip) says of a day: "Thứ Hai 16/02/2026 – Ngày nghỉ: Tết Nguyên đán". */
export function describeDay(info: DayInfo): string {
  const head = `${weekdayNames[dayOfWeek(info.date)]} ${ddmmyyyy(info.date)} – ${dayKindLabels[info.kind]}`;
  return info.name ? `${head}: ${info.name}` : head;
}

/** Problems the server would refuse, found before sending: days off on weekends, non-Saturdays worked, repeats, other years. */
export function draftProblems(year: number, draft: YearDays): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (d: NamedDay, what: 'off' | 'saturday') => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) {
      problems.push(`Ngày "${d.date}" không hợp lệ.`);
      return;
    }
    if (!d.date.startsWith(`${year}-`)) problems.push(`Ngày ${ddmmyyyy(d.date)} không thuộc năm ${year}.`);
    if (seen.has(d.date)) problems.push(`Ngày ${ddmmyyyy(d.date)} được khai báo nhiều lần.`);
    seen.add(d.date);
    const dow = dayOfWeek(d.date);
    if (what === 'off' && (dow === 0 || dow === 6)) {
      problems.push(`Ngày nghỉ ${ddmmyyyy(d.date)} rơi vào ${weekdayNames[dow]}: chỉ khai báo các ngày nghỉ từ thứ Hai đến thứ Sáu.`);
    }
    if (what === 'saturday' && dow !== 6) problems.push(`Ngày ${ddmmyyyy(d.date)} là ${weekdayNames[dow]}, không phải thứ Bảy.`);
  };
  for (const d of draft.daysOff) check(d, 'off');
  for (const d of draft.workingSaturdays) check(d, 'saturday');
  return problems;
}
