import { Link, useNavigate } from 'react-router-dom';
import { Card, Empty, Flex, Grid, Pagination, Table, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../app/format';
import { StatusTags, TimeLeft } from '../../../components/dossier/StatusTag';
import type { DossierListItem } from '../../../components/dossier/types';
import { PAGE_SIZES } from './inbox-params';

export const dossierPath = (code: string) => `/can-bo/ho-so/${encodeURIComponent(code)}`;

interface Paging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

const showTotal = (total: number) => `${total.toLocaleString('vi-VN')} hồ sơ`;

/** A server-paged list of dossiers: a table on wide screens, cards on a phone. */
export function DossierTable({
  items,
  loading,
  paging,
  empty,
}: {
  items: readonly DossierListItem[];
  loading: boolean;
  paging: Paging;
  empty: string;
}) {
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const pagination = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: paging.total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal,
    onChange: paging.onChange,
  };
  if (screens.md === false) {
    return (
      <div aria-busy={loading}>
        {items.length === 0 && !loading ? (
          <Empty description={empty} />
        ) : (
          <Flex vertical gap={8}>
            {items.map((d) => (
              <Card key={d.code} size="small" hoverable onClick={() => void navigate(dossierPath(d.code))}>
                <Flex justify="space-between" align="start" gap={8}>
                  <Link to={dossierPath(d.code)} style={{ fontWeight: 600 }} onClick={(e) => e.stopPropagation()}>
                    {d.code}
                  </Link>
                  <TimeLeft urgency={d.urgency} workingMsLeft={d.workingMsLeft} />
                </Flex>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                  {d.procedureName ?? d.procedureCode}
                </Typography.Paragraph>
                <Flex justify="space-between" wrap gap={4}>
                  <Typography.Text type="secondary">{d.applicantName}</Typography.Text>
                  <Typography.Text type="secondary">Hạn: {formatDate(d.dueAt)}</Typography.Text>
                </Flex>
                <div style={{ marginTop: 6 }}>
                  <StatusTags status={d.status} isTest={d.isTest} />
                </div>
              </Card>
            ))}
          </Flex>
        )}
        <Pagination {...pagination} simple={{ readOnly: true }} style={{ marginTop: 12, textAlign: 'center' }} />
      </div>
    );
  }
  return (
    <Table<DossierListItem>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={[...items]}
      pagination={pagination}
      scroll={{ x: 960 }}
      tableLayout="fixed"
      locale={{ emptyText: <Empty description={empty} /> }}
      onRow={(d) => ({ onClick: () => void navigate(dossierPath(d.code)), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: 'Mã hồ sơ',
          key: 'code',
          width: 200,
          render: (_, d) => (
            <Link to={dossierPath(d.code)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
              {d.code}
            </Link>
          ),
        },
        {
          title: 'Thủ tục',
          key: 'procedure',
          render: (_, d) => (
            <div>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: d.procedureName }} style={{ margin: 0 }}>
                {d.procedureName ?? d.procedureCode}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.procedureCode}
              </Typography.Text>
            </div>
          ),
        },
        { title: 'Người nộp', dataIndex: 'applicantName', width: 150 },
        {
          title: 'Hạn xử lý',
          key: 'due',
          width: 150,
          render: (_, d) => (
            <div>
              <div style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{formatDateTime(d.dueAt)}</div>
              <div style={{ fontSize: 12, color: '#8c8c8c', whiteSpace: 'nowrap' }}>Nhận: {formatDateTime(d.receivedAt ?? d.submittedAt)}</div>
              {d.apologyDueAt && <div style={{ fontSize: 12, color: '#d97706' }}>Hẹn lại: {formatDate(d.apologyDueAt)}</div>}
            </div>
          ),
        },
        { title: 'Còn lại', key: 'left', width: 140, render: (_, d) => <TimeLeft urgency={d.urgency} workingMsLeft={d.workingMsLeft} /> },
        { title: 'Trạng thái', key: 'status', width: 160, render: (_, d) => <StatusTags status={d.status} isTest={d.isTest} /> },
      ]}
    />
  );
}
