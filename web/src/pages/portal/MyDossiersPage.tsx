import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Drawer, Empty, Grid, Input, Pagination, Segmented, Skeleton, Space, Typography } from 'antd';
import { CalendarOutlined, ClockCircleOutlined, FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime, formatWorkingLeft, numberFormat } from '../../app/format';
import { isFinished, myDossierFilters } from './portal-model';
import { StatusTag } from './parts';
import { DossierDetail } from './DossierDetail';
import './portal.css';

const PAGE_SIZE = 10;

export default function MyDossiersPage() {
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const filterKey = params.get('loc') ?? 'all';
  const filter = myDossierFilters.find((f) => f.key === filterKey) ?? myDossierFilters[0]!;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const open = params.get('ma');
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const list = useQuery({
    queryKey: ['my-dossiers', { status: filter.status, q, page }],
    queryFn: async () =>
      unwrap(await api.GET('/api/dossiers', { params: { query: { status: filter.status, q: q || undefined, page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('trang' in changes) && !('ma' in changes)) next.delete('trang');
    setParams(next);
  };

  return (
    <div className="page" style={{ maxWidth: 1000 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <h1 className="page-title" style={{ margin: 0 }}>
          <FolderOpenOutlined /> Hồ sơ của tôi
        </h1>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('/thu-tuc')}>
          Nộp hồ sơ mới
        </Button>
      </Space>
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: 12 } }}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div style={{ overflowX: 'auto' }}>
            <Segmented
              aria-label="Lọc theo tình trạng"
              value={filter.key}
              onChange={(k) => update({ loc: k === 'all' ? null : k })}
              options={myDossierFilters.map((f) => ({ value: f.key, label: f.label }))}
            />
          </div>
          <Input.Search
            aria-label="Tìm theo mã hồ sơ"
            placeholder="Tìm theo mã hồ sơ"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || null })}
            style={{ maxWidth: 420 }}
          />
        </Space>
      </Card>

      {list.error ? (
        <Alert type="error" showIcon title={list.error.message} action={<Button onClick={() => void list.refetch()}>Thử lại</Button>} />
      ) : (
        <Card
          styles={{ body: { padding: 0 } }}
          title={list.data ? `${numberFormat.format(list.data.total)} hồ sơ` : 'Đang tải…'}
        >
          {list.isLoading ? (
            <div style={{ padding: 16 }}>
              <Skeleton active />
            </div>
          ) : list.data && list.data.items.length === 0 ? (
            <Empty
              style={{ padding: 32 }}
              description={
                filter.status || q
                  ? 'Không có hồ sơ nào ở tình trạng này.'
                  : 'Bạn chưa nộp hồ sơ nào. Hãy tìm thủ tục cần làm và chọn "Nộp hồ sơ trực tuyến".'
              }
            >
              <Button type="primary" onClick={() => void navigate('/thu-tuc')}>
                Tìm thủ tục
              </Button>
            </Empty>
          ) : (
            <div role="list" aria-busy={list.isFetching} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              {list.data?.items.map((d) => (
                <div
                  key={d.code}
                  role="listitem"
                  tabIndex={0}
                  className="dossier-row"
                  aria-label={`Hồ sơ ${d.code}`}
                  onClick={() => update({ ma: d.code })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      update({ ma: d.code });
                    }
                  }}
                >
                  <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                    <Typography.Text strong>{d.code}</Typography.Text>
                    <StatusTag status={d.status} />
                  </Space>
                  <div style={{ margin: '4px 0' }}>{d.procedureName ?? d.procedureCode}</div>
                  <div className="procedure-meta">
                    <span>
                      <CalendarOutlined />
                      Nộp ngày {formatDate(d.submittedAt)}
                    </span>
                    {(d.apologyDueAt ?? d.dueAt) && !isFinished(d.status) && (
                      <span>
                        <ClockCircleOutlined />
                        Hẹn trả {formatDateTime(d.apologyDueAt ?? d.dueAt)}
                      </span>
                    )}
                    {d.status === 'processing' && d.workingMsLeft !== null && (
                      <span className={`urgency-${d.urgency}`}>{formatWorkingLeft(d.workingMsLeft)}</span>
                    )}
                  </div>
                </div>
              ))}
            </div>
          )}
        </Card>
      )}
      {list.data && list.data.total > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, justifyContent: 'center' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          showSizeChanger={false}
          onChange={(p) => update({ trang: String(p) })}
        />
      )}

      <Drawer
        open={!!open}
        title={open ? `Hồ sơ ${open}` : ''}
        size={screens.md ? 720 : '100%'}
        onClose={() => update({ ma: null })}
        destroyOnHidden
      >
        {open && <DossierDetail code={open} />}
      </Drawer>
    </div>
  );
}
