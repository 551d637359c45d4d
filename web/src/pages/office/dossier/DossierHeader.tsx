import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../app/format';
import { StatusTags, TimeLeft } from '../../../components/dossier/StatusTag';
import { channelLabels, outcomeLabels, returnMethodLabels, timeUnitLabels } from '../../../components/dossier/labels';
import type { DossierDetail, DossierListItem } from '../../../components/dossier/types';

export function DossierHeader({ detail, urgency }: { detail: DossierDetail; urgency: DossierListItem | null | undefined }) {
  const { dossier: d, procedure } = detail;
  const items = [
    { key: 'tt', label: 'Thủ tục', span: 3, children: procedure ? `${procedure.name} (${procedure.code})` : '—' },
    { key: 'cq', label: 'Cơ quan giải quyết', children: detail.agency?.name ?? '—' },
    { key: 'mc', label: 'Nơi tiếp nhận', children: detail.desk?.name ?? '—' },
    { key: 'k', label: 'Hình thức nộp', children: channelLabels[d.channel] ?? d.channel },
    { key: 'n', label: 'Ngày nộp', children: formatDateTime(d.submittedAt) },
    { key: 'r', label: 'Ngày tiếp nhận', children: formatDateTime(d.receivedAt) },
    {
      key: 'tg',
      label: 'Thời hạn giải quyết',
      children: procedure ? `${procedure.publishedDuration.toLocaleString('vi-VN')} ${timeUnitLabels[procedure.timeUnit] ?? procedure.timeUnit}` : '—',
    },
    { key: 'h', label: 'Hạn giải quyết', children: <b>{formatDateTime(d.dueAt)}</b> },
    { key: 'hen', label: 'Ngày hẹn trả (phiếu 01)', children: formatDateTime(d.appointmentAt) },
    ...(d.apologyDueAt ? [{ key: 'hl', label: 'Hẹn lại (văn bản xin lỗi)', children: formatDateTime(d.apologyDueAt) }] : []),
    ...(urgency && urgency.urgency !== 'closed' ? [{ key: 'con', label: 'Thời gian còn lại', children: <TimeLeft urgency={urgency.urgency} workingMsLeft={urgency.workingMsLeft} /> }] : []),
    ...(d.outcome ? [{ key: 'kq', label: 'Kết quả', children: outcomeLabels[d.outcome] ?? d.outcome }] : []),
    ...(d.resultSignedAt ? [{ key: 'ky', label: 'Ngày ký kết quả', children: formatDateTime(d.resultSignedAt) }] : []),
    ...(d.returnedAt
      ? [{ key: 'tra', label: 'Đã trả kết quả', children: `${formatDateTime(d.returnedAt)}${d.returnMethod ? ` · ${returnMethodLabels[d.returnMethod]}` : ''}` }]
      : []),
    ...(d.supplementCount > 0 ? [{ key: 'bs', label: 'Số lần yêu cầu bổ sung', children: <Tag color={d.supplementCount > 1 ? 'red' : 'gold'}>{d.supplementCount}</Tag> }] : []),
  ];
  return (
    <Card>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <FileTextOutlined style={{ fontSize: 28, color: '#b3261e' }} />
        <Typography.Title level={3} style={{ margin: 0 }} copyable={{ text: d.code, tooltips: ['Sao chép mã hồ sơ', 'Đã sao chép'] }}>
          {d.code}
        </Typography.Title>
        <StatusTags status={d.status} isTest={d.isTest} />
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
    </Card>
  );
}
