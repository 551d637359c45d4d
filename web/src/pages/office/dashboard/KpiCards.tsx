import type { KeyboardEvent, ReactNode } from 'react';
import { Card, Progress, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, FieldTimeOutlined, InboxOutlined, WarningOutlined } from '@ant-design/icons';
import { numberFormat } from '../../../app/format';
import { formatRate } from '../reports/labels';
import type { Figures, ReportCell } from '../reports/report-types';
import './dashboard.css';

export interface KpiOpen {
  title: string;
  cells: ReportCell[];
}

function KpiCard({
  label,
  icon,
  accent,
  onOpen,
  children,
  foot,
}: {
  label: string;
  icon: ReactNode;
  accent: string;
  onOpen: () => void;
  children: ReactNode;
  foot: ReactNode;
}) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen();
    }
  };
  return (
    <Card
      hoverable
      role="button"
      tabIndex={0}
      aria-label={`${label}: xem danh sách hồ sơ`}
      onClick={onOpen}
      onKeyDown={onKey}
      className="mc-dash-kpi"
      style={{ borderTop: `3px solid ${accent}` }}
      styles={{ body: { padding: 16 } }}
    >
      <div className="mc-dash-kpi-head">
        <span className="mc-dash-kpi-icon" style={{ color: accent, background: `${accent}14` }}>
          {icon}
        </span>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </div>
      <div className="mc-dash-kpi-value">{children}</div>
      <div className="mc-dash-kpi-foot">{foot}</div>
    </Card>
  );
}

const rateColor = (rate: number | null) => (rate === null ? '#94a3b8' : rate >= 0.95 ? '#16a34a' : rate >= 0.85 ? '#d97706' : '#dc2626');

/** The five headline figures; each opens the dossiers behind it. */
export function KpiCards({ total, onOpen }: { total: Figures; onOpen: (open: KpiOpen) => void }) {
  const n = (v: number) => numberFormat.format(v);
  const rate = total.onTimeRate;
  return (
    <div className="mc-dash-kpi-grid">
      <KpiCard
        label="Hồ sơ tiếp nhận"
        icon={<InboxOutlined />}
        accent="#2563eb"
        onOpen={() => onOpen({ title: 'Hồ sơ tiếp nhận', cells: ['received.total', 'received.online', 'received.directOrPostal', 'received.carriedOver'] })}
        foot={`Mới ${n(total.received.online + total.received.directOrPostal)} (trực tuyến ${n(total.received.online)}) · kỳ trước chuyển qua ${n(total.received.carriedOver)}`}
      >
        <span data-testid="kpi-received">{n(total.received.total)}</span>
      </KpiCard>
      <KpiCard
        label="Đã giải quyết"
        icon={<CheckCircleOutlined />}
        accent="#0f766e"
        onOpen={() => onOpen({ title: 'Hồ sơ đã giải quyết', cells: ['resolved.total', 'resolved.early', 'resolved.onTime', 'resolved.late'] })}
        foot={`Trước hạn ${n(total.resolved.early)} · đúng hạn ${n(total.resolved.onTime)} · quá hạn ${n(total.resolved.late)}`}
      >
        <span data-testid="kpi-resolved">{n(total.resolved.total)}</span>
      </KpiCard>
      <KpiCard
        label="Tỷ lệ giải quyết đúng hạn"
        icon={<FieldTimeOutlined />}
        accent={rateColor(rate)}
        onOpen={() => onOpen({ title: 'Hồ sơ đã giải quyết theo thời hạn', cells: ['resolved.late', 'resolved.early', 'resolved.onTime'] })}
        foot="(Trước hạn + đúng hạn) ÷ đã giải quyết"
      >
        <Progress
          type="dashboard"
          size={92}
          percent={rate === null ? 0 : Math.round(rate * 1000) / 10}
          strokeColor={rateColor(rate)}
          format={() => <span data-testid="kpi-rate" style={{ fontSize: 18, fontWeight: 600 }}>{formatRate(rate)}</span>}
        />
      </KpiCard>
      <KpiCard
        label="Đang giải quyết"
        icon={<ClockCircleOutlined />}
        accent="#60a5fa"
        onOpen={() => onOpen({ title: 'Hồ sơ đang giải quyết', cells: ['pending.total', 'pending.notDue', 'pending.overdue'] })}
        foot={`Chưa đến hạn ${n(total.pending.notDue)} · quá hạn ${n(total.pending.overdue)}`}
      >
        <span data-testid="kpi-pending">{n(total.pending.total)}</span>
      </KpiCard>
      <KpiCard
        label="Đang quá hạn"
        icon={<WarningOutlined />}
        accent="#dc2626"
        onOpen={() => onOpen({ title: 'Hồ sơ quá hạn', cells: ['pending.overdue', 'overdueTotal'] })}
        foot={`Tổng số quá hạn (kể cả đã giải quyết): ${n(total.overdueTotal)}`}
      >
        <span data-testid="kpi-overdue" style={{ color: total.pending.overdue > 0 ? '#dc2626' : undefined }}>
          {n(total.pending.overdue)}
        </span>
      </KpiCard>
    </div>
  );
}
