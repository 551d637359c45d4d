import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Grid, Skeleton, Space, Spin, Typography } from 'antd';
import { FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { vietnamToday } from '../../app/format';
import { EChart } from '../../components/charts';
import { KpiCards } from './dashboard/KpiCards';
import { FigureTable } from './dashboard/FigureTable';
import { agencyChartHeight, agencyChartOption, agencySeries, chartedAgencies, trendChartOption, trendSeries } from './dashboard/chart-options';
import './dashboard/dashboard.css';
import { AgencyTreeSelect, useReportAgencies } from './reports/AgencyTreeSelect';
import { DrillDrawer, type DrillTarget } from './reports/DrillDrawer';
import { PresetSelect, RangeInput } from './reports/PeriodPicker';
import { isDay, monthLabel, presetRange, rangeLabel, type PeriodRange } from './reports/period';

const PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'cutoff', 'custom'] as const;

/** Monitoring dashboard: an agency subtree over a period, every figure opening its dossiers. */
export default function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const today = vietnamToday();
  const agencies = useReportAgencies();
  const agency = params.get('agency') ?? agencies.defaultAgency;
  const fallback = presetRange('thisMonth', today)!;
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const range: PeriodRange = isDay(fromParam) && isDay(toParam) && fromParam <= toParam ? { from: fromParam, to: toParam } : fallback;
  const [drill, setDrill] = useState<DrillTarget | null>(null);

  const update = useCallback(
    (patch: Partial<PeriodRange & { agency: string }>) =>
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

  const dashboard = useQuery({
    queryKey: ['dashboard', agency, range.from, range.to],
    enabled: agency !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/reports/dashboard', { params: { query: { agency: agency!, ...range } } })),
  });
  const data = dashboard.data;
  const charted = useMemo(() => chartedAgencies(data?.byChild ?? []), [data]);
  const wide = Grid.useBreakpoint().md ?? true;
  const compact = !wide;
  const agencyOption = useMemo(() => agencyChartOption(charted, compact), [charted, compact]);
  const trendOption = useMemo(() => trendChartOption(data?.months ?? []), [data]);
  const open = (target: Omit<DrillTarget, 'agency' | 'from' | 'to'> & Partial<PeriodRange>) =>
    data && setDrill({ agency: data.agency, from: data.from, to: data.to, ...target });

  const empty = data !== undefined && data.total.received.total === 0;
  return (
    <div className="page">
      <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          Giám sát, điều hành
        </h1>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => void dashboard.refetch()} loading={dashboard.isFetching}>
            Làm mới
          </Button>
          <Button
            icon={<FileTextOutlined />}
            onClick={() => void navigate(`/can-bo/bao-cao?${new URLSearchParams({ ...(agency ? { agency } : {}), ...range }).toString()}`)}
          >
            Báo cáo chi tiết
          </Button>
        </Space>
      </Space>
      {data && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {data.agencyName}, {rangeLabel(data)}. Bấm vào một số liệu để xem các hồ sơ.
        </Typography.Paragraph>
      )}

      <Card size="small" className="mc-dash-filters no-print">
        <Form layout={wide ? 'inline' : 'vertical'} style={{ rowGap: 8 }}>
          <Form.Item label="Cơ quan, đơn vị" htmlFor="dash-agency">
            <AgencyTreeSelect id="dash-agency" value={agency} onChange={setAgency} options={agencies.options} loading={agencies.isLoading} />
          </Form.Item>
          <Form.Item label="Kỳ" htmlFor="dash-preset">
            <PresetSelect id="dash-preset" value={range} today={today} presets={PRESETS} onChange={update} />
          </Form.Item>
          <Form.Item label="Thời gian" htmlFor="dash-range">
            <RangeInput id="dash-range" value={range} today={today} onChange={update} />
          </Form.Item>
        </Form>
      </Card>

      {(agencies.error ?? dashboard.error) && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={(agencies.error ?? dashboard.error)!.message} />}
      {!data && dashboard.isLoading && <Skeleton active paragraph={{ rows: 10 }} />}
      {!agency && !agencies.isLoading && !agencies.error && (
        <Empty description="Tài khoản chưa được giao theo dõi cơ quan nào. Hãy liên hệ quản trị hệ thống." />
      )}

      {data && (
        <Spin spinning={dashboard.isFetching && dashboard.isPlaceholderData} description="Đang tính số liệu…">
          <KpiCards total={data.total} onOpen={(k) => open({ title: data.agencyName, cells: k.cells })} />
          {empty ? (
            <Card>
              <Empty description="Không có hồ sơ nào trong kỳ này. Hãy chọn kỳ dài hơn (ví dụ: Năm nay) hoặc một cơ quan khác." />
            </Card>
          ) : (
            <>
              <div className="mc-dash-grid2">
                <Card title="Kết quả theo đơn vị" size="small" extra={charted.length < data.byChild.length ? <Typography.Text type="secondary">{charted.length} đơn vị nhiều hồ sơ nhất</Typography.Text> : null}>
                  {charted.length === 0 ? (
                    <Empty description="Các đơn vị trực thuộc chưa có hồ sơ trong kỳ." />
                  ) : (
                    <EChart
                      option={agencyOption}
                      height={agencyChartHeight(charted.length)}
                      ariaLabel="Biểu đồ kết quả giải quyết theo đơn vị: đúng hạn, quá hạn, đang giải quyết"
                      onClick={(e) => {
                        const row = charted[charted.length - 1 - e.dataIndex];
                        const series = agencySeries[e.seriesIndex];
                        if (row && series) open({ title: row.name, by: 'child', row: row.key, cells: series.cells });
                      }}
                    />
                  )}
                </Card>
                <Card title="Diễn biến theo tháng" size="small">
                  <EChart
                    option={trendOption}
                    height={Math.max(320, agencyChartHeight(charted.length))}
                    ariaLabel="Biểu đồ đường: hồ sơ tiếp nhận, đã giải quyết, quá hạn và tỷ lệ đúng hạn theo tháng"
                    onClick={(e) => {
                      const month = data.months[e.dataIndex];
                      const series = trendSeries[e.seriesIndex];
                      if (month && series) open({ title: monthLabel(month.month), from: month.from, to: month.to, cells: series.cells });
                    }}
                  />
                </Card>
              </div>
              <div className="mc-dash-grid2even">
                <Card title="Thủ tục có nhiều hồ sơ quá hạn nhất" size="small">
                  <FigureTable
                    ranked
                    heading="Thủ tục"
                    rows={data.worstProcedures}
                    emptyText="Không có thủ tục nào có hồ sơ quá hạn trong kỳ."
                    onOpen={({ row, cells }) => open({ title: row.name, by: 'procedure', row: row.key, cells })}
                  />
                </Card>
                <Card title="Đơn vị có nhiều hồ sơ quá hạn nhất" size="small">
                  <FigureTable
                    ranked
                    heading="Đơn vị"
                    rows={data.worstUnits}
                    emptyText="Không có đơn vị nào có hồ sơ quá hạn trong kỳ."
                    onOpen={({ row, cells }) => open({ title: row.name, by: 'agency', row: row.key, cells })}
                  />
                </Card>
              </div>
              <Card title="Số liệu theo đơn vị trực thuộc" size="small">
                <FigureTable
                  heading="Đơn vị"
                  rows={data.byChild}
                  emptyText="Cơ quan này không có đơn vị trực thuộc."
                  onOpen={({ row, cells }) => open({ title: row.name, by: 'child', row: row.key, cells })}
                />
              </Card>
            </>
          )}
        </Spin>
      )}
      <DrillDrawer target={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
