import { AppError } from '../shared/errors';
import { validateDuration, type Duration } from './duration';
import type { WorkCalendar } from './work-calendar';
import { addDays, daysBetween, formatVietnamIso, vietnamDateOf } from './vietnam-time';

/**
 * What a resume does to the processing time:
 * - `restart`: counted again from zero from the resume instant (supplementation: new due = due(resume, full duration));
 * - `continue`: what was left at the pause carries over.
 */
export type ClockPolicy = 'restart' | 'continue';
export const clockPolicies = ['restart', 'continue'] as const satisfies readonly ClockPolicy[];

/**
 * What is left of the processing time at a pause (`continue` policy), in the duration's own grain:
 * working time for hours, whole working days for working days (as the day-of-receipt rule counts
 * them), calendar days for calendar days and months.
 */
export type RemainingTime =
  | { readonly unit: 'working_hours'; readonly ms: number }
  | { readonly unit: 'working_days'; readonly days: number }
  | { readonly unit: 'calendar_days'; readonly days: number };

export interface ClockPause {
  readonly pausedAt: Date;
  readonly pauseReason: string;
  readonly resumedAt: Date | null;
  readonly resumeReason: string | null;
  /** The due time in force when the pause began. */
  readonly dueBefore: Date;
  /** The due time set by the resume. */
  readonly dueAfter: Date | null;
  readonly remaining: RemainingTime;
}

export interface ProcessingClock {
  readonly receivedAt: Date;
  readonly duration: Duration;
  readonly policy: ClockPolicy;
  readonly status: 'running' | 'paused';
  /** The due time; while paused, the one in force before the pause (the next one depends on the resume). */
  readonly due: Date;
  /** The due time computed at receipt. */
  readonly originalDue: Date;
  /** Calendar-day and month terms: the date the current term nominally ends (before moving off a day off). */
  readonly nominalEnd: string | null;
  readonly pauses: readonly ClockPause[];
}

export type ClockEvent =
  | { readonly kind: 'paused'; readonly at: Date; readonly reason: string }
  | { readonly kind: 'resumed'; readonly at: Date; readonly reason?: string | undefined };

export function startClock(
  calendar: WorkCalendar,
  receivedAt: Date,
  duration: Duration,
  policy: ClockPolicy = 'restart',
): ProcessingClock {
  validateDuration(duration);
  const due = calendar.due(receivedAt, duration);
  return {
    receivedAt,
    duration,
    policy,
    status: 'running',
    due,
    originalDue: due,
    nominalEnd: calendar.nominalEndDate(receivedAt, duration),
    pauses: [],
  };
}

function lastInstant(clock: ProcessingClock): Date {
  const last = clock.pauses[clock.pauses.length - 1];
  return last ? (last.resumedAt ?? last.pausedAt) : clock.receivedAt;
}

function requireNotBefore(at: Date, before: Date, what: string, previous: string): void {
  if (at.getTime() < before.getTime()) {
    throw new AppError('CALENDAR_CLOCK_TIME_BEFORE', {
      what,
      at: formatVietnamIso(at),
      previous,
      before: formatVietnamIso(before),
    });
  }
}

function remainingAt(calendar: WorkCalendar, clock: ProcessingClock, at: Date): RemainingTime {
  switch (clock.duration.unit) {
    case 'working_hours':
      return { unit: 'working_hours', ms: Math.max(0, calendar.workingTimeBetween(at, clock.due)) };
    case 'working_days': {
      // Working days after the pause day up to the due day, the pause day counted like a receipt day
      // (after hours or on a day off it is the next working day), so the resume day mirrors it.
      const dueDay = vietnamDateOf(clock.due);
      let days = 0;
      for (let d = calendar.nextWorkingDay(calendar.effectiveReceiptDay(at)); d <= dueDay; d = calendar.nextWorkingDay(d)) {
        days++;
      }
      return { unit: 'working_days', days };
    }
    case 'calendar_days':
    case 'months': {
      const end = clock.nominalEnd ?? vietnamDateOf(clock.due);
      return { unit: 'calendar_days', days: Math.max(0, daysBetween(vietnamDateOf(at), end)) };
    }
  }
}

/** Stops the clock (e.g. a supplementation request); the reason is kept with the pause. */
export function pauseClock(calendar: WorkCalendar, clock: ProcessingClock, at: Date, reason: string): ProcessingClock {
  if (clock.status === 'paused') throw new AppError('CALENDAR_CLOCK_ALREADY_PAUSED');
  requireNotBefore(at, lastInstant(clock), 'tạm dừng', clock.pauses.length ? 'tiếp tục lần trước' : 'tiếp nhận');
  const pause: ClockPause = {
    pausedAt: at,
    pauseReason: reason,
    resumedAt: null,
    resumeReason: null,
    dueBefore: clock.due,
    dueAfter: null,
    remaining: remainingAt(calendar, clock, at),
  };
  return { ...clock, status: 'paused', pauses: [...clock.pauses, pause] };
}

/** Restarts the clock (e.g. the complete supplement arrived) and sets the new due time by the policy. */
export function resumeClock(calendar: WorkCalendar, clock: ProcessingClock, at: Date, reason?: string): ProcessingClock {
  const pause = clock.pauses[clock.pauses.length - 1];
  if (clock.status !== 'paused' || !pause) throw new AppError('CALENDAR_CLOCK_NOT_PAUSED');
  requireNotBefore(at, pause.pausedAt, 'tiếp tục', 'tạm dừng');
  let due: Date;
  let nominalEnd: string | null;
  if (clock.policy === 'restart') {
    due = calendar.due(at, clock.duration);
    nominalEnd = calendar.nominalEndDate(at, clock.duration);
  } else {
    const r = pause.remaining;
    switch (r.unit) {
      case 'working_hours':
        due = calendar.addWorkingTime(at, r.ms);
        nominalEnd = null;
        break;
      case 'working_days':
        due = calendar.dueAfterWorkingDays(at, r.days);
        nominalEnd = null;
        break;
      case 'calendar_days':
        nominalEnd = addDays(vietnamDateOf(at), r.days);
        due = calendar.endOfWorkingDay(calendar.workingDayOnOrAfter(nominalEnd));
        break;
    }
  }
  const resumed: ClockPause = { ...pause, resumedAt: at, resumeReason: reason ?? null, dueAfter: due };
  return { ...clock, status: 'running', due, nominalEnd, pauses: [...clock.pauses.slice(0, -1), resumed] };
}

/** Replays stored pause/resume events onto a new clock. */
export function replayClock(
  calendar: WorkCalendar,
  start: { receivedAt: Date; duration: Duration; policy?: ClockPolicy },
  events: readonly ClockEvent[],
): ProcessingClock {
  let clock = startClock(calendar, start.receivedAt, start.duration, start.policy ?? 'restart');
  for (const e of events) {
    clock = e.kind === 'paused' ? pauseClock(calendar, clock, e.at, e.reason) : resumeClock(calendar, clock, e.at, e.reason);
  }
  return clock;
}

/**
 * Working time (ms) left before the due time, for "time left" displays: negative once overdue.
 * While paused it is frozen at the pause; under `restart` it is the full duration again, unknown
 * until the resume, so null.
 */
export function workingTimeLeft(calendar: WorkCalendar, clock: ProcessingClock, now: Date): number | null {
  if (clock.status === 'running') return calendar.workingTimeBetween(now, clock.due);
  if (clock.policy === 'restart') return null;
  const pause = clock.pauses[clock.pauses.length - 1]!;
  return calendar.workingTimeBetween(pause.pausedAt, pause.dueBefore);
}
