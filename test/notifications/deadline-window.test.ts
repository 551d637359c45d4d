import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shippedWorkCalendar } from '../../src/calendar/work-calendar';
import { parseInstant } from '../../src/calendar/vietnam-time';
import { isDueSoon, warningHorizon, warningLeadMs } from '../../src/notifications/deadline-window';
import { deadlineMessage } from '../../src/notifications/deadline-messages';
import { notificationKinds } from '../../src/notifications/notification-kinds';

function at(text: string): Date {
  const d = parseInstant(text);
  if (!d) throw new Error(`bad instant ${text}`);
  return d;
}

const calendar = shippedWorkCalendar();
// A unit working 08:00–12:00 and 13:30–15:30: a 6-hour working day.
const shortDays = shippedWorkCalendar({ periods: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '15:30' }] });

describe('due within one working day', () => {
  it('a step due Monday morning is due soon on Friday afternoon, across the weekend', () => {
    expect(isDueSoon(calendar, at('2026-03-13T15:00'), at('2026-03-16T09:00'))).toBe(true);
    // Friday morning: 8 h of Friday plus 1.5 h of Monday is more than one working day.
    expect(isDueSoon(calendar, at('2026-03-13T08:00'), at('2026-03-16T09:00'))).toBe(false);
  });

  it('a due three working days away is not', () => {
    expect(isDueSoon(calendar, at('2026-03-13T15:00'), at('2026-03-18T17:00'))).toBe(false);
    expect(isDueSoon(calendar, at('2026-03-16T08:00'), at('2026-03-19T08:00'))).toBe(false);
  });

  it('counts Tết days off as non-working: Friday before Tết warns for the Monday after it', () => {
    // 2026: Tết off Monday 16 to Friday 20 February.
    expect(isDueSoon(calendar, at('2026-02-13T15:00'), at('2026-02-23T09:00'))).toBe(true);
    expect(isDueSoon(calendar, at('2026-02-13T15:00'), at('2026-02-24T09:00'))).toBe(false);
  });

  it('a passed due is overdue, not due soon; a due right now is still due soon', () => {
    expect(isDueSoon(calendar, at('2026-03-16T09:00'), at('2026-03-16T08:59'))).toBe(false);
    expect(isDueSoon(calendar, at('2026-03-16T09:00'), at('2026-03-16T09:00'))).toBe(true);
  });

  it("uses the calendar's own working day: 6 hours for a unit with short days", () => {
    expect(warningLeadMs(calendar, at('2026-03-16T09:00'))).toBe(8 * 3_600_000);
    expect(warningLeadMs(shortDays, at('2026-03-16T09:00'))).toBe(6 * 3_600_000);
    // Monday 08:00 to Tuesday 09:00: 6 h + 1 h with short days, more than their working day.
    expect(isDueSoon(shortDays, at('2026-03-16T08:00'), at('2026-03-17T09:00'))).toBe(false);
    expect(isDueSoon(shortDays, at('2026-03-16T09:00'), at('2026-03-17T09:00'))).toBe(true);
    // Monday 07:30 to Tuesday 07:55: a full short day (Tuesday starts at 08:00), but 8 h 25 min usually.
    expect(isDueSoon(shortDays, at('2026-03-16T07:30'), at('2026-03-17T07:55'))).toBe(true);
    expect(isDueSoon(calendar, at('2026-03-16T07:30'), at('2026-03-17T07:55'))).toBe(false);
  });

  it('the horizon after Friday 17:00 runs to the start of Tuesday (Monday is the one working day)', () => {
    expect(warningHorizon(calendar, at('2026-03-13T17:00')).toISOString()).toBe(at('2026-03-17T07:30').toISOString());
    expect(warningHorizon(calendar, at('2026-03-16T09:00')).toISOString()).toBe(at('2026-03-17T09:00').toISOString());
  });

  it('property: a due is due soon exactly when it lies between now and the horizon', () => {
    const base = at('2026-01-01T00:00').getTime();
    const span = 400 * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: -3 * 86_400_000, max: 20 * 86_400_000 }),
        fc.boolean(),
        (offset, ahead, short) => {
          const cal = short ? shortDays : calendar;
          const now = new Date(base + offset);
          const due = new Date(now.getTime() + ahead);
          const horizon = warningHorizon(cal, now);
          const expected = due.getTime() >= now.getTime() && due.getTime() <= horizon.getTime();
          expect(isDueSoon(cal, now, due)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('deadline messages', () => {
  it('name the dossier, the step and the due time in Vietnam time, in Vietnamese', () => {
    const m = deadlineMessage({
      kind: 'step_due_soon',
      dossierCode: 'LS-TTPVHCC-260313-0001',
      stepName: 'Thẩm định hồ sơ',
      dueAt: at('2026-03-16T09:00'),
      procedureName: 'Thủ tục cấp giấy phép xây dựng',
    });
    expect(m.title).toBe('Bước "Thẩm định hồ sơ" của hồ sơ LS-TTPVHCC-260313-0001 sắp đến hạn');
    expect(m.body).toContain('09:00 Thứ Hai 16/03/2026');
    expect(m.body).toContain('(Thủ tục cấp giấy phép xây dựng)');
  });

  it('every kind has its own title', () => {
    const titles = notificationKinds.map(
      (kind) => deadlineMessage({ kind, dossierCode: 'X-1', stepName: 'B', dueAt: at('2026-03-16T09:00'), procedureName: null }).title,
    );
    expect(new Set(titles).size).toBe(notificationKinds.length);
    expect(titles.filter((t) => t.includes('quá hạn'))).toHaveLength(2);
  });
});
