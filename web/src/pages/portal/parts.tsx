// Small pieces the portal pages share: status tags, the steps progress, the online-level tag.
import type { ReactNode } from 'react';
import { Empty, Progress, Steps, Tag, Typography } from 'antd';
import { ClockCircleOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../app/format';
import { onlineLevelInfo, statusInfo, stepProgress, visibleSteps } from './portal-model';
import type { DossierStatus, OnlineLevel, StepStatus } from './portal-types';

export function StatusTag({ status }: { status: DossierStatus }) {
  const info = statusInfo[status];
  return (
    <Tag color={info.color} style={{ marginInlineEnd: 0 }}>
      {info.label}
    </Tag>
  );
}

export function OnlineTag({ level }: { level: OnlineLevel }) {
  const info = onlineLevelInfo[level];
  return (
    <Tag color={info.color} icon={level === 'none' ? undefined : <CloudUploadOutlined aria-hidden />} title={info.hint}>
      {info.label}
    </Tag>
  );
}

export interface ProgressStep {
  name: string;
  status: StepStatus;
  agencyName: string | null;
  startedAt: string | null;
  dueAt: string | null;
  completedAt: string | null;
}

const stepState = { done: 'finish', active: 'process', waiting: 'wait', returned: 'wait', cancelled: 'wait' } as const;

/** The workflow as the applicant sees it: which step the dossier is at, where, and until when. */
export function DossierProgress({
  steps,
  status,
  submittedAt,
}: {
  steps: readonly ProgressStep[];
  status: DossierStatus;
  submittedAt: string;
}) {
  const shown = visibleSteps(steps);
  if (shown.length === 0) {
    if (status !== 'submitted' && status !== 'intake_incomplete') {
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Hồ sơ chưa có bước xử lý nào." />;
    }
    return (
      <Steps
        orientation="vertical"
        size="small"
        current={1}
        items={[
          { title: 'Nộp hồ sơ trực tuyến', status: 'finish', content: formatDateTime(submittedAt) },
          {
            title: 'Bộ phận Một cửa kiểm tra, tiếp nhận',
            status: status === 'intake_incomplete' ? 'error' : 'process',
            content: status === 'intake_incomplete' ? 'Cần bổ sung trước khi tiếp nhận' : 'Đang chờ kiểm tra',
          },
        ]}
      />
    );
  }
  const progress = stepProgress(shown, status);
  return (
    <div>
      <Progress
        percent={progress.percent}
        status={status === 'awaiting_supplement' ? 'exception' : progress.percent === 100 ? 'success' : 'active'}
        format={() => `${progress.done}/${progress.total} bước`}
        aria-label="Tiến độ xử lý"
        style={{ marginBottom: 16 }}
      />
      <Steps
        orientation="vertical"
        size="small"
        current={progress.current}
        items={shown.map((s) => ({
          title: s.name,
          status: status === 'awaiting_supplement' && s.status === 'active' ? 'error' : stepState[s.status],
          icon: status === 'awaiting_supplement' && s.status === 'active' ? <ClockCircleOutlined aria-hidden /> : undefined,
          content: <StepDetail step={s} />,
        }))}
      />
    </div>
  );
}

function StepDetail({ step }: { step: ProgressStep }) {
  const lines: ReactNode[] = [];
  if (step.agencyName) lines.push(step.agencyName);
  if (step.completedAt) lines.push(`Hoàn thành: ${formatDateTime(step.completedAt)}`);
  else if (step.status === 'active' && step.dueAt) lines.push(`Đang xử lý, hạn bước: ${formatDateTime(step.dueAt)}`);
  else if (step.status === 'active') lines.push('Đang xử lý');
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {lines.map((l, i) => (
        <span key={i} style={{ display: 'block' }}>
          {l}
        </span>
      ))}
    </Typography.Text>
  );
}
