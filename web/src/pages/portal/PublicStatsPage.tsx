import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { BarChartOutlined, CheckCircleOutlined, ClockCircleOutlined, InboxOutlined, SmileOutlined, WarningOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { formatDate, numberFormat, vietnamToday } from '../../app/format';
import { EChart } from '../../components/charts';
import { endedMonths, formatIsoDate, monthText, provinceOf } from './portal-model';
import { useAgencyTree } from './portal-queries';
import { agencyOption, monthlyOption, monthlySummary, ratePercent, rateGaugeOption, topAgencies } from './stats-charts';
import type { LateLists } from './portal-types';
import './portal.css';

const YEARS = 5;

export default function PublicStatsPage() {
  const [params, setParams] = useSearchParams();
  const today = vietnamToday();
  const thisYear = Number(today.slice(0, 4));
  const year = Number(params.get('nam')) || thisYear;
  const months = useMemo(() => endedMonths(today, 12), [today]);
  const month = params.get('thang') && months.includes(params.get('thang')!) ? params.get('thang')! : months[0]!;
  const tree = useAgencyTree();
  const province = tree.data ? provinceOf(tree.data) : null;

  const stats = useQuery({
    queryKey: ['public-statistics', year],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/public/statistics', { params: { query: { year } } })),
  });
  const late = useQuery({
    queryKey: ['public-late-lists', province?.code, month],
    enabled: !!province,
    queryFn: async () =>
      unwrap(await api.GET('/api/public/late-lists', { params: { query: { agency: province!.code, month } } })) as unknown as LateLists,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const data = stats.data;
  const monthly = useMemo(() => (data ? monthlyOption(data.byMonth) : null), [data]);
  const agencies = useMemo(() => (data ? topAgencies(data.byAgency) : []), [data]);
  const byAgency = useMemo(() => agencyOption(agencies), [agencies]);
  const gauge = useMemo(() => rateGaugeOption(data?.total.onTimeRate ?? null), [data]);

  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <h1 className="page-title" style={{ margin: 0 }}>
          <BarChartOutlined aria-hidden /> Thống kê, công khai kết quả giải quyết hồ sơ
        </h1>
        <Select
          aria-label="Năm thống kê"
          value={year}
          style={{ width: 140 }}
          onChange={(y: number) => set('nam', String(y))}
          options={Array.from({ length: YEARS }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `Năm ${y}` }))}
        />
      </Space>
      {data && (
        <Typography.Paragraph type="secondary">
          {data.agencyName}, từ {formatIsoDate(data.from)} đến {formatIsoDate(data.to)}. Số liệu theo biểu mẫu thống kê
          của Văn phòng Chính phủ; không tính hồ sơ thử nghiệm.
        </Typography.Paragraph>
      )}

      {stats.error ? (
        <Alert type="error" showIcon title={stats.error.message} action={<Button onClick={() => void stats.refetch()}>Thử lại</Button>} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%', opacity: stats.isPlaceholderData ? 0.6 : 1 }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card title="Tỷ lệ giải quyết đúng hạn" style={{ height: '100%' }}>
                <EChart option={gauge} height={190} ariaLabel={`Tỷ lệ giải quyết đúng hạn ${ratePercent(data.total.onTimeRate)}`} />
                <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
                  {numberFormat.format(data.total.onTime)} trên {numberFormat.format(data.total.resolved)} hồ sơ đã giải quyết
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} md={16}>
              <Row gutter={[12, 12]}>
                {[
                  { title: 'Hồ sơ tiếp nhận', value: data.total.received, icon: <InboxOutlined />, color: '#2563eb', hint: `${numberFormat.format(data.total.online)} hồ sơ trực tuyến` },
                  { title: 'Đã giải quyết', value: data.total.resolved, icon: <CheckCircleOutlined />, color: '#0f766e', hint: `${numberFormat.format(data.total.onTime)} đúng hạn` },
                  { title: 'Giải quyết trễ hạn', value: data.total.late, icon: <WarningOutlined />, color: '#dc2626', hint: 'Tính theo ngày hẹn trả ban đầu' },
                  { title: 'Đang giải quyết', value: data.total.pending, icon: <ClockCircleOutlined />, color: '#d97706', hint: `${numberFormat.format(data.total.overdue)} đã quá hạn` },
                ].map((k) => (
                  <Col key={k.title} xs={12}>
                    <Card size="small" className="stat-tile">
                      <Statistic
                        title={k.title}
                        value={k.value}
                        formatter={(v) => numberFormat.format(Number(v))}
                        prefix={<span style={{ color: k.color }}>{k.icon}</span>}
                        styles={{ content: { color: k.color, fontWeight: 600 } }}
                      />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {k.hint}
                      </Typography.Text>
                    </Card>
                  </Col>
                ))}
              </Row>
            </Col>
          </Row>

          <Card title={`Kết quả giải quyết theo tháng năm ${data.year}`}>
            {data.total.received === 0 ? (
              <Empty description={`Chưa có hồ sơ nào trong năm ${data.year}.`} />
            ) : (
              monthly && <EChart option={monthly} height={340} ariaLabel={`Kết quả theo tháng: ${monthlySummary(data.byMonth)}`} />
            )}
          </Card>

          <Card title="Theo cơ quan, đơn vị">
            {agencies.length === 0 ? (
              <Empty description="Chưa có cơ quan nào tiếp nhận hồ sơ trong năm." />
            ) : (
              <>
                <EChart option={byAgency} height={Math.max(220, agencies.length * 34 + 70)} ariaLabel="Số hồ sơ đúng hạn, trễ hạn, đang giải quyết của các cơ quan" />
                <Table
                  size="small"
                  rowKey="code"
                  style={{ marginTop: 16 }}
                  scroll={{ x: 720 }}
                  pagination={data.byAgency.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                  dataSource={[...data.byAgency].sort((a, b) => b.received - a.received)}
                  columns={[
                    { title: 'Cơ quan, đơn vị', dataIndex: 'name' },
                    { title: 'Tiếp nhận', dataIndex: 'received', align: 'right', render: (v: number) => numberFormat.format(v) },
                    { title: 'Đã giải quyết', dataIndex: 'resolved', align: 'right', render: (v: number) => numberFormat.format(v) },
                    { title: 'Đúng hạn', dataIndex: 'onTime', align: 'right', render: (v: number) => numberFormat.format(v) },
                    { title: 'Trễ hạn', dataIndex: 'late', align: 'right', render: (v: number) => (v > 0 ? <Typography.Text type="danger">{numberFormat.format(v)}</Typography.Text> : 0) },
                    { title: 'Đang giải quyết', dataIndex: 'pending', align: 'right', render: (v: number) => numberFormat.format(v) },
                    { title: 'Tỷ lệ đúng hạn', dataIndex: 'onTimeRate', align: 'right', render: (v: number | null) => <b>{ratePercent(v)}</b> },
                  ]}
                />
              </>
            )}
          </Card>
        </Space>
      )}

      <Card
        style={{ marginTop: 16 }}
        title="Công khai hồ sơ, cán bộ giải quyết trễ hạn"
        extra={
          <Select
            aria-label="Tháng công khai"
            value={month}
            style={{ width: 160 }}
            onChange={(m: string) => set('thang', m)}
            options={months.map((m) => ({ value: m, label: monthText(m) }))}
          />
        }
      >
        <LateListsView query={late} />
      </Card>
    </div>
  );
}

