import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Alert, Card, Empty, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../../api/client';
import { formatDateTime, numberFormat } from '../../../app/format';
import { DossierFigureList } from './DrillDrawer';
import { ExportButtons } from './ExportButtons';
import { queryString } from './fetch-json';
import { rangeLabel, type PeriodRange } from './period';
import type { DrillItem } from './report-types';

/**
 * Late "only in the software": the result was signed by the due time but closed in the system after
 * it (domain reference; the same rule as the server's late lists).
 */
const softwareOnly = (d: DrillItem) => d.resultSignedAt !== null && d.dueAt !== null && d.resultSignedAt <= d.dueAt;

/** Dossiers resolved late in the period: form 06's "resolved late" cell, paged, with the official exports. */
export function LateDossiersTab({ agency, range }: { agency: string; range: PeriodRange }) {
  const query = queryString({ agency, from: range.from, to: range.to });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          Hồ sơ giải quyết quá hạn {rangeLabel(range)}. Bản Excel, Word chia theo cấp (phụ lục 04–06) và phân biệt trễ thực tế với trễ do chậm thao tác trên hệ
          thống.
        </Typography.Text>
        <ExportButtons url={`/api/reports/late-dossiers?${query}`} fileName={`ho-so-tre-han-${agency}-${range.from}-${range.to}`} />
      </Space>
      <Card size="small">
        <DossierFigureList
          target={{ title: 'Hồ sơ giải quyết quá hạn', agency, from: range.from, to: range.to, cells: ['resolved.late'] }}
          extra={(d) => (softwareOnly(d) ? <Tag color="gold">Chậm thao tác trên hệ thống</Tag> : null)}
        />
      </Card>
    </Space>
  );
}

/** Officials who overran their own step of a late dossier, by level, with the official exports. */
export function LateOfficialsTab({ agency, range }: { agency: string; range: PeriodRange }) {
  const query = { agency, from: range.from, to: range.to };
  const list = useQuery({
    queryKey: ['late-officials', query],
    queryFn: async () => unwrap(await api.GET('/api/reports/views/late-officials', { params: { query } })),
  });
  const data = list.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          Cán bộ, công chức giữ bước xử lý quá thời hạn của chính bước đó trong các hồ sơ giải quyết quá hạn {rangeLabel(range)} (phụ lục 01–03).
        </Typography.Text>
        <ExportButtons url={`/api/reports/late-officials?${queryString(query)}`} fileName={`can-bo-tre-han-${agency}-${range.from}-${range.to}`} />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      {list.isLoading && <Skeleton active />}
      {data && (
        <>
          <Space size="large" wrap>
            <Statistic title="Cán bộ, công chức" value={data.officials} formatter={(v) => numberFormat.format(Number(v))} />
            <Statistic title="Đơn vị" value={data.units} formatter={(v) => numberFormat.format(Number(v))} />
          </Space>
          {data.levels.length === 0 && (
            <Card>
              <Empty description="Không có cán bộ nào giải quyết trễ hạn trong kỳ này." />
            </Card>
          )}
          {data.levels.map((level) => (
            <Card key={level.level} size="small" title={`${level.label}: ${level.officials} cán bộ, ${level.units} đơn vị`}>
              <Table
                size="small"
                rowKey={(r) => `${r.name}-${r.agencyCode}-${r.dossierCodes[0] ?? ''}`}
                dataSource={level.rows}
                pagination={level.rows.length > 20 ? { pageSize: 20 } : false}
                scroll={{ x: 720 }}
                expandable={{
                  expandedRowRender: (r) => (
                    <Table
                      size="small"
                      rowKey={(s) => `${s.dossierCode}-${s.stepName}`}
                      pagination={false}
                      dataSource={r.steps}
                      columns={[
                        { title: 'Hồ sơ', dataIndex: 'dossierCode', render: (c: string) => <Link to={`/can-bo/ho-so/${encodeURIComponent(c)}`}>{c}</Link> },
                        { title: 'Bước xử lý', dataIndex: 'stepName' },
                        { title: 'Hạn của bước', dataIndex: 'dueAt', render: (v: string) => formatDateTime(v) },
                        { title: 'Hoàn thành bước', dataIndex: 'completedAt', render: (v: string | null) => (v ? formatDateTime(v) : <Tag>Chưa hoàn thành</Tag>) },
                      ]}
                    />
                  ),
                }}
                columns={[
                  { title: 'STT', width: 56, render: (_: unknown, __: unknown, i: number) => i + 1 },
                  { title: 'Họ và tên', dataIndex: 'name', width: 200 },
                  { title: 'Đơn vị', dataIndex: 'agencyName' },
                  { title: 'Số hồ sơ trễ hạn', dataIndex: 'dossierCount', align: 'right', width: 130 },
                  {
                    title: 'Mã hồ sơ',
                    dataIndex: 'dossierCodes',
                    render: (codes: string[]) => (
                      <Space size={[4, 4]} wrap>
                        {codes.slice(0, 6).map((c) => (
                          <Link key={c} to={`/can-bo/ho-so/${encodeURIComponent(c)}`}>
                            {c}
                          </Link>
                        ))}
                        {codes.length > 6 && <Typography.Text type="secondary">và {codes.length - 6} hồ sơ khác</Typography.Text>}
                      </Space>
                    ),
                  },
                ]}
              />
            </Card>
          ))}
        </>
      )}
    </Space>
  );
}
