import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { invalidateWorkCalendars } from './load-work-calendar';
import { calendarYears } from './schema';
import { validateYearSchedule, type YearScheduleInput } from './validate-year-schedule';
import type { DayEntry } from './year-schedule';

export interface UpdateCalendarYearInput extends YearScheduleInput {
  readonly year: number;
  readonly note?: string | null | undefined;
}

export interface UpdatedCalendarYear {
  readonly year: number;
  readonly daysOff: DayEntry[];
  readonly workingSaturdays: DayEntry[];
  readonly note: string | null;
  readonly updatedAt: Date;
}

/** Replaces a year's days off and Saturdays worked (a new decision was published); audited. */
export async function updateCalendarYear(
  db: Executor,
  actor: Actor,
  input: UpdateCalendarYearInput,
): Promise<UpdatedCalendarYear> {
  authorize(actor, { anyOf: ['admin'] });
  const { daysOff, workingSaturdays } = validateYearSchedule(input.year, input);
  const note = input.note?.trim() || null;
  const saved = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarYears).where(eq(calendarYears.year, input.year)).for('update');
    const values = { daysOff, workingSaturdays, origin: 'edited' as const, note, updatedAt: sql`now()`, updatedBy: actor.userId };
    const [row] = await tx
      .insert(calendarYears)
      .values({ year: input.year, ...values })
      .onConflictDoUpdate({ target: calendarYears.year, set: values })
      .returning();
    await recordAudit(tx, {
      type: 'CALENDAR_YEAR_CHANGED',
      actorId: actor.userId,
      subject: `calendar_year:${input.year}`,
      data: {
        year: input.year,
        before: before
          ? { daysOff: before.daysOff.map((d) => d.date), workingSaturdays: before.workingSaturdays.map((d) => d.date), origin: before.origin }
          : null,
        after: { daysOff: daysOff.map((d) => d.date), workingSaturdays: workingSaturdays.map((d) => d.date) },
        note,
      },
    });
    return row!;
  });
  // After the commit, so that no request caches the old schedule again in between.
  invalidateWorkCalendars(db);
  return {
    year: saved.year,
    daysOff: saved.daysOff,
    workingSaturdays: saved.workingSaturdays,
    note: saved.note,
    updatedAt: saved.updatedAt,
  };
}
