import { Space, Tag, Tooltip } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { formatWorkingLeft } from '../../app/format';
import { statusColors, statusLabels, urgencyColors, urgencyLabels } from './labels';
import type { DossierStatus, Urgency } from './types';

export function StatusTag({ status }: { status: DossierStatus }) {
  return <Tag color={statusColors[status]}>{statusLabels[status]}</Tag>;
}

/** Dossiers made in training mode never count in statistics; say so wherever they appear. */
export function TestTag() {
  return (
    <Tooltip title="Hồ sơ tập huấn, thử nghiệm: không tính vào báo cáo thống kê">
      <Tag icon={<ExperimentOutlined />} color="purple">
        Thử nghiệm
      </Tag>
    </Tooltip>
  );
}

export function StatusTags({ status, isTest }: { status: DossierStatus; isTest: boolean }) {
  return (
    <Space size={4} wrap>
      <StatusTag status={status} />
      {isTest && <TestTag />}
    </Space>
  );
}

/** Working time left, coloured by urgency ("còn 2 ngày 3 giờ", "quá hạn 5 giờ"). */
export function TimeLeft({ urgency, workingMsLeft }: { urgency: Urgency; workingMsLeft: number | null }) {
  if (urgency === 'closed') return <span style={{ color: '#8c8c8c' }}>—</span>;
  if (urgency === 'paused') return <Tag color="default">Tạm dừng</Tag>;
  return (
    <Tooltip title={urgencyLabels[urgency]}>
      <Tag color={urgencyColors[urgency]} className={`urgency-${urgency}`} style={{ fontWeight: urgency === 'on_track' ? 400 : 600 }}>
        {workingMsLeft === null ? urgencyLabels[urgency] : formatWorkingLeft(workingMsLeft)}
      </Tag>
    </Tooltip>
  );
}
