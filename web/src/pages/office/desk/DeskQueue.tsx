import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../../api/client';
import { formatDateTime } from '../../../app/format';
import { actionMeta } from '../../../components/dossier/action-meta';
import { actionIcon } from '../../../components/dossier/ActionBar';
import { ActionDialog } from '../../../components/dossier/ActionDialog';
import type { ActionKey } from '../../../components/dossier/actions';
import { channelLabels, outcomeLabels } from '../../../components/dossier/labels';
import { StatusTags, TestTag } from '../../../components/dossier/StatusTag';
import type { DossierListItem, ListQuery } from '../../../components/dossier/types';
import { dossierPath } from '../inbox/DossierTable';

/** The desk's two work queues: online dossiers to check, and results to hand over. */
export type QueueKind = 'intake' | 'handover';

const queueQuery: Record<QueueKind, ListQuery> = {
  intake: { view: 'intake' },
  handover: { view: 'all', status: 'result_ready' },
};

export function useQueueCount(kind: QueueKind) {
  return useQuery({
    queryKey: ['dossiers', 'desk-count', kind],
    staleTime: 15_000,
    queryFn: async () => unwrap(await api.GET('/api/dossiers', { params: { query: { ...queueQuery[kind], pageSize: 1 } } })).total,
  });
}

function rowActions(kind: QueueKind, d: DossierListItem): ActionKey[] {
  if (kind === 'handover') return ['hand_over'];
  return d.status === 'submitted' ? ['intake_accept', 'intake_supplement', 'intake_refuse'] : ['intake_refuse'];
}

export function DeskQueue({ kind }: { kind: QueueKind }) {
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [q, setQ] = useState<string | undefined>();
  const [acting, setActing] = useState<{ action: ActionKey; row: DossierListItem } | null>(null);
  const list = useQuery({
    queryKey: ['dossiers', 'desk', kind, page, q],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/dossiers', { params: { query: { ...queueQuery[kind], q, ...page } } })),
  });
  return (
    <div>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="Tìm hồ sơ"
          placeholder="Mã hồ sơ hoặc tên người nộp"
          allowClear
          enterButton="Tìm"
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          style={{ maxWidth: 420 }}
        />
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<DossierListItem>
        rowKey="code"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        tableLayout="fixed"
        locale={{
          emptyText: (
            <Empty
              description={
                kind === 'intake'
                  ? 'Không có hồ sơ trực tuyến nào chờ tiếp nhận. Hồ sơ công dân nộp trên Cổng dịch vụ công sẽ xuất hiện ở đây.'
                  : 'Không có kết quả nào chờ trả. Hồ sơ được phê duyệt sẽ xuất hiện ở đây để trả cho người nộp.'
              }
            />
          ),
        }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `${t.toLocaleString('vi-VN')} hồ sơ`,
          onChange: (p, s) => setPage({ page: s !== page.pageSize ? 1 : p, pageSize: s }),
        }}
        columns={[
          {
            title: 'Mã hồ sơ',
            key: 'code',
            width: 200,
            render: (_, d) => (
              <Link to={dossierPath(d.code)} style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {d.code}
              </Link>
            ),
          },
          {
            title: 'Thủ tục',
            key: 'procedure',
            render: (_, d) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: d.procedureName }} style={{ margin: 0 }}>
                {d.procedureName ?? d.procedureCode}
              </Typography.Paragraph>
            ),
          },
          {
            title: 'Người nộp',
            key: 'applicant',
            width: 180,
            render: (_, d) => (
              <div>
                <div>{d.applicantName}</div>
                <div style={{ fontSize: 12, color: '#8c8c8c', whiteSpace: 'nowrap' }}>
                  {kind === 'intake' ? `${channelLabels[d.channel]}, nộp ${formatDateTime(d.submittedAt)}` : `Hẹn trả ${formatDateTime(d.apologyDueAt ?? d.dueAt)}`}
                </div>
              </div>
            ),
          },
          kind === 'intake'
            ? { title: 'Trạng thái', key: 'status', width: 150, render: (_, d) => <StatusTags status={d.status} isTest={d.isTest} /> }
            : {
                title: 'Kết quả',
                key: 'outcome',
                width: 170,
                render: (_, d) => (
                  <>
                    {d.outcome ? <Tag color={d.outcome === 'approved' ? 'green' : 'red'}>{outcomeLabels[d.outcome]}</Tag> : '—'}
                    {d.isTest && <TestTag />}
                  </>
                ),
              },
          {
            title: 'Thao tác',
            key: 'act',
            width: kind === 'intake' ? 250 : 150,
            render: (_, d) => (
              <Flex gap={6} wrap>
                {rowActions(kind, d).map((a, i) => (
                  <Button
                    key={a}
                    size="small"
                    type={i === 0 && !actionMeta[a].danger ? 'primary' : 'default'}
                    danger={actionMeta[a].danger ?? false}
                    icon={actionIcon(a)}
                    aria-label={`${actionMeta[a].label} hồ sơ ${d.code}`}
                    onClick={() => setActing({ action: a, row: d })}
                  >
                    {actionMeta[a].label}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {acting && (
        <ActionDialog
          action={acting.action}
          target={{ code: acting.row.code, version: acting.row.version, channel: acting.row.channel, dueAt: acting.row.dueAt }}
          onClose={() => setActing(null)}
          linkToDossier
        />
      )}
    </div>
  );
}
