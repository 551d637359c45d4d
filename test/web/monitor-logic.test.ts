import { describe, expect, it } from 'vitest';
import { dayLabel, isDay, lastCutoff, monthLabel, presetOf, presetRange, rangeLabel, shortMonthLabel } from '../../web/src/pages/office/reports/period';
import { agencyChartOption, agencySeries, chartedAgencies, shortAgencyName, trendChartOption, trendSeries } from '../../web/src/pages/office/dashboard/chart-options';
import { cellValue, formatRate } from '../../web/src/pages/office/reports/labels';
import { reportRoots } from '../../web/src/pages/office/reports/report-roots';
import type { DashboardMonth, DashboardRow } from '../../web/src/pages/office/reports/report-types';

const figures = (c: { early?: number; onTime?: number; late?: number; notDue?: number; overdue?: number; carried?: number }) => {
  const early = c.early ?? 0, onTime = c.onTime ?? 0, late = c.late ?? 0, notDue = c.notDue ?? 0, overdue = c.overdue ?? 0;
  const total = early + onTime + late + notDue + overdue;
  return {
    received: { total, online: 0, directOrPostal: total - (c.carried ?? 0), carriedOver: c.carried ?? 0 },
    resolved: { total: early + onTime + late, early, onTime, late },
    pending: { total: notDue + overdue, notDue, overdue },
    overdueTotal: late + overdue,
    onTimeRate: early + onTime + late === 0 ? null : (early + onTime) / (early + onTime + late),
    overdueRate: total === 0 ? null : (late + overdue) / total,
  };
};
const row = (key: string, name: string, c: Parameters<typeof figures>[0]): DashboardRow => ({ key, name, ...figures(c) });

