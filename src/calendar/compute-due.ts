import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { describeDuration, validateDuration, type Duration } from './duration';
import { loadWorkCalendar } from './load-work-calendar';
import { formatVietnamIso, parseInstant } from './vietnam-time';

export interface ComputeDueInput {
  /** ISO 8601; without an offset it is read as Vietnam time. */
  readonly receivedAt: string;
  readonly duration: Duration;
  /** Whose working hours apply; the default hours when absent. */
  readonly agencyId?: number | undefined;
}

export interface ComputedDue {
  readonly receivedAt: string;
  readonly due: string;
  readonly duration: Duration;
  readonly description: string;
  /** Working time between receipt and due, in hours. */
  readonly workingHours: number;
}

/** The due time of a processing time from a receipt instant. Public information: no actor needed. */
export async function computeDue(db: Executor, input: ComputeDueInput): Promise<ComputedDue> {
  const received = parseInstant(input.receivedAt);
  if (!received) throw new AppError('CALENDAR_INVALID_INSTANT', { value: input.receivedAt });
  const duration = validateDuration(input.duration);
  const calendar = await loadWorkCalendar(db, input.agencyId);
  const due = calendar.due(received, duration);
  return {
    receivedAt: formatVietnamIso(received),
    due: formatVietnamIso(due),
    duration: { amount: duration.amount, unit: duration.unit },
    description: describeDuration(duration),
    workingHours: Math.round((calendar.workingTimeBetween(received, due) / 3_600_000) * 100) / 100,
  };
}
