import { describe, expect, it } from 'vitest';
import { lastLunarMonthLength, lunarNewYear, lunarNewYearEve, lunarToSolar, solarToLunar } from '../../src/calendar/lunar';
import { ruleBasedSchedule, statutoryHolidays } from '../../src/calendar/holiday-rules';
import { decreedSchedules } from '../../src/calendar/decreed-schedules';
import { describeYear } from '../../src/calendar/describe-year';
import { shippedWorkCalendar, WorkCalendar } from '../../src/calendar/work-calendar';
import { dayOfWeek, isWeekend } from '../../src/calendar/vietnam-time';

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it('finds Tết (mùng 1) for known years', () => {
    const known: Record<number, string> = {
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
    };
    for (const [year, date] of Object.entries(known)) expect(lunarNewYear(Number(year)), year).toBe(date);
  });

  it('uses the Vietnamese calendar where it differs from the Chinese one', () => {
    // Tết Ất Sửu 1985 was on 21/01 in Vietnam but 20/02 in China; 2007: 17/02 in Vietnam, 18/02 in China;
    // 1968: 29/01 in (North) Vietnam, which had moved to UTC+7, 30/01 in China.
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(1968)).toBe('1968-01-29');
  });

  it('finds the last day of the lunar year from the length of the 12th month', () => {
    expect(lastLunarMonthLength(2024)).toBe(30); // 30 tháng Chạp Quý Mão = 09/02/2024
    expect(lunarNewYearEve(2024)).toBe('2024-02-09');
    expect(lastLunarMonthLength(2025)).toBe(29); // no 30th: 29 tháng Chạp Giáp Thìn = 28/01/2025
    expect(lunarNewYearEve(2025)).toBe('2025-01-28');
    expect(lastLunarMonthLength(2026)).toBe(29);
    expect(lunarNewYearEve(2026)).toBe('2026-02-16');
    for (let y = 1950; y <= 2100; y++) {
      const eve = solarToLunar(lunarNewYearEve(y));
      expect(eve.month, String(y)).toBe(12);
      expect(eve.day, String(y)).toBe(lastLunarMonthLength(y));
      expect(solarToLunar(lunarNewYear(y))).toEqual({ day: 1, month: 1, year: y, leap: false });
    }
  });

  it('converts Hùng Kings day (10/3 lunar) and reports missing leap months', () => {
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18');
    expect(lunarToSolar(1, 5, 2026, true)).toBeNull(); // Bính Ngọ has no leap month
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25'); // Ất Tỵ had a leap 6th month
    expect(lunarToSolar(30, 12, 2025)).toBeNull(); // tháng Chạp Ất Tỵ has 29 days
  });
});

describe('holiday rules (Labour Code 2019 Art. 112)', () => {
  it('lists the eleven statutory holidays of a year with names', () => {
    const h = statutoryHolidays(2027);
    expect(h).toHaveLength(11);
    expect(h.map((x) => x.date)).toEqual([
      '2027-01-01',
      '2027-02-05', // 29 tháng Chạp Bính Ngọ
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-09-01',
      '2027-09-02',
    ]);
    expect(h.every((x) => x.name.length > 0)).toBe(true);
    expect(h.find((x) => x.date === '2027-04-16')?.name).toContain('Giỗ Tổ Hùng Vương');
    expect(h.find((x) => x.date === '2027-02-05')?.name).toContain('29 tháng Chạp');
  });

  it('gives the next working day off for a holiday on a weekend', () => {
    const dates = (y: number) => ruleBasedSchedule(y).daysOff.map((d) => d.date);
    // 2027: mùng 1–2 Tết on Sat–Sun → Wed 10/02 and Thu 11/02 after the Tết block; 1/5 on Saturday → Mon 03/05.
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-01',
      '2027-09-02',
    ]);
    // 2022: 1/1 on Saturday → Mon 03/01; 30/4 Saturday and 1/5 Sunday → Mon 02/05 and Tue 03/05 (as decided that year).
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-01-03', '2022-05-02', '2022-05-03']));
    // 2023: 1/1 on Sunday → Mon 02/01.
    expect(dates(2023)).toContain('2023-01-02');
    // 2024: 1/9 on Sunday, 2/9 Monday → Tue 03/09.
    expect(dates(2024)).toEqual(expect.arrayContaining(['2024-09-02', '2024-09-03']));
    expect(dates(2024)).not.toContain('2024-09-01');
  });

  it('produces only weekdays off, no Saturday worked, and keeps the eleven days of rest', () => {
    for (let y = 1990; y <= 2060; y++) {
      const s = ruleBasedSchedule(y);
      expect(s.origin).toBe('rules');
      expect(s.workingSaturdays).toEqual([]);
      expect(s.daysOff.every((d) => !isWeekend(d.date) && d.date.startsWith(`${y}-`)), String(y)).toBe(true);
      expect(new Set(s.daysOff.map((d) => d.date)).size, String(y)).toBe(s.daysOff.length);
      // Each statutory holiday gives exactly one weekday off: itself, or a compensation day.
      expect(s.daysOff, String(y)).toHaveLength(11);
    }
  });
});

describe('decreed schedules shipped for 2025 and 2026', () => {
  const calendar = shippedWorkCalendar();

  it('2025: exact weekdays off and Saturdays worked', () => {
    const o = describeYear(calendar, 2025);
    expect(o.origin).toBe('decreed');
    expect(o.daysOff.map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(o.workingSaturdays.map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it('2026: exact weekdays off and Saturdays worked', () => {
    const o = describeYear(calendar, 2026);
    expect(o.daysOff.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(o.workingSaturdays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(o.holidays.find((h) => h.date === '2026-04-26')?.name).toContain('Giỗ Tổ Hùng Vương');
  });

  it('every shipped entry is well-formed and names its legal source', () => {
    for (const s of decreedSchedules) {
      expect(s.note).toMatch(/Bộ luật Lao động/);
      for (const d of s.daysOff) {
        expect(dayOfWeek(d.date), d.date).toBeGreaterThanOrEqual(1);
        expect(dayOfWeek(d.date), d.date).toBeLessThanOrEqual(5);
        expect(d.name.length).toBeGreaterThan(0);
        expect(d.note?.length ?? 0, d.date).toBeGreaterThan(0);
      }
      for (const d of s.workingSaturdays) {
        expect(dayOfWeek(d.date), d.date).toBe(6);
        expect(d.note?.length ?? 0, d.date).toBeGreaterThan(0);
      }
    }
  });

  it('replaces the rule-based result for its year only', () => {
    // The rules would give Mon 03/02/2025 (compensating mùng 4 on a Saturday); the decision moved it to 27/01.
    expect(ruleBasedSchedule(2025).daysOff.map((d) => d.date)).toContain('2025-02-03');
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-27')).toBe(false);
    expect(new WorkCalendar().isWorkingDay('2025-02-03')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(new WorkCalendar().isWorkingDay('2025-04-26')).toBe(false);
    expect(calendar.scheduleOf(2027).origin).toBe('rules');
  });

  it('counts the working days of a year', () => {
    // 2026: 261 weekdays − 13 weekdays off + 2 Saturdays worked.
    expect(describeYear(calendar, 2026).workingDayCount).toBe(250);
    // 2025: 261 weekdays − 12 + 1.
    expect(describeYear(calendar, 2025).workingDayCount).toBe(250);
  });
});
