import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Grid, Input, Space, Table, Tag, Typography } from 'antd';
import { DiffOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../../api/client';
import { rolesOf, useMe } from '../../../app/auth';
import { formatDateTime, numberFormat } from '../../../app/format';
import { Form06Table } from './Form06Table';
import { cellLabels, groupingOptions } from './labels';
import { rangeLabel, type PeriodRange } from './period';
import type { Grouping, SnapshotSummary } from './report-types';

const groupingLabel = (by: Grouping) => groupingOptions.find((o) => o.value === by)?.label ?? by;
const changeLabels = { added: { text: 'Được tính thêm', color: 'green' }, removed: { text: 'Không còn được tính', color: 'red' }, moved: { text: 'Chuyển ô số liệu', color: 'gold' } };

/** Published reports of the agency: publish the chosen (ended) period, view one, compare it with today's figures. */
export function SnapshotsTab({ agency, range, by, today }: { agency: string; range: PeriodRange; by: Grouping; today: string }) {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const canPublish = rolesOf(useMe().data).some((r) => r === 'leader' || r === 'admin');
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<{ id: number; mode: 'view' | 'compare' } | null>(null);
  const list = useQuery({
    queryKey: ['snapshots', agency, page],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/reports/snapshots', { params: { query: { agency, page, pageSize: 10 } } })),
  });
  const publish = useMutation({
    mutationFn: async (note: string) =>
      unwrap(await api.POST('/api/reports/snapshots', { body: { agency, from: range.from, to: range.to, by, ...(note.trim() ? { note: note.trim() } : {}) } })),
    onSuccess: (s) => {
      void message.success(`Đã công bố báo cáo #${s.id} (${numberFormat.format(s.dossierCount)} hồ sơ).`);
      void qc.invalidateQueries({ queryKey: ['snapshots'] });
    },
    onError: (e) => void message.error(e.message),
  });
  const confirmPublish = () => {
    let note = '';
    modal.confirm({
      title: 'Công bố số liệu kỳ báo cáo này?',
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            Số liệu {rangeLabel(range)}, {groupingLabel(by).toLocaleLowerCase('vi')}, sẽ được lưu kèm mã băm và không thể sửa. Mỗi kỳ chỉ công bố một lần.
          </Typography.Text>
          <Input.TextArea aria-label="Ghi chú" placeholder="Ghi chú (không bắt buộc)" maxLength={1000} onChange={(e) => (note = e.target.value)} />
        </Space>
      ),
      okText: 'Công bố',
      cancelText: 'Hủy',
      onOk: () => publish.mutateAsync(note),
    });
  };
  const ended = range.to < today;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          Báo cáo đã công bố là bản lưu không thể sửa; đối chiếu cho biết số liệu nào đã thay đổi từ khi công bố và vì sao.
        </Typography.Text>
        {canPublish && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={!ended} title={ended ? undefined : 'Chỉ công bố kỳ đã kết thúc'} onClick={confirmPublish} loading={publish.isPending}>
            Công bố số liệu kỳ này
          </Button>
        )}
      </Space>
      {!ended && canPublish && <Alert type="info" showIcon title="Kỳ đang chọn chưa kết thúc: chọn một kỳ đã qua (ví dụ Tháng trước) để công bố." />}
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Card size="small">
        <Table<SnapshotSummary>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description="Chưa có báo cáo nào được công bố cho cơ quan này." /> }}
          pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: 'Số', dataIndex: 'id', width: 60 },
            { title: 'Cơ quan', dataIndex: 'agencyName' },
            { title: 'Kỳ báo cáo', render: (_: unknown, s) => rangeLabel(s) },
            { title: 'Nhóm', dataIndex: 'by', render: (b: Grouping) => groupingLabel(b) },
            { title: 'Hồ sơ', dataIndex: 'dossierCount', align: 'right', render: (n: number) => numberFormat.format(n) },
            { title: 'Công bố', render: (_: unknown, s) => `${formatDateTime(s.publishedAt)} — ${s.publishedBy}` },
            {
              title: '',
              width: 200,
              render: (_: unknown, s) => (
                <Space>
                  <Button size="small" icon={<EyeOutlined />} onClick={() => setOpened({ id: s.id, mode: 'view' })}>
                    Xem
                  </Button>
                  <Button size="small" icon={<DiffOutlined />} onClick={() => setOpened({ id: s.id, mode: 'compare' })}>
                    Đối chiếu
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <SnapshotDrawer opened={opened} onClose={() => setOpened(null)} />
    </Space>
  );
}

