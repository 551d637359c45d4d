import { describe, expect, it } from 'vitest';
import { shippedWorkCalendar, WorkCalendar } from '../../src/calendar/work-calendar';
import { decreedSchedules } from '../../src/calendar/decreed-schedules';
import { AppError } from '../../src/shared/errors';
import { at, HOUR, iso } from './helpers';

const cal = shippedWorkCalendar();
const days = (received: string, n: number) => iso(cal.dueAfterWorkingDays(at(received), n));
const hours = (received: string, n: number) => iso(cal.dueAfterWorkingHours(at(received), n));
const calendarDays = (received: string, n: number) => iso(cal.dueAfterCalendarDays(at(received), n));
const months = (received: string, n: number) => iso(cal.dueAfterMonths(at(received), n));

describe('working days', () => {
  it('Tết 2026: received Fri 13/02 09:00 with 3 working days → end of Wed 25/02', () => {
    expect(days('2026-02-13T09:00:00+07:00', 3)).toBe('2026-02-25T17:00:00+07:00');
    expect(iso(cal.due(at('2026-02-13T02:00:00Z'), { amount: 3, unit: 'working_days' }))).toBe('2026-02-25T17:00:00+07:00');
  });

  it('does not count the day of receipt, even when received before opening hours', () => {
    expect(days('2026-03-02T06:00', 1)).toBe('2026-03-03T17:00:00+07:00');
    expect(days('2026-03-02T12:00', 1)).toBe('2026-03-03T17:00:00+07:00'); // lunch break
    expect(days('2026-03-02T16:59:59', 1)).toBe('2026-03-03T17:00:00+07:00');
  });

  it('after the end of working hours counts as received the next working day', () => {
    expect(days('2026-02-13T17:30', 3)).toBe('2026-02-26T17:00:00+07:00');
    expect(days('2026-02-13T17:00', 3)).toBe('2026-02-26T17:00:00+07:00');
    expect(days('2026-03-02T23:59', 1)).toBe('2026-03-04T17:00:00+07:00');
  });

  it('on a weekend or holiday counts as received the next working day', () => {
    expect(days('2026-02-14T10:00', 3)).toBe('2026-02-26T17:00:00+07:00'); // Saturday in the Tết break
    expect(days('2026-02-17T10:00', 1)).toBe('2026-02-24T17:00:00+07:00'); // mùng 1 Tết
    // Hùng Kings on Sunday 26/04/2026, off on Monday 27/04: counts from Tue 28/04.
    expect(days('2026-04-26T10:00', 1)).toBe('2026-04-29T17:00:00+07:00');
  });

  it('skips holidays and uses worked Saturdays', () => {
    expect(days('2026-04-29T09:00', 1)).toBe('2026-05-04T17:00:00+07:00'); // 30/4, 1/5, weekend
    expect(days('2026-01-09T10:00', 1)).toBe('2026-01-10T17:00:00+07:00'); // Saturday 10/01 worked
    expect(days('2026-01-10T10:00', 1)).toBe('2026-01-12T17:00:00+07:00'); // received on that Saturday
    expect(days('2026-08-21T10:00', 2)).toBe('2026-08-24T17:00:00+07:00'); // Sat 22/08 worked
    expect(days('2026-08-28T10:00', 1)).toBe('2026-09-03T17:00:00+07:00'); // National Day 31/08–02/09
    expect(days('2025-12-31T10:00', 1)).toBe('2026-01-05T17:00:00+07:00'); // 01/01 and 02/01/2026
  });

  it('zero working days means the end of the (effective) day of receipt', () => {
    expect(days('2026-01-05T10:00', 0)).toBe('2026-01-05T17:00:00+07:00');
    expect(days('2026-01-05T18:00', 0)).toBe('2026-01-06T17:00:00+07:00');
  });

  it('ends at the agency’s own end of working hours', () => {
    const own = new WorkCalendar({
      schedules: decreedSchedules,
      workingHours: { periods: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }] },
    });
    expect(iso(own.dueAfterWorkingDays(at('2026-02-13T17:10'), 3))).toBe('2026-02-25T17:30:00+07:00');
    expect(iso(own.dueAfterWorkingDays(at('2026-02-13T17:30'), 3))).toBe('2026-02-26T17:30:00+07:00');
  });

  it('rejects fractional, negative or absurd counts with a typed error', () => {
    for (const n of [1.5, -1, 100_000, Number.NaN]) {
      expect(() => cal.dueAfterWorkingDays(at('2026-01-05T10:00'), n)).toThrow(AppError);
    }
    expect(() => cal.due(at('2026-01-05T10:00'), { amount: 2.5, unit: 'working_days' })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_DURATION', status: 400 }),
    );
  });
});

