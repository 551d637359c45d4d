import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import { AlertOutlined, ClockCircleOutlined, FieldTimeOutlined, FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import type { DossierList, InboxBucket } from '../../../components/dossier/types';

const cards: { bucket: InboxBucket | undefined; label: string; key: keyof DossierList['counts']; color: string; icon: ReactNode }[] = [
  { bucket: undefined, label: 'Tất cả', key: 'total', color: '#1d4ed8', icon: <InboxOutlined /> },
  { bucket: 'due_today', label: 'Đến hạn hôm nay', key: 'dueToday', color: '#d97706', icon: <ClockCircleOutlined /> },
  { bucket: 'due_soon', label: 'Sắp đến hạn', key: 'dueSoon', color: '#ca8a04', icon: <FieldTimeOutlined /> },
  { bucket: 'overdue', label: 'Quá hạn', key: 'overdue', color: '#dc2626', icon: <AlertOutlined /> },
  { bucket: 'awaiting_supplement', label: 'Chờ bổ sung', key: 'awaitingSupplement', color: '#6b7280', icon: <FileSearchOutlined /> },
];

/** The counts per bucket; each card filters the list to its bucket. */
export function BucketCards({
  counts,
  active,
  onSelect,
  loading,
}: {
  counts: DossierList['counts'] | undefined;
  active: InboxBucket | undefined;
  onSelect: (bucket: InboxBucket | undefined) => void;
  loading: boolean;
}) {
  return (
    <Row gutter={[12, 12]} role="group" aria-label="Lọc theo thời hạn">
      {cards.map((c) => {
        const selected = active === c.bucket;
        return (
          <Col key={c.label} xs={12} sm={8} lg={{ flex: '1 1 0' }}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={selected}
              aria-label={`${c.label}: ${counts?.[c.key] ?? 0} hồ sơ`}
              onClick={() => onSelect(c.bucket)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(c.bucket);
                }
              }}
              style={{
                borderColor: selected ? c.color : undefined,
                boxShadow: selected ? `0 0 0 2px ${c.color}33` : undefined,
                borderTop: `4px solid ${c.color}`,
              }}
            >
              <Statistic
                loading={loading}
                title={<span style={{ color: '#434343' }}>{c.label}</span>}
                value={counts?.[c.key] ?? 0}
                prefix={<span style={{ color: c.color }}>{c.icon}</span>}
                styles={{ content: { color: c.color, fontWeight: 600 } }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
