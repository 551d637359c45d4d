/** Date pickers hold dayjs values; the API speaks YYYY-MM-DD. Only calendar dates here, no instants. */
import dayjs, { type Dayjs } from 'dayjs';
// Registers the Vietnamese month and weekday names the pickers show (antd's vi_VN locale uses them).
import 'dayjs/locale/vi';

export const DATE_FORMAT = 'DD/MM/YYYY';

export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value.slice(0, 10)) : null;
}

/** "01/07/2025" from "2025-07-01" without any time-zone conversion. */
export function showDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The day before, for "hết hiệu lực từ … (còn hiệu lực đến hết ngày …)". */
export function dayBefore(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! - 1));
  return date.toISOString().slice(0, 10);
}
