import { chartColors, type EChartOption } from '../../../components/charts/options';
import { formatRate } from '../reports/labels';
import { monthLabel, shortMonthLabel } from '../reports/period';
import type { DashboardMonth, DashboardRow, ReportCell } from '../reports/report-types';

const numbers = new Intl.NumberFormat('vi-VN');

/** "Ủy ban nhân dân phường Đông Kinh" → "Phường Đông Kinh": the axis has little room. */
export function shortAgencyName(name: string): string {
  const short = name.replace(/^Ủy ban nhân dân\s+/i, '');
  return short.charAt(0).toLocaleUpperCase('vi') + short.slice(1);
}

/** The bars of the by-agency chart, each with the form 06 cells it drills down to. */
export const agencySeries: { name: string; color: string; cells: ReportCell[]; value: (r: DashboardRow) => number }[] = [
  { name: 'Giải quyết trước hạn, đúng hạn', color: chartColors.early, cells: ['resolved.early', 'resolved.onTime'], value: (r) => r.resolved.early + r.resolved.onTime },
  { name: 'Giải quyết quá hạn', color: chartColors.late, cells: ['resolved.late'], value: (r) => r.resolved.late },
  { name: 'Đang giải quyết trong hạn', color: chartColors.pending, cells: ['pending.notDue'], value: (r) => r.pending.notDue },
  { name: 'Đang giải quyết quá hạn', color: chartColors.overdue, cells: ['pending.overdue'], value: (r) => r.pending.overdue },
];

/** Agencies with dossiers, most first, at most `limit` of them (the table lists them all). */
export function chartedAgencies(rows: readonly DashboardRow[], limit = 15): DashboardRow[] {
  return rows
    .filter((r) => r.received.total > 0)
    .sort((a, b) => b.received.total - a.received.total)
    .slice(0, limit);
}

/** Horizontal stacked bars, one per agency (top to bottom, most dossiers first). */
export function agencyChartOption(rows: readonly DashboardRow[], compact = false): EChartOption {
  const shown = [...rows].reverse();
  return {
    color: agencySeries.map((s) => s.color),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => numbers.format(Number(v)) },
    legend: { bottom: 0, itemGap: 12, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: 24, top: 8, bottom: compact ? 76 : 52, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((r) => shortAgencyName(r.name)),
      axisLabel: { width: compact ? 96 : 170, overflow: 'truncate' },
    },
    series: agencySeries.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'total',
      barMaxWidth: 22,
      emphasis: { focus: 'series' },
      cursor: 'pointer',
      data: shown.map((r) => s.value(r)),
    })),
  };
}

/** Pixel height that gives each agency's bar room to breathe. */
export function agencyChartHeight(count: number): number {
  return Math.max(260, 100 + count * 30);
}

/** The trend lines and what each drills down to within its month. */
export const trendSeries: { name: string; color: string; cells: ReportCell[]; value: (m: DashboardMonth) => number | null }[] = [
  { name: 'Tiếp nhận mới', color: chartColors.received, cells: ['received.online', 'received.directOrPostal'], value: (m) => m.receivedNew },
  { name: 'Đã giải quyết', color: chartColors.resolved, cells: ['resolved.total'], value: (m) => m.resolved },
  { name: 'Giải quyết quá hạn', color: chartColors.late, cells: ['resolved.late'], value: (m) => m.late },
  {
    name: 'Tỷ lệ đúng hạn',
    color: chartColors.rate,
    cells: ['resolved.early', 'resolved.onTime', 'resolved.late'],
    value: (m) => (m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10),
  },
];

/** Month by month: counts on the left axis, the on-time rate (%) on the right one. */
export function trendChartOption(months: readonly DashboardMonth[]): EChartOption {
  const rateIndex = trendSeries.length - 1;
  return {
    color: trendSeries.map((s) => s.color),
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const month = months[list[0]?.dataIndex ?? 0];
        const lines = list.map((p) => {
          const value = p.seriesIndex === rateIndex ? formatRate(month?.onTimeRate) : numbers.format(Number(p.value ?? 0));
          return `${typeof p.marker === 'string' ? p.marker : ''} ${p.seriesName ?? ''}: <b>${value}</b>`;
        });
        return [month ? monthLabel(month.month) : '', ...lines].join('<br/>');
      },
    },
    legend: { bottom: 0, itemGap: 12, textStyle: { fontSize: 12 } },
    grid: { left: 8, right: 8, top: 36, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => shortMonthLabel(m.month)), boundaryGap: months.length === 1 },
    yAxis: [
      { type: 'value', minInterval: 1, name: 'Hồ sơ', nameTextStyle: { align: 'left' } },
      { type: 'value', min: 0, max: 100, name: '%', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: trendSeries.map((s, i) => ({
      type: 'line',
      name: s.name,
      yAxisIndex: i === rateIndex ? 1 : 0,
      smooth: true,
      symbolSize: 9,
      showAllSymbol: true,
      cursor: 'pointer',
      connectNulls: true,
      lineStyle: i === rateIndex ? { type: 'dashed', width: 2 } : { width: 3 },
      areaStyle: i === 0 ? { opacity: 0.08 } : undefined,
      data: months.map((m) => s.value(m)),
    })),
  };
}