describe('working hours', () => {
  it('adds working time across the lunch break', () => {
    expect(hours('2026-01-05T10:00', 2)).toBe('2026-01-05T13:30:00+07:00');
    expect(hours('2026-01-05T11:15', 0.5)).toBe('2026-01-05T13:15:00+07:00');
    expect(hours('2026-01-05T10:30', 1)).toBe('2026-01-05T11:30:00+07:00'); // ends exactly at the break
    expect(hours('2026-01-05T07:30', 8)).toBe('2026-01-05T17:00:00+07:00');
  });

  it('adds working time overnight and across days off', () => {
    expect(hours('2026-01-05T16:00', 2)).toBe('2026-01-06T08:30:00+07:00');
    expect(hours('2026-02-13T16:00', 2.5)).toBe('2026-02-23T09:00:00+07:00'); // over the Tết break
    expect(hours('2026-01-09T16:00', 2)).toBe('2026-01-10T08:30:00+07:00'); // into a worked Saturday
    expect(hours('2026-01-05T09:00', 24)).toBe('2026-01-08T09:00:00+07:00');
  });

  it('starts at the next working period when received outside hours', () => {
    expect(hours('2026-01-05T12:00', 1)).toBe('2026-01-05T14:00:00+07:00');
    expect(hours('2026-01-05T18:00', 1)).toBe('2026-01-06T08:30:00+07:00');
    expect(hours('2026-01-05T05:00', 1)).toBe('2026-01-05T08:30:00+07:00');
    expect(hours('2026-02-15T10:00', 1)).toBe('2026-02-23T08:30:00+07:00');
  });

  it('supports decimal hours to the minute and below', () => {
    expect(hours('2026-01-05T08:00', 0.25)).toBe('2026-01-05T08:15:00+07:00');
    expect(hours('2026-01-05T08:00', 1.75)).toBe('2026-01-05T09:45:00+07:00');
    expect(hours('2026-01-05T08:00', 0.001)).toBe('2026-01-05T08:00:03.600+07:00');
  });

  it('measures working time between two instants, negative when reversed', () => {
    expect(cal.workingTimeBetween(at('2026-01-05T10:00'), at('2026-01-05T14:00'))).toBe(2.5 * HOUR);
    expect(cal.workingTimeBetween(at('2026-01-05T14:00'), at('2026-01-05T10:00'))).toBe(-2.5 * HOUR);
    expect(cal.workingTimeBetween(at('2026-02-13T16:00'), at('2026-02-23T09:00'))).toBe(2.5 * HOUR);
    expect(cal.workingTimeBetween(at('2026-01-03T00:00'), at('2026-01-04T23:00'))).toBe(0); // weekend
    expect(cal.workingTimeBetween(at('2026-01-05T00:00'), at('2026-01-12T00:00'))).toBe(6 * 8 * HOUR); // incl. Sat 10/01
    expect(cal.isWithinWorkingHours(at('2026-01-05T11:29'))).toBe(true);
    expect(cal.isWithinWorkingHours(at('2026-01-05T11:30'))).toBe(false);
    expect(cal.isWithinWorkingHours(at('2026-01-03T09:00'))).toBe(false);
  });
});