describe('report periods of the web pages', () => {
  it('computes the presets of a day, a running period stopping today', () => {
    expect(presetRange('thisMonth', '2026-03-18')).toEqual({ from: '2026-03-01', to: '2026-03-18' });
    expect(presetRange('lastMonth', '2026-03-18')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2026-01-05')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('thisQuarter', '2026-08-20')).toEqual({ from: '2026-07-01', to: '2026-08-20' });
    expect(presetRange('thisYear', '2026-08-20')).toEqual({ from: '2026-01-01', to: '2026-08-20' });
    expect(presetRange('custom', '2026-08-20')).toBeNull();
  });

  it('gives the last closed reporting cut-off period (15th to 14th)', () => {
    expect(lastCutoff('2026-11-21')).toEqual({ from: '2026-10-15', to: '2026-11-14' });
    expect(lastCutoff('2026-11-14')).toEqual({ from: '2026-09-15', to: '2026-10-14' });
    expect(lastCutoff('2026-11-15')).toEqual({ from: '2026-10-15', to: '2026-11-14' });
    expect(lastCutoff('2026-01-03')).toEqual({ from: '2025-11-15', to: '2025-12-14' });
    expect(lastCutoff('2026-01-20')).toEqual({ from: '2025-12-15', to: '2026-01-14' });
  });

  it('recognises a preset from its dates, validates days and writes dd/MM/yyyy', () => {
    expect(presetOf({ from: '2026-03-01', to: '2026-03-18' }, '2026-03-18')).toBe('thisMonth');
    expect(presetOf({ from: '2026-02-15', to: '2026-03-14' }, '2026-03-18')).toBe('cutoff');
    expect(presetOf({ from: '2026-02-02', to: '2026-03-14' }, '2026-03-18')).toBe('custom');
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-3-01')).toBe(false);
    expect(isDay(null)).toBe(false);
    expect(dayLabel('2026-03-05')).toBe('05/03/2026');
    expect(rangeLabel({ from: '2026-03-01', to: '2026-03-31' })).toBe('từ 01/03/2026 đến 31/03/2026');
    expect(rangeLabel({ from: '2026-03-05', to: '2026-03-05' })).toBe('ngày 05/03/2026');
    expect(monthLabel('2026-03')).toBe('Tháng 3/2026');
    expect(shortMonthLabel('2026-11')).toBe('T11/26');
  });
});

describe('dashboard charts and labels', () => {
  const rows = [
    row('A', 'Ủy ban nhân dân phường Đông Kinh', { early: 3, late: 2, overdue: 1 }),
    row('B', 'Sở Xây dựng', { onTime: 9, notDue: 2 }),
    row('C', 'Sở Y tế', {}),
  ];

  it('charts the agencies with dossiers, most first, each bar series drilling to its cells', () => {
    expect(shortAgencyName('Ủy ban nhân dân phường Đông Kinh')).toBe('Phường Đông Kinh');
    expect(shortAgencyName('Sở Xây dựng')).toBe('Sở Xây dựng');
    const charted = chartedAgencies(rows);
    expect(charted.map((r) => r.key)).toEqual(['B', 'A']);
    const option = agencyChartOption(charted);
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(agencySeries.map((s) => s.name));
    // Bottom to top: the first row is drawn last.
    expect((option.yAxis as { data: string[] }).data).toEqual(['Phường Đông Kinh', 'Sở Xây dựng']);
    expect(series[0]!.data).toEqual([3, 9]);
    expect(series[1]!.data).toEqual([2, 0]);
    expect(series[3]!.data).toEqual([1, 0]);
    // Every dossier of a row is in exactly one bar: the bars add up to the row's received total.
    for (const [i, r] of [...charted].reverse().entries()) expect(series.reduce((s, x) => s + x.data[i]!, 0)).toBe(r.received.total);
    expect(agencySeries.flatMap((s) => s.cells)).toEqual(['resolved.early', 'resolved.onTime', 'resolved.late', 'pending.notDue', 'pending.overdue']);
  });

  it('draws the monthly trend with the on-time rate in percent on its own axis', () => {
    const month = (m: string, c: { online?: number; direct?: number; early?: number; onTime?: number; late?: number }): DashboardMonth => {
      const resolved = (c.early ?? 0) + (c.onTime ?? 0) + (c.late ?? 0);
      return {
        month: m,
        from: `${m}-01`,
        to: `${m}-28`,
        receivedNew: (c.online ?? 0) + (c.direct ?? 0),
        online: c.online ?? 0,
        directOrPostal: c.direct ?? 0,
        resolved,
        early: c.early ?? 0,
        onTime: c.onTime ?? 0,
        late: c.late ?? 0,
        onTimeRate: resolved === 0 ? null : ((c.early ?? 0) + (c.onTime ?? 0)) / resolved,
      };
    };
    const months = [month('2026-01', { online: 1, direct: 3, early: 1, onTime: 2, late: 1 }), month('2026-02', { direct: 3 })];
    const option = trendChartOption(months);
    const series = option.series as { name: string; data: (number | null)[]; yAxisIndex: number }[];
    expect((option.xAxis as { data: string[] }).data).toEqual(['T1/26', 'T2/26']);
    expect(series.map((s) => s.name)).toEqual(trendSeries.map((s) => s.name));
    expect(series[0]!.data).toEqual([4, 3]);
    expect(series[3]!.data).toEqual([75, null]);
    expect(series[3]!.yAxisIndex).toBe(1);
  });

  it('reads cells and formats rates in Vietnamese', () => {
    expect(cellValue(rows[0]!, 'resolved.late')).toBe(2);
    expect(cellValue(rows[0]!, 'overdueTotal')).toBe(3);
    expect(cellValue(rows[0]!, 'received.total')).toBe(6);
    expect(formatRate(0.923)).toBe('92,3%');
    expect(formatRate(null)).toBe('—');
  });

  it('finds the agency subtrees a user may report on', () => {
    const grant = (role: string, code: string | null) => ({ role, agency: code ? { code } : null });
    expect(reportRoots({ roles: [grant('monitor', 'LS')] })).toEqual(['LS']);
    expect(reportRoots({ roles: [grant('leader', 'LS-SXD'), grant('specialist', 'LS-SXD-QLXD'), grant('leader', 'LS-SXD')] })).toEqual(['LS-SXD']);
    expect(reportRoots({ roles: [grant('admin', null), grant('leader', 'LS-SXD')] })).toBeNull();
    expect(reportRoots({ roles: [grant('citizen', null)] })).toEqual([]);
    expect(reportRoots(null)).toEqual([]);
  });
});
