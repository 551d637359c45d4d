import { formatVietnamIso, parseInstant } from '../../src/calendar/vietnam-time';

/** An instant from ISO text (Vietnam time when no offset is given); fails loudly on a typo. */
export function at(text: string): Date {
  const d = parseInstant(text);
  if (!d) throw new Error(`bad instant in test: ${text}`);
  return d;
}

export const iso = formatVietnamIso;

export const HOUR = 3_600_000;
