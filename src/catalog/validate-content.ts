import { AppError } from '../shared/errors';
import { formatDuration, hasAtMostTwoDecimals, toHundredths } from './quantity';
import type { TimeUnit } from './time-unit';

/** A province may only shorten the statutory time when it publishes a procedure, never lengthen it. */
export function findDurationProblem(content: {
  readonly legalDuration: number;
  readonly publishedDuration: number;
  readonly timeUnit: TimeUnit;
}): AppError | null {
  // The database keeps two decimals; rounding silently would publish a different time.
  for (const [what, value] of [
    ['theo quy định', content.legalDuration],
    ['công bố', content.publishedDuration],
  ] as const) {
    if (!(value > 0) || !hasAtMostTwoDecimals(value)) return new AppError('DURATION_PRECISION', { what, value: String(value).replace('.', ',') });
  }
  if (toHundredths(content.publishedDuration) > toHundredths(content.legalDuration)) {
    return new AppError('PUBLISHED_DURATION_EXCEEDS_LEGAL', {
      published: formatDuration(content.publishedDuration, content.timeUnit),
      legal: formatDuration(content.legalDuration, content.timeUnit),
    });
  }
  return null;
}
