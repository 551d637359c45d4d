import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  formatVietnamIso,
  fromVietnamParts,
  isValidDate,
  parseInstant,
  toVietnamParts,
  vietnamDateOf,
} from '../../src/calendar/vietnam-time';

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

describe('Vietnam time helpers', () => {
  it('reads the Vietnam date and time of an instant whatever the machine zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      const instant = new Date(Date.UTC(2026, 1, 12, 17, 30)); // 00:30 on 13/02 in Vietnam
      expect(vietnamDateOf(instant)).toBe('2026-02-13');
      expect(toVietnamParts(instant)).toEqual({ year: 2026, month: 2, day: 13, minuteOfDay: 30, ms: 0 });
      expect(formatVietnamIso(instant)).toBe('2026-02-13T00:30:00+07:00');
      expect(fromVietnamParts('2026-02-13', 30).getTime()).toBe(instant.getTime());
      expect(parseInstant('2026-02-13T00:30')!.getTime()).toBe(instant.getTime());
    }
  });

  it('formats with the +07:00 offset and keeps milliseconds only when present', () => {
    expect(formatVietnamIso(new Date('2026-02-23T10:00:00Z'))).toBe('2026-02-23T17:00:00+07:00');
    expect(formatVietnamIso(new Date('2026-02-23T10:00:00.250Z'))).toBe('2026-02-23T17:00:00.250+07:00');
    expect(formatVietnamIso(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01T00:00:00+07:00');
  });

  it('parses ISO instants with any offset, Z, or none (Vietnam time), and rejects nonsense', () => {
    const expected = Date.UTC(2026, 1, 13, 2, 0);
    for (const text of [
      '2026-02-13T09:00:00+07:00',
      '2026-02-13T09:00+07:00',
      '2026-02-13T09:00:00+0700',
      '2026-02-13T02:00:00Z',
      '2026-02-13T02:00:00.000z',
      '2026-02-12T21:00:00-05:00',
      '2026-02-13T09:00:00',
      '2026-02-13 09:00',
    ]) {
      expect(parseInstant(text)?.getTime(), text).toBe(expected);
    }
    expect(parseInstant('2026-02-13')?.getTime()).toBe(Date.UTC(2026, 1, 12, 17, 0));
    for (const bad of ['', 'x', '2026-02-30T09:00', '2026-13-01', '2026-02-13T25:00', '2026-02-13T09:60', '13/02/2026', '1800-01-01']) {
      expect(parseInstant(bad), bad).toBeNull();
    }
  });

  it('does date arithmetic on plain dates', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(dayOfWeek('2026-02-13')).toBe(5);
    expect(dayOfWeek('2026-04-26')).toBe(0);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
  });

  it('adds months the Civil Code way (last day of a shorter month)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', 12)).toBe('2027-05-31');
  });
});
