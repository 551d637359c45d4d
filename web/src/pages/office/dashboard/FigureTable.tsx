import { Button, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { numberFormat } from '../../../app/format';
import { cellLabels, formatRate } from '../reports/labels';
import type { DashboardRow, ReportCell } from '../reports/report-types';

export interface FigureOpen {
  row: DashboardRow;
  cells: ReportCell[];
}

/** A figure that opens its dossiers (a zero has none to show). */
export function FigureButton({ value, label, onOpen, danger }: { value: number; label: string; onOpen: () => void; danger?: boolean }) {
  if (value === 0) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>0</span>;
  return (
    <Button type="link" size="small" danger={danger} onClick={onOpen} aria-label={`${label}: ${value} hồ sơ`} style={{ padding: 0, height: 'auto', fontVariantNumeric: 'tabular-nums' }}>
      {numberFormat.format(value)}
    </Button>
  );
}

function rateTag(rate: number | null) {
  if (rate === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const color = rate >= 0.95 ? 'green' : rate >= 0.85 ? 'orange' : 'red';
  return <Tag color={color}>{formatRate(rate)}</Tag>;
}

/**
 * Rows of form 06 figures (by agency, procedure, unit): the columns people compare, every number
 * opening its dossiers.
 */
export function FigureTable({
  rows,
  heading,
  onOpen,
  ranked,
  emptyText,
}: {
  rows: DashboardRow[];
  heading: string;
  onOpen: (open: FigureOpen) => void;
  /** Shows the rank and puts the total overdue first. */
  ranked?: boolean;
  emptyText: string;
}) {
  const figure = (title: string, cells: ReportCell[], value: (r: DashboardRow) => number, danger = false) => ({
    title,
    align: 'right' as const,
    width: 104,
    render: (_: unknown, r: DashboardRow) => (
      <FigureButton value={value(r)} label={`${cellLabels[cells[0]!]} — ${r.name}`} danger={danger} onOpen={() => onOpen({ row: r, cells })} />
    ),
  });
  const columns: ColumnsType<DashboardRow> = [
    ...(ranked ? [{ title: '#', width: 44, render: (_: unknown, __: DashboardRow, i: number) => i + 1 }] : []),
    {
      title: heading,
      dataIndex: 'name',
      render: (name: string, r) => (
        <span>
          {name} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.key}</Typography.Text>
        </span>
      ),
    },
    figure('Tiếp nhận', ['received.total'], (r) => r.received.total),
    ...(ranked
      ? [
          figure('Tổng quá hạn', ['overdueTotal'], (r) => r.overdueTotal, true),
          figure('Giải quyết quá hạn', ['resolved.late'], (r) => r.resolved.late),
          figure('Đang quá hạn', ['pending.overdue'], (r) => r.pending.overdue),
        ]
      : [
          figure('Đã giải quyết', ['resolved.total', 'resolved.early', 'resolved.onTime', 'resolved.late'], (r) => r.resolved.total),
          figure('Quá hạn', ['resolved.late'], (r) => r.resolved.late, true),
          figure('Đang giải quyết', ['pending.total', 'pending.notDue', 'pending.overdue'], (r) => r.pending.total),
          figure('Đang quá hạn', ['pending.overdue'], (r) => r.pending.overdue, true),
        ]),
    { title: 'Tỷ lệ đúng hạn', align: 'right', width: 96, render: (_: unknown, r) => rateTag(r.onTimeRate) },
  ];
  return (
    <Table<DashboardRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: ranked ? 760 : 900 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
