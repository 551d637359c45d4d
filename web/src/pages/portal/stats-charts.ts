// Chart options of the public statistics: pure functions of the API's figures, unit-tested.
import type { EChartOption } from '../../components/charts/options';
import { chartColors } from '../../components/charts/options';

export interface Figures {
  received: number;
  receivedNew: number;
  resolved: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  onTimeRate: number | null;
}

/** What a month of the public statistics carries (the API sends no pending figures per month). */
export type MonthFigures = Pick<Figures, 'receivedNew' | 'onTime' | 'late' | 'onTimeRate'> & { month: string };

const count = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A 0–1 ratio as "97,25%"; none reads "—". */
export function ratePercent(rate: number | null): string {
  return rate === null ? '—' : `${percent.format(Math.round(rate * 10_000) / 100)}%`;
}

/** "Ủy ban nhân dân phường Đông Kinh" → "UBND phường Đông Kinh": long names do not fit an axis. */
export function shortAgencyName(name: string): string {
  return name.replace(/^Ủy ban nhân dân\s+/i, 'UBND ').replace(/^Trung tâm Phục vụ hành chính công/i, 'TT Phục vụ HCC');
}

/** "2026-03" → "T3/2026". */
export function monthAxisLabel(month: string): string {
  const [y, m] = month.split('-');
  return `T${Number(m)}/${y}`;
}

/** Month by month: resolved on time and late as stacked bars, new receipts as a line, the on-time rate on the right axis. */
export function monthlyOption(months: readonly MonthFigures[]): EChartOption {
  return {
    color: [chartColors.onTime, chartColors.late, chartColors.received, chartColors.rate],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => monthAxisLabel(m.month)) },
    yAxis: [
      { type: 'value', name: 'Hồ sơ', minInterval: 1 },
      { type: 'value', name: 'Tỷ lệ', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: 'Giải quyết đúng hạn', type: 'bar', stack: 'resolved', data: months.map((m) => m.onTime), barMaxWidth: 36 },
      { name: 'Giải quyết trễ hạn', type: 'bar', stack: 'resolved', data: months.map((m) => m.late), barMaxWidth: 36 },
      { name: 'Tiếp nhận mới', type: 'line', data: months.map((m) => m.receivedNew), symbolSize: 6 },
      {
        name: 'Tỷ lệ đúng hạn (%)',
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => (m.onTimeRate === null ? null : Math.round(m.onTimeRate * 10_000) / 100)),
        symbolSize: 6,
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

/** The agencies with most dossiers first, at most `limit`, for a horizontal bar chart. */
export function topAgencies<T extends Figures>(rows: readonly T[], limit = 12): T[] {
  return [...rows].filter((r) => r.received > 0).sort((a, b) => b.received - a.received).slice(0, limit);
}

/** By agency: resolved on time, late and still pending, stacked horizontally, biggest on top. */
export function agencyOption(rows: readonly (Figures & { name: string })[]): EChartOption {
  const shown = [...rows].reverse();
  return {
    color: [chartColors.onTime, chartColors.late, chartColors.pending],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => shortAgencyName(r.name)), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { name: 'Đúng hạn', type: 'bar', stack: 'all', data: shown.map((r) => r.onTime), barMaxWidth: 22 },
      { name: 'Trễ hạn', type: 'bar', stack: 'all', data: shown.map((r) => r.late), barMaxWidth: 22 },
      { name: 'Đang giải quyết', type: 'bar', stack: 'all', data: shown.map((r) => r.pending), barMaxWidth: 22 },
    ],
  };
}

/** The share resolved on time, as a gauge from 0 to 100%. */
export function rateGaugeOption(rate: number | null): EChartOption {
  const value = rate === null ? 0 : Math.round(rate * 10_000) / 100;
  return {
    series: [
      {
        type: 'gauge',
        startAngle: 200,
        endAngle: -20,
        min: 0,
        max: 100,
        progress: { show: true, width: 14, itemStyle: { color: value >= 90 ? chartColors.early : value >= 70 ? chartColors.overdue : chartColors.late } },
        axisLine: { lineStyle: { width: 14 } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: { valueAnimation: false, offsetCenter: [0, '5%'], fontSize: 26, fontWeight: 700, formatter: () => ratePercent(rate) },
        data: [{ value }],
      },
    ],
  };
}

/** Text for screen readers next to a chart: the same figures in words. */
export function monthlySummary(months: readonly MonthFigures[]): string {
  return months
    .map((m) => `${monthAxisLabel(m.month)}: ${count.format(m.onTime)} đúng hạn, ${count.format(m.late)} trễ hạn, tỷ lệ ${ratePercent(m.onTimeRate)}`)
    .join('; ');
}
