import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shippedWorkCalendar } from '../../src/calendar/work-calendar';
import {
  pauseClock,
  replayClock,
  resumeClock,
  startClock,
  workingTimeLeft,
  type ClockEvent,
} from '../../src/calendar/processing-clock';
import type { Duration } from '../../src/calendar/duration';
import { at, HOUR, iso } from './helpers';

const cal = shippedWorkCalendar();
const fiveDays: Duration = { amount: 5, unit: 'working_days' };
const eightHours: Duration = { amount: 8, unit: 'working_hours' };

describe('processing clock: pause and resume', () => {
  it('restart: the full processing time counts again from the resume instant', () => {
    // Mon 05/01/2026 + 5 working days: 06, 07, 08, 09 and the worked Saturday 10/01.
    let clock = startClock(cal, at('2026-01-05T09:00'), fiveDays, 'restart');
    expect(iso(clock.due)).toBe('2026-01-10T17:00:00+07:00');
    clock = pauseClock(cal, clock, at('2026-01-07T10:00'), 'Yêu cầu bổ sung giấy tờ');
    expect(clock.status).toBe('paused');
    expect(workingTimeLeft(cal, clock, at('2026-01-08T10:00'))).toBeNull();
    clock = resumeClock(cal, clock, at('2026-01-12T14:00'), 'Đã nhận đủ hồ sơ bổ sung');
    expect(clock.status).toBe('running');
    expect(iso(clock.due)).toBe('2026-01-19T17:00:00+07:00');
    expect(iso(clock.due)).toBe(iso(cal.due(at('2026-01-12T14:00'), fiveDays)));
    expect(iso(clock.originalDue)).toBe('2026-01-10T17:00:00+07:00');
    expect(clock.pauses).toHaveLength(1);
    expect(clock.pauses[0]).toMatchObject({
      pauseReason: 'Yêu cầu bổ sung giấy tờ',
      resumeReason: 'Đã nhận đủ hồ sơ bổ sung',
    });
    expect(iso(clock.pauses[0]!.dueBefore)).toBe('2026-01-10T17:00:00+07:00');
    expect(iso(clock.pauses[0]!.dueAfter!)).toBe('2026-01-19T17:00:00+07:00');
  });

  it('continue, working days: the working days left carry over', () => {
    let clock = startClock(cal, at('2026-01-05T09:00'), fiveDays, 'continue');
    clock = pauseClock(cal, clock, at('2026-01-07T10:00'), 'Chờ ý kiến cơ quan phối hợp');
    expect(clock.pauses[0]!.remaining).toEqual({ unit: 'working_days', days: 3 }); // 08, 09, Sat 10
    clock = resumeClock(cal, clock, at('2026-01-12T14:00'));
    expect(iso(clock.due)).toBe('2026-01-15T17:00:00+07:00');
    expect(clock.pauses[0]!.resumeReason).toBeNull();
  });

  it('continue, working days: pausing and resuming the same day changes nothing', () => {
    const start = startClock(cal, at('2026-01-05T09:00'), fiveDays, 'continue');
    const paused = pauseClock(cal, start, at('2026-01-07T10:00'), 'x');
    expect(resumeClock(cal, paused, at('2026-01-07T15:00')).due).toEqual(start.due);
  });

  it('continue, working hours: the working time left carries over', () => {
    let clock = startClock(cal, at('2026-01-05T09:00'), eightHours, 'continue');
    expect(iso(clock.due)).toBe('2026-01-06T09:00:00+07:00');
    clock = pauseClock(cal, clock, at('2026-01-05T14:00'), 'Yêu cầu bổ sung');
    expect(clock.pauses[0]!.remaining).toEqual({ unit: 'working_hours', ms: 4.5 * HOUR });
    expect(workingTimeLeft(cal, clock, at('2026-01-20T10:00'))).toBe(4.5 * HOUR); // frozen while paused
    clock = resumeClock(cal, clock, at('2026-01-07T08:00'), 'Đã bổ sung');
    expect(iso(clock.due)).toBe('2026-01-07T14:00:00+07:00');
    expect(workingTimeLeft(cal, clock, at('2026-01-07T10:00'))).toBe(2.5 * HOUR);
    expect(workingTimeLeft(cal, clock, at('2026-01-07T15:00'))).toBe(-1 * HOUR);
  });

  it('restart, working hours: the full time again from the resume', () => {
    let clock = startClock(cal, at('2026-01-05T09:00'), eightHours, 'restart');
    clock = pauseClock(cal, clock, at('2026-01-05T14:00'), 'Yêu cầu bổ sung');
    clock = resumeClock(cal, clock, at('2026-01-07T08:00'), 'Đã bổ sung');
    expect(iso(clock.due)).toBe('2026-01-08T08:00:00+07:00');
  });

  it('continue, calendar days and months: the calendar days left carry over', () => {
    let clock = startClock(cal, at('2026-03-02T10:00'), { amount: 10, unit: 'calendar_days' }, 'continue');
    expect(iso(clock.due)).toBe('2026-03-12T17:00:00+07:00');
    clock = pauseClock(cal, clock, at('2026-03-05T10:00'), 'Chờ xác minh');
    expect(clock.pauses[0]!.remaining).toEqual({ unit: 'calendar_days', days: 7 });
    clock = resumeClock(cal, clock, at('2026-03-20T09:00'));
    expect(iso(clock.due)).toBe('2026-03-27T17:00:00+07:00');

    // 1 month from 30/03 nominally ends on 30/04 (a holiday, so due Mon 04/05); the 20 days left
    // at a pause on 10/04 carry over from the resume on 20/04 → 10/05 (Sunday) → Mon 11/05.
    let m = startClock(cal, at('2026-03-30T10:00'), { amount: 1, unit: 'months' }, 'continue');
    expect(iso(m.due)).toBe('2026-05-04T17:00:00+07:00');
    m = pauseClock(cal, m, at('2026-04-10T10:00'), 'x');
    expect(m.pauses[0]!.remaining).toEqual({ unit: 'calendar_days', days: 20 });
    m = resumeClock(cal, m, at('2026-04-20T10:00'));
    expect(iso(m.due)).toBe('2026-05-11T17:00:00+07:00');
  });

  it('a pause after the due time leaves nothing to carry over', () => {
    let clock = startClock(cal, at('2026-01-05T09:00'), { amount: 1, unit: 'working_days' }, 'continue');
    clock = pauseClock(cal, clock, at('2026-01-08T09:00'), 'x');
    expect(clock.pauses[0]!.remaining).toEqual({ unit: 'working_days', days: 0 });
    clock = resumeClock(cal, clock, at('2026-01-09T09:00'));
    expect(iso(clock.due)).toBe('2026-01-09T17:00:00+07:00');
  });

  it('refuses impossible sequences with typed errors', () => {
    const clock = startClock(cal, at('2026-01-05T09:00'), fiveDays);
    expect(() => resumeClock(cal, clock, at('2026-01-06T09:00'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_CLOCK_NOT_PAUSED' }),
    );
    expect(() => pauseClock(cal, clock, at('2026-01-05T08:00'), 'x')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_CLOCK_TIME_BEFORE' }),
    );
    const paused = pauseClock(cal, clock, at('2026-01-06T09:00'), 'x');
    expect(() => pauseClock(cal, paused, at('2026-01-07T09:00'), 'y')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_CLOCK_ALREADY_PAUSED' }),
    );
    expect(() => resumeClock(cal, paused, at('2026-01-06T08:59'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_CLOCK_TIME_BEFORE', status: 400 }),
    );
    const resumed = resumeClock(cal, paused, at('2026-01-08T09:00'));
    expect(() => pauseClock(cal, resumed, at('2026-01-07T09:00'), 'z')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_CLOCK_TIME_BEFORE' }),
    );
  });

  it('replays stored events with several pauses', () => {
    const events: ClockEvent[] = [
      { kind: 'paused', at: at('2026-01-06T10:00'), reason: 'Bổ sung lần 1' },
      { kind: 'resumed', at: at('2026-01-12T09:00'), reason: 'Đã bổ sung' },
      { kind: 'paused', at: at('2026-01-13T07:45'), reason: 'Chờ phối hợp' },
      { kind: 'resumed', at: at('2026-01-14T09:00') },
    ];
    const sixteenHours: Duration = { amount: 16, unit: 'working_hours' };
    const clock = replayClock(cal, { receivedAt: at('2026-01-05T09:00'), duration: sixteenHours, policy: 'continue' }, events);
    // 6.5 h on 05/01, 8 h on 06/01, 1.5 h on 07/01 → due 07/01 09:00.
    expect(iso(clock.originalDue)).toBe('2026-01-07T09:00:00+07:00');
    expect(clock.pauses.map((p) => p.pauseReason)).toEqual(['Bổ sung lần 1', 'Chờ phối hợp']);
    // Left at 06/01 10:00: 1.5 + 4 + 1.5 = 7 h; from 12/01 09:00 → 6.5 h that day, 0.5 h on 13/01 → 08:00.
    expect(clock.pauses[0]!.remaining).toEqual({ unit: 'working_hours', ms: 7 * HOUR });
    expect(iso(clock.pauses[0]!.dueAfter!)).toBe('2026-01-13T08:00:00+07:00');
    expect(clock.pauses[1]!.remaining).toEqual({ unit: 'working_hours', ms: 0.25 * HOUR });
    expect(iso(clock.due)).toBe('2026-01-14T09:15:00+07:00');
    // Replaying gives the same clock as applying the steps one by one.
    let stepwise = startClock(cal, at('2026-01-05T09:00'), sixteenHours, 'continue');
    for (const e of events) {
      stepwise = e.kind === 'paused' ? pauseClock(cal, stepwise, e.at, e.reason) : resumeClock(cal, stepwise, e.at, e.reason);
    }
    expect(stepwise).toEqual(clock);
  });

  it('under continue, pausing never shortens the time and resuming right away changes nothing (working hours)', () => {
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 30 * 24 }), fc.integer({ min: 0, max: 20 * 24 }), (r, h, pauseAfterH, pauseForH) => {
        const clock = startClock(cal, r, { amount: h, unit: 'working_hours' }, 'continue');
        const pausedAt = new Date(r.getTime() + pauseAfterH * HOUR);
        const resumedAt = new Date(pausedAt.getTime() + pauseForH * HOUR);
        const paused = pauseClock(cal, clock, pausedAt, 'x');
        const resumed = resumeClock(cal, paused, resumedAt);
        expect(resumed.due.getTime()).toBeGreaterThanOrEqual(Math.min(clock.due.getTime(), resumedAt.getTime()));
        if (pausedAt.getTime() < clock.due.getTime()) {
          expect(resumed.due.getTime()).toBeGreaterThanOrEqual(clock.due.getTime());
          // Working time before the pause plus after the resume is the full duration.
          const used = cal.workingTimeBetween(r, pausedAt) + cal.workingTimeBetween(resumedAt, resumed.due);
          expect(used).toBe(h * HOUR);
        }
        if (pauseForH === 0) expect(resumed.due.getTime()).toBe(Math.max(clock.due.getTime(), cal.addWorkingTime(pausedAt, 0).getTime()));
      }),
      { numRuns: 200 },
    );
  });
});
