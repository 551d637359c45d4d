import { dayOfWeek, formatMinutes, toVietnamParts, vietnamDateOf } from './vietnam-time';

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export function weekdayName(date: string): string {
  return weekdayNames[dayOfWeek(date)]!;
}

/** `Thứ Sáu 13/02/2026`. */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${weekdayName(date)} ${d}/${m}/${y}`;
}

/** `09:00 Thứ Sáu 13/02/2026` in Vietnam time. */
export function formatInstantVi(instant: Date): string {
  return `${formatMinutes(toVietnamParts(instant).minuteOfDay)} ${formatDateVi(vietnamDateOf(instant))}`;
}
