import { timeUnitLabels, type TimeUnit } from './time-unit';

/**
 * Durations are stored with two decimals (numeric(10,2)); arithmetic runs on integer hundredths so
 * that 0.1 + 0.2 sums exactly.
 */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

export function fromHundredths(value: number): number {
  return value / 100;
}

/** True when `value` has at most two decimals (what the database keeps). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** `part` as a percentage of `whole`, rounded half up to two decimals; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  const p = toHundredths(part);
  const w = toHundredths(whole);
  if (w === 0) return null;
  return Math.round((p * 10000) / w) / 100;
}

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1652 → "1.652", 9.5 → "9,5": numbers as Vietnamese readers write them. */
export function formatNumber(value: number): string {
  return vietnameseNumber.format(value);
}

export function formatDuration(value: number, unit: TimeUnit): string {
  return `${formatNumber(value)} ${timeUnitLabels[unit]}`;
}
