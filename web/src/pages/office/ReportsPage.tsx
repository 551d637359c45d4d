import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, Form, Grid, Tabs } from 'antd';
import { vietnamToday } from '../../app/format';
import { AgencyTreeSelect, useReportAgencies } from './reports/AgencyTreeSelect';
import { LateDossiersTab, LateOfficialsTab } from './reports/LateTabs';
import { MonthlyNoticeTab } from './reports/MonthlyNoticeTab';
import { PresetSelect, RangeInput } from './reports/PeriodPicker';
import { SnapshotsTab } from './reports/SnapshotsTab';
import { StandardReportTab } from './reports/StandardReportTab';
import { groupingOptions } from './reports/labels';
import { isDay, presetRange, type PeriodRange } from './reports/period';
import type { Grouping } from './reports/report-types';

const PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'cutoff', 'custom'] as const;
const TABS = ['mau-06', 'ho-so-tre-han', 'can-bo-tre-han', 'thong-bao-thang', 'da-cong-bo'] as const;
type TabKey = (typeof TABS)[number];

/** Reports: the standard report, late lists, the monthly notice and published snapshots. */
export default function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const today = vietnamToday();
  const agencies = useReportAgencies();
  const wide = Grid.useBreakpoint().md ?? true;
  const agency = params.get('agency') ?? agencies.defaultAgency;
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const range: PeriodRange =
    isDay(fromParam) && isDay(toParam) && fromParam <= toParam ? { from: fromParam, to: toParam } : presetRange('lastMonth', today)!;
  const byParam = params.get('by');
  const by: Grouping = groupingOptions.some((o) => o.value === byParam) ? (byParam as Grouping) : 'child';
  const tabParam = params.get('tab');
  const tab: TabKey = TABS.includes(tabParam as TabKey) ? (tabParam as TabKey) : 'mau-06';

  const update = useCallback(
    (patch: Record<string, string>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) next.set(k, v);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setAgency = useCallback((code: string) => update({ agency: code }), [update]);
  // The monthly notice has its own month.
  const showPeriod = tab !== 'thong-bao-thang';

  return (
    <div className="page">
      <h1 className="page-title">Báo cáo thống kê</h1>
      <Card size="small" style={{ marginBottom: 16 }} className="no-print">
        <Form layout={wide ? 'inline' : 'vertical'} style={{ rowGap: 8 }}>
          <Form.Item label="Cơ quan, đơn vị" htmlFor="report-agency">
            <AgencyTreeSelect id="report-agency" value={agency} onChange={setAgency} options={agencies.options} loading={agencies.isLoading} />
          </Form.Item>
          {showPeriod && (
            <>
              <Form.Item label="Kỳ báo cáo" htmlFor="report-preset">
                <PresetSelect id="report-preset" value={range} today={today} presets={PRESETS} onChange={(r) => update({ ...r })} />
              </Form.Item>
              <Form.Item label="Thời gian" htmlFor="report-range">
                <RangeInput id="report-range" value={range} today={today} onChange={(r) => update({ ...r })} />
              </Form.Item>
            </>
          )}
        </Form>
      </Card>
      {agencies.error && <Alert type="error" showIcon title={agencies.error.message} />}
      {!agency && !agencies.isLoading && !agencies.error && (
        <Empty description="Tài khoản chưa được giao theo dõi cơ quan nào. Hãy liên hệ quản trị hệ thống." />
      )}
      {agency && (
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key })}
          destroyOnHidden
          items={[
            {
              key: 'mau-06',
              label: 'Báo cáo mẫu 06',
              children: <StandardReportTab agency={agency} range={range} by={by} onByChange={(b) => update({ by: b })} />,
            },
            { key: 'ho-so-tre-han', label: 'Hồ sơ trễ hạn', children: <LateDossiersTab agency={agency} range={range} /> },
            { key: 'can-bo-tre-han', label: 'Cán bộ trễ hạn', children: <LateOfficialsTab agency={agency} range={range} /> },
            { key: 'thong-bao-thang', label: 'Thông báo hằng tháng', children: <MonthlyNoticeTab agency={agency} today={today} /> },
            { key: 'da-cong-bo', label: 'Báo cáo đã công bố', children: <SnapshotsTab agency={agency} range={range} by={by} today={today} /> },
          ]}
        />
      )}
    </div>
  );
}
