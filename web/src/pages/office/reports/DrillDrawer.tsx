import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Empty, Grid, Segmented, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, download, unwrap } from '../../../api/client';
import { formatDateTime, numberFormat } from '../../../app/format';
import { cellLabels, channelLabels, outcomeLabels } from './labels';
import { rangeLabel } from './period';
import type { DrillItem, DrillQuery, Grouping, ReportCell } from './report-types';

/** A figure to open: the report it belongs to (root, period, grouping, row) and its cell(s). */
export interface DrillTarget {
  /** What the figure is about, e.g. the row's name or "Toàn tỉnh". */
  title: string;
  agency: string;
  from: string;
  to: string;
  by?: Grouping;
  /** The row key as the report shows it; omitted = the total row. */
  row?: string;
  /** One cell, or several to choose from (e.g. early and on time). */
  cells: ReportCell[];
}

const PAGE_SIZES = [20, 50, 100];

function drillQuery(target: DrillTarget, cell: ReportCell, page: number, pageSize: number): DrillQuery {
  return {
    agency: target.agency,
    from: target.from,
    to: target.to,
    cell,
    page,
    pageSize,
    ...(target.by ? { by: target.by } : {}),
    ...(target.row !== undefined ? { row: target.row } : {}),
  };
}

const late = (d: DrillItem) => d.dueAt !== null && d.finishedAt !== null && d.finishedAt > d.dueAt;

/** The dossiers behind a figure, paged by the server, each linking to its dossier page. */
export function DrillDrawer({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={screens.md ? Math.min(1100, window.innerWidth - 80) : '100%'}
      title={target ? `Danh sách hồ sơ — ${target.title}` : ''}
      destroyOnHidden
    >
      {target && <DossierFigureList key={JSON.stringify(target)} target={target} />}
    </Drawer>
  );
}

/** The dossiers behind a figure (server-paged), with a choice among its cells and a CSV of the page. */
export function DossierFigureList({ target, extra }: { target: DrillTarget; extra?: (item: DrillItem) => ReactNode }) {
  const { message } = App.useApp();
  const [cell, setCell] = useState<ReportCell>(target.cells[0]!);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const query = drillQuery(target, cell, page, pageSize);
  const result = useQuery({
    queryKey: ['report-drill', query],
    queryFn: async () => unwrap(await api.GET('/api/reports/views/dossiers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const exportPage = async () => {
    const params = new URLSearchParams(Object.entries({ ...query, format: 'csv' }).map(([k, v]) => [k, String(v)]));
    try {
      await download(`/api/reports/form06/cells?${params.toString()}`, 'ho-so.csv');
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          {cellLabels[cell]}, {rangeLabel(target)}
          {result.data && (
            <>
              {' — '}
              <Typography.Text strong data-testid="drill-total">
                {numberFormat.format(result.data.total)}
              </Typography.Text>{' '}
              hồ sơ
            </>
          )}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => void exportPage()} disabled={!result.data?.total}>
          Tải trang này (CSV)
        </Button>
      </Space>
      {target.cells.length > 1 && (
        <Segmented<ReportCell>
          value={cell}
          onChange={(value) => {
            setCell(value);
            setPage(1);
          }}
          options={target.cells.map((c) => ({ value: c, label: cellLabels[c] }))}
        />
      )}
      {result.error && <Alert type="error" showIcon title={result.error.message} />}
      <Table<DrillItem>
        rowKey="code"
        size="small"
        loading={result.isFetching}
        dataSource={result.data?.items ?? []}
        scroll={{ x: 1180 }}
        locale={{ emptyText: <Empty description="Không có hồ sơ nào trong ô số liệu này." /> }}
        pagination={{
          current: page,
          pageSize,
          total: result.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total, [a, b]) => `${numberFormat.format(a)}–${numberFormat.format(b)} / ${numberFormat.format(total)} hồ sơ`,
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'code',
            fixed: 'left',
            width: 170,
            render: (code: string) => <Link to={`/can-bo/ho-so/${encodeURIComponent(code)}`}>{code}</Link>,
          },
          {
            title: 'Thủ tục',
            dataIndex: 'procedureName',
            width: 340,
            render: (_: string, d) => (
              <>
                <Typography.Text type="secondary">{d.procedureCode}</Typography.Text> {d.procedureName}
              </>
            ),
          },
          { title: 'Cơ quan giải quyết', dataIndex: 'agencyName', width: 200 },
          { title: 'Kênh', dataIndex: 'channel', width: 100, render: (c: string) => <Tag>{channelLabels[c] ?? c}</Tag> },
          { title: 'Tiếp nhận', dataIndex: 'receivedAt', width: 130, render: (v: string) => formatDateTime(v) },
          { title: 'Hạn giải quyết', dataIndex: 'dueAt', width: 130, render: (v: string | null) => formatDateTime(v) },
          {
            title: 'Hoàn thành',
            dataIndex: 'finishedAt',
            width: 150,
            render: (v: string | null, d) => {
              if (v === null) return <Tag color="blue">Đang giải quyết</Tag>;
              const outcome = d.outcome ? outcomeLabels[d.outcome] : undefined;
              return (
                <Typography.Text type={late(d) ? 'danger' : undefined}>
                  {formatDateTime(v)}{' '}
                  {late(d) ? <Tag color="red">Quá hạn</Tag> : outcome ? <Tag color={outcome.color}>{outcome.text}</Tag> : null}
                  {extra?.(d)}
                </Typography.Text>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