describe('calendar days and months', () => {
  it('adds calendar days to the receipt date; an end on a day off moves to the next working day', () => {
    expect(calendarDays('2026-03-02T10:00', 10)).toBe('2026-03-12T17:00:00+07:00');
    expect(calendarDays('2026-02-10T10:00', 5)).toBe('2026-02-23T17:00:00+07:00'); // Sun 15/02, then Tết
    expect(calendarDays('2026-04-20T10:00', 6)).toBe('2026-04-28T17:00:00+07:00'); // Sun 26/04, off Mon 27/04
    expect(calendarDays('2026-01-03T10:00', 7)).toBe('2026-01-10T17:00:00+07:00'); // Sat 10/01 is worked
    expect(calendarDays('2026-01-04T10:00', 7)).toBe('2026-01-12T17:00:00+07:00'); // Sun 11/01
  });

  it('adds months, clamping to the end of a shorter month, then moves off days off', () => {
    expect(months('2026-01-31T10:00', 1)).toBe('2026-03-02T17:00:00+07:00'); // Sat 28/02
    expect(months('2024-01-31T10:00', 1)).toBe('2024-02-29T17:00:00+07:00'); // leap year, a Thursday
    expect(months('2026-03-30T10:00', 1)).toBe('2026-05-04T17:00:00+07:00'); // 30/04, 01/05, weekend
    expect(months('2025-12-17T10:00', 2)).toBe('2026-02-23T17:00:00+07:00'); // 17/02/2026 is mùng 1 Tết
    expect(months('2026-07-22T10:00', 1)).toBe('2026-08-22T17:00:00+07:00'); // a worked Saturday
  });

  it('requires at least one calendar day or month', () => {
    expect(() => cal.dueAfterCalendarDays(at('2026-01-05T10:00'), 0)).toThrow(AppError);
    expect(() => cal.dueAfterMonths(at('2026-01-05T10:00'), 0)).toThrow(AppError);
  });
});

describe('early / on time / late', () => {
  const due = at('2026-02-25T17:00');
  it('judges against the due instant and the due day', () => {
    expect(cal.judgeCompletion(at('2026-02-24T16:00'), due)).toBe('early');
    expect(cal.judgeCompletion(at('2026-02-21T10:00'), due)).toBe('early'); // a Saturday before
    expect(cal.judgeCompletion(at('2026-02-25T00:00'), due)).toBe('on_time');
    expect(cal.judgeCompletion(at('2026-02-25T17:00'), due)).toBe('on_time');
    expect(cal.judgeCompletion(new Date(due.getTime() + 1), due)).toBe('late');
    expect(cal.isEarly(at('2026-02-24T23:59'), due)).toBe(true);
    expect(cal.isEarly(at('2026-02-25T08:00'), due)).toBe(false);
  });
});

describe('working days and schedules', () => {
  it('knows working days, next working days and bad input', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(cal.workingDayOnOrAfter('2026-02-13')).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(cal.periodsOn('2026-02-16')).toEqual([]);
    expect(cal.periodsOn('2026-02-13').map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ['2026-02-13T07:30:00+07:00', '2026-02-13T11:30:00+07:00'],
      ['2026-02-13T13:00:00+07:00', '2026-02-13T17:00:00+07:00'],
    ]);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }));
    expect(() => cal.isWorkingDay('2300-01-02')).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_OUT_OF_RANGE' }));
  });

  it('rejects invalid working hours', () => {
    const bad = [
      [],
      [{ start: '08:00', end: '07:00' }],
      [{ start: '8:00', end: '11:00' }],
      [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }],
      [{ start: '13:00', end: '17:00' }, { start: '07:30', end: '11:30' }],
      [{ start: '08:00', end: '24:30' }],
    ];
    for (const periods of bad) {
      expect(() => new WorkCalendar({ workingHours: { periods } }), JSON.stringify(periods)).toThrow(
        expect.objectContaining({ code: 'CALENDAR_INVALID_WORKING_HOURS' }),
      );
    }
  });

  it('terminates on schedules without working days: skips a fully-off year, reports two', () => {
    const allWeekdaysOff = (year: number) => {
      const daysOff: { date: string; name: string }[] = [];
      for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
        const dow = d.getUTCDay();
        if (dow >= 1 && dow <= 5) daysOff.push({ date: d.toISOString().slice(0, 10), name: 'nghỉ' });
      }
      return { year, origin: 'edited' as const, daysOff, workingSaturdays: [] };
    };
    const oneYear = new WorkCalendar({ schedules: [allWeekdaysOff(2030)] });
    expect(oneYear.nextWorkingDay('2030-01-01')).toBe('2031-01-02'); // 01/01/2031 is a holiday
    expect(iso(oneYear.dueAfterWorkingHours(at('2030-06-01T10:00'), 1))).toBe('2031-01-02T08:30:00+07:00');
    const twoYears = new WorkCalendar({ schedules: [allWeekdaysOff(2030), allWeekdaysOff(2031)] });
    expect(() => twoYears.nextWorkingDay('2030-01-01')).toThrow(expect.objectContaining({ code: 'CALENDAR_NO_WORKING_DAY' }));
    expect(() => twoYears.dueAfterWorkingHours(at('2030-01-01T10:00'), 1)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_NO_WORKING_DAY' }),
    );
  });
});
