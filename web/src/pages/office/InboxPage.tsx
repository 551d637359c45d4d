import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Input, Segmented, Select, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { statusLabels } from '../../components/dossier/labels';
import type { DossierStatus, InboxView } from '../../components/dossier/types';
import { BucketCards } from './inbox/BucketCards';
import { DossierTable } from './inbox/DossierTable';
import { inboxSearch, parseInbox, withFilter, type InboxState } from './inbox/inbox-params';

const viewOptions: { value: InboxView; label: string }[] = [
  { value: 'mine', label: 'Của tôi' },
  { value: 'unit', label: 'Của đơn vị' },
  { value: 'all', label: 'Mọi hồ sơ' },
];

/** The officials' work list: counts by deadline, a server-paged table, search, and whose dossiers to show. */
export default function InboxPage() {
  const [params, setParams] = useSearchParams();
  const state = parseInbox(params);
  const set = (next: InboxState) => setParams(inboxSearch(next));
  const list = useQuery({
    queryKey: ['dossiers', 'inbox', state],
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/dossiers', {
          params: { query: { view: state.view, bucket: state.bucket, status: state.status, q: state.q, page: state.page, pageSize: state.pageSize } },
        }),
      ),
  });
  const filtered = Boolean(state.bucket || state.status || state.q);
  return (
    <div className="page">
      <h1 className="page-title">Hồ sơ cần xử lý</h1>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <BucketCards counts={list.data?.counts} active={state.bucket} loading={list.isLoading} onSelect={(bucket) => set(withFilter(state, { bucket }))} />
        <Card size="small">
          <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
            <Segmented<InboxView>
              aria-label="Phạm vi hồ sơ"
              value={state.view === 'intake' ? 'all' : state.view}
              options={viewOptions}
              onChange={(view) => set(withFilter(state, { view }))}
            />
            <Input.Search
              aria-label="Tìm hồ sơ"
              placeholder="Mã hồ sơ hoặc tên người nộp"
              allowClear
              enterButton="Tìm"
              defaultValue={state.q}
              key={state.q ?? ''}
              onSearch={(q) => set(withFilter(state, { q: q.trim() || undefined }))}
              style={{ flex: '1 1 260px', maxWidth: 420 }}
            />
            <Select<DossierStatus>
              aria-label="Trạng thái"
              allowClear
              placeholder="Mọi trạng thái"
              value={state.status}
              onChange={(status) => set(withFilter(state, { status }))}
              options={(Object.keys(statusLabels) as DossierStatus[]).map((s) => ({ value: s, label: statusLabels[s] }))}
              style={{ minWidth: 200 }}
            />
            {list.isFetching && !list.isLoading && <Typography.Text type="secondary">Đang cập nhật…</Typography.Text>}
          </Flex>
          {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
          <DossierTable
            items={list.data?.items ?? []}
            loading={list.isLoading}
            empty={
              filtered
                ? 'Không có hồ sơ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc hoặc chọn "Mọi hồ sơ".'
                : state.view === 'mine'
                  ? 'Bạn chưa được giao hồ sơ nào. Chọn "Của đơn vị" để xem hồ sơ của đơn vị.'
                  : 'Chưa có hồ sơ nào cần xử lý.'
            }
            paging={{
              page: state.page,
              pageSize: state.pageSize,
              total: list.data?.total ?? 0,
              onChange: (page, pageSize) => set({ ...state, page: pageSize !== state.pageSize ? 1 : page, pageSize }),
            }}
          />
        </Card>
      </Space>
    </div>
  );
}
