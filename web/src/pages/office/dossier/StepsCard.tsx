import { Card, Table, Tag, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../app/format';
import { stepJudgement } from '../../../components/dossier/dossier-text';
import { roleLabels, stepStatusColors, stepStatusLabels } from '../../../components/dossier/labels';
import type { DossierStep } from '../../../components/dossier/types';

/** The workflow steps with their own due times and how each went (early, on time, late). */
export function StepsCard({ steps }: { steps: readonly DossierStep[] }) {
  return (
    <Card
      size="small"
      title={
        <span>
          <ApartmentOutlined /> Quá trình xử lý
        </span>
      }
    >
      <Table<DossierStep>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={[...steps]}
        locale={{ emptyText: 'Hồ sơ chưa được tiếp nhận nên chưa có bước xử lý.' }}
        rowClassName={(s) => (s.status === 'active' ? 'step-active' : '')}
        columns={[
          {
            title: 'Bước',
            key: 'name',
            width: 230,
            render: (_, s) => (
              <div>
                <Typography.Text strong={s.status === 'active'}>{s.name}</Typography.Text>
                <div style={{ fontSize: 12, color: '#8c8c8c' }}>{roleLabels[s.role] ?? s.role}</div>
              </div>
            ),
          },
          { title: 'Đơn vị', key: 'agency', render: (_, s) => s.agency?.name ?? '—' },
          {
            title: 'Người xử lý',
            key: 'holder',
            render: (_, s) => s.completedByUser?.fullName ?? s.assignee?.fullName ?? <Typography.Text type="secondary">Chưa phân công</Typography.Text>,
          },
          { title: 'Bắt đầu', key: 'start', render: (_, s) => formatDateTime(s.startedAt) },
          { title: 'Hạn bước', key: 'due', render: (_, s) => formatDateTime(s.dueAt) },
          { title: 'Hoàn thành', key: 'done', render: (_, s) => formatDateTime(s.completedAt) },
          {
            title: 'Trạng thái',
            key: 'status',
            render: (_, s) => {
              const judged = stepJudgement(s);
              return (
                <>
                  <Tag color={stepStatusColors[s.status]}>{stepStatusLabels[s.status] ?? s.status}</Tag>
                  {judged && <Tag color={judged.color}>{judged.label}</Tag>}
                </>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
