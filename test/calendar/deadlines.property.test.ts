import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decreedSchedules } from '../../src/calendar/decreed-schedules';
import { WorkCalendar } from '../../src/calendar/work-calendar';
import type { Duration, DurationUnit } from '../../src/calendar/duration';
import type { WorkingHours } from '../../src/calendar/working-hours';
import { vietnamDateOf } from '../../src/calendar/vietnam-time';

const hoursOptions: WorkingHours[] = [
  { periods: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }] },
  { periods: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '16:30' }] },
  { periods: [{ start: '07:00', end: '11:00' }, { start: '13:30', end: '17:15' }, { start: '19:00', end: '21:00' }] },
  { periods: [{ start: '00:00', end: '24:00' }] },
];
const calendars = hoursOptions.map((workingHours) => new WorkCalendar({ schedules: decreedSchedules, workingHours }));

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) })
  .map((ms) => new Date(ms));
// Receipts cluster on the edges too: exactly at the start or end of a period, at midnight.
const edgyInstant = fc.oneof(
  instant,
  fc
    .tuple(fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2028, 11, 31) / 60_000 }), fc.constantFrom(0, 30))
    .map(([minute, extra]) => new Date((Math.floor(minute / 30) * 30 + extra) * 60_000)),
);
const calendarIndex = fc.integer({ min: 0, max: calendars.length - 1 });

const amountFor: Record<DurationUnit, fc.Arbitrary<number>> = {
  working_days: fc.integer({ min: 0, max: 60 }),
  working_hours: fc.integer({ min: 0, max: 4000 }).map((n) => n / 20), // steps of 3 minutes, up to 200 h
  calendar_days: fc.integer({ min: 1, max: 400 }),
  months: fc.integer({ min: 1, max: 24 }),
};
const unit = fc.constantFrom<DurationUnit>('working_days', 'working_hours', 'calendar_days', 'months');
const duration: fc.Arbitrary<Duration> = unit.chain((u) => amountFor[u].map((amount) => ({ amount, unit: u })));

const zones = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Asia/Ho_Chi_Minh',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/St_Johns',
];

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

function insideWorkingHours(calendar: WorkCalendar, due: Date): boolean {
  const date = vietnamDateOf(due);
  // An end at 24:00 belongs to the previous day's period.
  const candidates = [date, vietnamDateOf(new Date(due.getTime() - 1))];
  return candidates.some(
    (d) =>
      calendar.isWorkingDay(d) &&
      calendar.periodsOn(d).some((p) => p.start.getTime() <= due.getTime() && due.getTime() <= p.end.getTime()),
  );
}

describe('deadline properties', () => {
  it('a due time is inside the working hours of a working day; for day units at the end of that day', () => {
    fc.assert(
      fc.property(calendarIndex, edgyInstant, duration, (ci, received, d) => {
        const calendar = calendars[ci]!;
        const due = calendar.due(received, d);
        expect(insideWorkingHours(calendar, due)).toBe(true);
        if (d.unit !== 'working_hours') {
          const day = vietnamDateOf(new Date(due.getTime() - 1));
          expect(calendar.isWorkingDay(day)).toBe(true);
          expect(due.getTime()).toBe(calendar.endOfWorkingDay(day).getTime());
          expect(due.getTime()).toBeGreaterThan(received.getTime());
        } else {
          expect(due.getTime()).toBeGreaterThanOrEqual(received.getTime());
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is monotonic (non-decreasing) in the duration', () => {
    const twoAmounts = unit.chain((u) => fc.tuple(fc.constant(u), amountFor[u], amountFor[u]));
    fc.assert(
      fc.property(calendarIndex, edgyInstant, twoAmounts, (ci, received, [u, a, b]) => {
        const calendar = calendars[ci]!;
        const x = calendar.due(received, { amount: Math.min(a, b), unit: u });
        const y = calendar.due(received, { amount: Math.max(a, b), unit: u });
        expect(x.getTime()).toBeLessThanOrEqual(y.getTime());
        if (u === 'working_days' && a !== b) expect(x.getTime()).toBeLessThan(y.getTime());
      }),
      { numRuns: 400 },
    );
  });

  it('is monotonic (non-decreasing) in the receipt time', () => {
    fc.assert(
      fc.property(calendarIndex, edgyInstant, edgyInstant, duration, (ci, r1, r2, d) => {
        const calendar = calendars[ci]!;
        const [early, late] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(calendar.due(early, d).getTime()).toBeLessThanOrEqual(calendar.due(late, d).getTime());
      }),
      { numRuns: 400 },
    );
  });

  it('counts exactly the working time asked for, and working time adds up', () => {
    fc.assert(
      fc.property(calendarIndex, edgyInstant, amountFor.working_hours, edgyInstant, (ci, received, h, other) => {
        const calendar = calendars[ci]!;
        const due = calendar.dueAfterWorkingHours(received, h);
        expect(calendar.workingTimeBetween(received, due)).toBe(Math.round(h * 3_600_000));
        const [a, b] = received <= other ? [received, other] : [other, received];
        const mid = new Date(Math.floor((a.getTime() + b.getTime()) / 2));
        expect(calendar.workingTimeBetween(a, mid) + calendar.workingTimeBetween(mid, b)).toBe(calendar.workingTimeBetween(a, b));
        expect(calendar.workingTimeBetween(b, a) + calendar.workingTimeBetween(a, b)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('N working days: exactly N working days after the effective receipt day, which is never before the receipt date', () => {
    fc.assert(
      fc.property(calendarIndex, edgyInstant, amountFor.working_days, (ci, received, n) => {
        const calendar = calendars[ci]!;
        const start = calendar.effectiveReceiptDay(received);
        expect(start >= vietnamDateOf(received)).toBe(true);
        expect(calendar.isWorkingDay(start)).toBe(true);
        const dueDay = vietnamDateOf(new Date(calendar.dueAfterWorkingDays(received, n).getTime() - 1));
        let count = 0;
        for (let d = start; d < dueDay; d = calendar.nextWorkingDay(d)) count++;
        expect(count).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the machine time zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        calendarIndex,
        edgyInstant,
        duration,
        (tz1, tz2, ci, received, d) => {
          const compute = (tz: string) => {
            process.env.TZ = tz;
            const calendar = new WorkCalendar({ schedules: decreedSchedules, workingHours: hoursOptions[ci]! });
            const due = calendar.due(received, d);
            return {
              due: due.getTime(),
              date: vietnamDateOf(received),
              working: calendar.isWorkingDay(vietnamDateOf(received)),
              elapsed: calendar.workingTimeBetween(received, due),
            };
          };
          expect(compute(tz1)).toEqual(compute(tz2));
        },
      ),
      { numRuns: 200 },
    );
  });
});
