import { AppError } from '../shared/errors';

/** How a procedure's processing time is counted. */
export const durationUnits = ['working_days', 'working_hours', 'calendar_days', 'months'] as const;
export type DurationUnit = (typeof durationUnits)[number];

export const durationUnitLabels: Record<DurationUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
};

/** A processing time: whole numbers except working hours, which may be decimal (e.g. 0.5). */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** Upper bounds keep every computation short; no procedure comes close to them. */
export const durationLimits: Record<DurationUnit, { min: number; max: number }> = {
  working_days: { min: 0, max: 2000 },
  working_hours: { min: 0, max: 16_000 },
  calendar_days: { min: 1, max: 3660 },
  months: { min: 1, max: 120 },
};

/** Throws CALENDAR_INVALID_DURATION unless the duration can be computed. */
export function validateDuration(duration: Duration): Duration {
  const { amount, unit } = duration;
  const label = durationUnitLabels[unit];
  if (!(durationUnits as readonly string[]).includes(unit)) {
    throw new AppError('CALENDAR_INVALID_DURATION', { detail: `đơn vị "${String(unit)}" không được hỗ trợ` });
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new AppError('CALENDAR_INVALID_DURATION', { detail: 'số lượng phải là một số' });
  }
  if (unit !== 'working_hours' && !Number.isInteger(amount)) {
    throw new AppError('CALENDAR_INVALID_DURATION', { detail: `số ${label} phải là số nguyên` });
  }
  const { min, max } = durationLimits[unit];
  if (amount < min || amount > max) {
    throw new AppError('CALENDAR_INVALID_DURATION', { detail: `số ${label} phải từ ${min} đến ${max}` });
  }
  return duration;
}

export function describeDuration(duration: Duration): string {
  const amount = String(duration.amount).replace('.', ',');
  return `${amount} ${durationUnitLabels[duration.unit]}`;
}
