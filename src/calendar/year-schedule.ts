/** One dated entry of a year's schedule: a weekday off or a Saturday worked, with why. */
export interface DayEntry {
  readonly date: string;
  /** What the day is, in Vietnamese (e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương"). */
  readonly name: string;
  /** The legal source or a remark. */
  readonly note?: string | undefined;
}

/** Where a year's schedule comes from. */
export type ScheduleOrigin = 'decreed' | 'edited' | 'rules';

/**
 * The working-day exceptions of one year for civil servants: every weekday (Mon–Fri) off and every
 * Saturday worked. Everything else follows the week (Mon–Fri work, Sat–Sun off).
 */
export interface YearSchedule {
  readonly year: number;
  readonly daysOff: readonly DayEntry[];
  readonly workingSaturdays: readonly DayEntry[];
  readonly origin: ScheduleOrigin;
  /** Legal basis of the whole year or an administrator's remark. */
  readonly note?: string | undefined;
}

/** A named public holiday (Labour Code 2019 Art. 112), whatever day of the week it falls on. */
export interface Holiday {
  readonly date: string;
  readonly name: string;
  /** The lunar date for lunar holidays, e.g. "10/3 âm lịch". */
  readonly lunar?: string | undefined;
}

export function sortEntries<T extends { readonly date: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
