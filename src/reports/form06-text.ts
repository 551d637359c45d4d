import type { Figures } from './form06-figures';
import type { Period } from './periods';
import { viNumber, viPercent } from './vi-numbers';

/** Vietnamese wording of the standard report, without I/O and whatever the machine's locale or TZ. */

/** `16/02/2026` from `2026-02-16`. */
export function viDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** `Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026`. */
export function periodLine(p: Period): string {
  return `Kỳ báo cáo: từ ngày ${viDay(p.from)} đến ngày ${viDay(p.to)}`;
}

/** Hundredths of a percent of `part` in `whole`, rounded half up; null when the whole is empty. */
export function basisPoints(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 10_000) / whole + 0.5);
}

export interface Form06Rates {
  /** (early + on time) ÷ resolved, in basis points; null when nothing was resolved. */
  readonly onTime: number | null;
  /** The complement, so that the two printed rates add up to exactly 100,00%. */
  readonly late: number | null;
  /** New online dossiers ÷ all new dossiers; null when none was received in the period. */
  readonly online: number | null;
}

export function ratesOf(f: Figures): Form06Rates {
  const onTime = basisPoints(f.resolved.early + f.resolved.onTime, f.resolved.total);
  const fresh = f.received.online + f.received.directOrPostal;
  return { onTime, late: onTime === null ? null : 10_000 - onTime, online: basisPoints(f.received.online, fresh) };
}

/**
 * The summary paragraph of the report, worded as the provincial notices are (seed 000): counts with
 * thousands separators and the on-time rate with two decimals.
 */
export function summaryText(agencyName: string, period: Period, f: Figures): string {
  const r = ratesOf(f);
  const parts = [
    `Trong kỳ báo cáo (từ ngày ${viDay(period.from)} đến ngày ${viDay(period.to)}), ${agencyName} và các đơn vị trực thuộc ` +
      `tiếp nhận giải quyết ${viNumber(f.received.total)} hồ sơ thủ tục hành chính (số kỳ trước chuyển qua: ${viNumber(f.received.carriedOver)}; ` +
      `số mới tiếp nhận trực tuyến: ${viNumber(f.received.online)}; số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích: ` +
      `${viNumber(f.received.directOrPostal)}${r.online === null ? '' : `; tỷ lệ tiếp nhận trực tuyến: ${viPercent(r.online)}`}).`,
    r.onTime === null || r.late === null
      ? 'Trong kỳ chưa có hồ sơ nào được giải quyết.'
      : `Đã giải quyết ${viNumber(f.resolved.total)} hồ sơ, trong đó trước hạn và đúng hạn ${viNumber(f.resolved.early + f.resolved.onTime)} hồ sơ ` +
        `(trước hạn ${viNumber(f.resolved.early)}, đúng hạn ${viNumber(f.resolved.onTime)}), chiếm tỷ lệ ${viPercent(r.onTime)}; ` +
        `quá hạn ${viNumber(f.resolved.late)} hồ sơ, chiếm tỷ lệ ${viPercent(r.late)}.`,
    `Đang giải quyết ${viNumber(f.pending.total)} hồ sơ (chưa đến hạn ${viNumber(f.pending.notDue)}; quá hạn ${viNumber(f.pending.overdue)}).`,
    `Tổng số hồ sơ quá hạn (đã giải quyết và đang giải quyết): ${viNumber(f.overdueTotal)} hồ sơ.`,
  ];
  return parts.join(' ');
}

/** `Lạng Sơn, ngày 05 tháng 04 năm 2026` from a Vietnam date `2026-04-05`. */
export function datelineOf(place: string, date: string): string {
  const [y, m, d] = date.split('-');
  return `${place || '……'}, ngày ${d} tháng ${m} năm ${y}`;
}

const provincePrefixes = [/^(ủy|uỷ) ban nhân dân\s+/i, /^ubnd\s+/i, /^(tỉnh|thành phố|tp\.?)\s+/i];

/** The locality on the date line from the province's name: `Ủy ban nhân dân tỉnh Lạng Sơn` → `Lạng Sơn`. */
export function placeOf(provinceName: string): string {
  let name = provinceName.trim();
  for (const re of provincePrefixes) name = name.replace(re, '');
  return name.trim();
}
