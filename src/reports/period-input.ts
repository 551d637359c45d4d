import { AppError } from '../shared/errors';
import { checkPeriod, presetPeriod, type Period, type PeriodPreset } from './periods';

/** How a caller names a period: explicit dates, or a preset of a year (CLI options, query strings). */
export interface PeriodInput {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly period?: PeriodPreset | undefined;
  readonly year?: number | undefined;
  readonly index?: number | undefined;
}

/** Exactly one way must be used: from and to, or a preset with its year (index 1 when omitted). */
export function resolvePeriodInput(input: PeriodInput): Period {
  const dates = input.from !== undefined || input.to !== undefined;
  if (input.period !== undefined) {
    if (dates || input.year === undefined) throw new AppError('REPORT_PERIOD_REQUIRED');
    return presetPeriod(input.period, input.year, input.index ?? 1);
  }
  if (input.from === undefined || input.to === undefined || input.year !== undefined || input.index !== undefined) {
    throw new AppError('REPORT_PERIOD_REQUIRED');
  }
  return checkPeriod({ from: input.from, to: input.to });
}
