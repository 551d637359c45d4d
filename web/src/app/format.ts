/** Dates and times as Vietnamese users read them: dd/MM/yyyy and HH:mm, always in Vietnam time (UTC+7). */
const OFFSET_MS = 7 * 3_600_000;

function parts(value: string | Date) {
  const d = new Date(new Date(value).getTime() + OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return { dd: p(d.getUTCDate()), mm: p(d.getUTCMonth() + 1), yyyy: String(d.getUTCFullYear()), hh: p(d.getUTCHours()), mi: p(d.getUTCMinutes()) };
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const { dd, mm, yyyy } = parts(value);
  return `${dd}/${mm}/${yyyy}`;
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const { dd, mm, yyyy, hh, mi } = parts(value);
  return `${hh}:${mi} ${dd}/${mm}/${yyyy}`;
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export function vietnamToday(): string {
  const { dd, mm, yyyy } = parts(new Date());
  return `${yyyy}-${mm}-${dd}`;
}

/** Working time left, e.g. "còn 2 ngày 3 giờ" or "quá hạn 5 giờ" (8 working hours a day). */
export function formatWorkingLeft(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const hours = Math.round(Math.abs(ms) / 3_600_000);
  const days = Math.floor(hours / 8);
  const rest = hours % 8;
  const text = days > 0 ? `${days} ngày${rest ? ` ${rest} giờ` : ''}` : `${rest} giờ`;
  return ms < 0 ? `quá hạn ${text}` : `còn ${text}`;
}

export const numberFormat = new Intl.NumberFormat('vi-VN');
export const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