function SnapshotDrawer({ opened, onClose }: { opened: { id: number; mode: 'view' | 'compare' } | null; onClose: () => void }) {
  const screens = Grid.useBreakpoint();
  const id = opened?.id ?? 0;
  const detail = useQuery({
    queryKey: ['snapshot', id],
    enabled: opened?.mode === 'view',
    queryFn: async () => unwrap(await api.GET('/api/reports/snapshots/{id}', { params: { path: { id } } })),
  });
  const comparison = useQuery({
    queryKey: ['snapshot-compare', id],
    enabled: opened?.mode === 'compare',
    queryFn: async () => unwrap(await api.GET('/api/reports/snapshots/{id}/compare', { params: { path: { id }, query: {} } })),
  });
  const error = opened?.mode === 'view' ? detail.error : comparison.error;
  return (
    <Drawer
      open={opened !== null}
      onClose={onClose}
      size={screens.md ? Math.min(1200, window.innerWidth - 80) : '100%'}
      title={opened ? `${opened.mode === 'view' ? 'Báo cáo đã công bố' : 'Đối chiếu báo cáo'} #${opened.id}` : ''}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {opened?.mode === 'view' && detail.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label="Cơ quan">{detail.data.agencyName}</Descriptions.Item>
            <Descriptions.Item label="Kỳ">{rangeLabel(detail.data)}</Descriptions.Item>
            <Descriptions.Item label="Công bố">{`${formatDateTime(detail.data.publishedAt)} — ${detail.data.publishedBy}`}</Descriptions.Item>
            <Descriptions.Item label="Toàn vẹn">
              {detail.data.intact ? <Tag color="green">Khớp mã băm</Tag> : <Tag color="red">Không khớp mã băm</Tag>}
            </Descriptions.Item>
            {detail.data.note && <Descriptions.Item label="Ghi chú">{detail.data.note}</Descriptions.Item>}
          </Descriptions>
          <Form06Table report={detail.data.report} by={detail.data.report.by} />
        </Space>
      )}
      {opened?.mode === 'compare' && comparison.data && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {comparison.data.changed ? (
            <Alert type="warning" showIcon title={`${comparison.data.cells.length} ô số liệu đã thay đổi, do ${numberFormat.format(comparison.data.changedDossiers)} hồ sơ.`} />
          ) : (
            <Alert type="success" showIcon title="Số liệu tính lại hôm nay khớp hoàn toàn với số liệu đã công bố." />
          )}
          {comparison.data.cells.length > 0 && (
            <Table
              size="small"
              rowKey={(c) => `${c.rowKey ?? 'total'}-${c.cell}`}
              dataSource={comparison.data.cells}
              pagination={false}
              scroll={{ x: 700 }}
              columns={[
                { title: 'Dòng', dataIndex: 'rowName' },
                { title: 'Ô số liệu', dataIndex: 'cell', render: (c: keyof typeof cellLabels) => cellLabels[c] },
                { title: 'Đã công bố', dataIndex: 'published', align: 'right' },
                { title: 'Hiện nay', dataIndex: 'current', align: 'right' },
                { title: 'Chênh lệch', dataIndex: 'difference', align: 'right', render: (d: number) => <Typography.Text type={d < 0 ? 'danger' : 'success'}>{d > 0 ? `+${d}` : d}</Typography.Text> },
              ]}
            />
          )}
          {comparison.data.dossiers.length > 0 && (
            <Table
              size="small"
              rowKey="code"
              dataSource={comparison.data.dossiers}
              pagination={{ pageSize: 20 }}
              scroll={{ x: 700 }}
              columns={[
                { title: 'Hồ sơ', dataIndex: 'code' },
                { title: 'Thay đổi', dataIndex: 'change', render: (c: keyof typeof changeLabels) => <Tag color={changeLabels[c].color}>{changeLabels[c].text}</Tag> },
                { title: 'Lý do', dataIndex: 'reasons', render: (r: string[]) => (r.length ? r.join('; ') : '—') },
              ]}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