function LateListsView({ query }: { query: { data?: LateLists | undefined; error: Error | null; isLoading: boolean; isFetching: boolean } }) {
  if (query.isLoading || (!query.data && !query.error)) return <Skeleton active />;
  if (query.error) return <Alert type="warning" showIcon title={query.error.message} />;
  const d = query.data!;
  const dossiers = d.dossiers.levels.flatMap((l) => l.rows.map((r) => ({ ...r, levelLabel: l.label })));
  const officials = d.officials.levels.flatMap((l) => l.rows.map((r, i) => ({ ...r, key: `${l.level}-${r.agencyCode}-${r.name}-${i}`, levelLabel: l.label })));
  if (d.dossiers.total === 0) {
    return <Empty image={<SmileOutlined style={{ fontSize: 48, color: '#15803d' }} />} description={`${monthText(d.month)}: không có hồ sơ giải quyết trễ hạn.`} />;
  }
  return (
    <>
      <Typography.Paragraph>
        {monthText(d.month)}: <b>{numberFormat.format(d.dossiers.total)}</b> hồ sơ giải quyết trễ hạn ({numberFormat.format(d.dossiers.actual)} trễ thực tế,{' '}
        {numberFormat.format(d.dossiers.softwareOnly)} trễ do chậm cập nhật trên hệ thống); <b>{numberFormat.format(d.officials.total)}</b> cán bộ, công chức tại{' '}
        {numberFormat.format(d.officials.units)} đơn vị có liên quan.
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'dossiers',
            label: `Hồ sơ trễ hạn (${numberFormat.format(d.dossiers.total)})`,
            children: (
              <Table
                size="small"
                rowKey="code"
                scroll={{ x: 1000 }}
                pagination={dossiers.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                dataSource={dossiers}
                columns={[
                  { title: 'Mã hồ sơ', dataIndex: 'code', render: (c: string) => <span style={{ whiteSpace: 'nowrap' }}>{c}</span> },
                  { title: 'Thủ tục', dataIndex: 'procedureName' },
                  { title: 'Đơn vị', dataIndex: 'unitName', render: (u: string, r) => `${u} (${r.levelLabel})` },
                  { title: 'Hẹn trả', dataIndex: 'dueAt', width: 110, render: (v: string) => formatDate(v) },
                  { title: 'Có kết quả', dataIndex: 'finishedAt', width: 110, render: (v: string) => formatDate(v) },
                  {
                    title: 'Loại',
                    dataIndex: 'lateness',
                    render: (l: string) => (l === 'software' ? <Tag color="gold">Chậm cập nhật trên hệ thống</Tag> : <Tag color="red">Trễ thực tế</Tag>),
                  },
                ]}
              />
            ),
          },
          {
            key: 'officials',
            label: `Cán bộ, công chức (${numberFormat.format(d.officials.total)})`,
            children: (
              <Table
                size="small"
                rowKey="key"
                scroll={{ x: 720 }}
                pagination={officials.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                dataSource={officials}
                columns={[
                  { title: 'Họ và tên', dataIndex: 'name' },
                  { title: 'Đơn vị', dataIndex: 'agencyName', render: (u: string, r) => `${u} (${r.levelLabel})` },
                  { title: 'Số hồ sơ', dataIndex: 'dossierCount', align: 'right' },
                  { title: 'Mã hồ sơ', dataIndex: 'dossierCodes', render: (codes: string[]) => codes.join(', ') },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
