import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, FileAddOutlined, UploadOutlined } from '@ant-design/icons';
import { api, download, unwrap } from '../../api/client';
import { useProcedureFields } from './admin-api';
import { CatalogImportModal } from './CatalogImportModal';
import { ProcedureDrawer } from './ProcedureDrawer';
import { ProcedureFormDrawer, type ProcedureFormTarget } from './ProcedureFormDrawer';
import {
  formatDurationText,
  onlineLevelColors,
  onlineLevelLabels,
  procedureLevelLabels,
  versionStatusColors,
  versionStatusLabels,
} from './labels';

type Item = NonNullable<Awaited<ReturnType<typeof fetchPage>>>['items'][number];
type StatusFilter = 'active' | 'abolished' | 'all';

async function fetchPage(query: { q?: string; fieldCode?: string; status: StatusFilter; page: number; pageSize: number }) {
  return unwrap(await api.GET('/api/procedures', { params: { query } }));
}

/** The procedure catalog: server-paged search, create, import/export, and each procedure's drawer. */
export default function ProceduresTab() {
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const fields = useProcedureFields();
  const q = params.get('tim') ?? '';
  const fieldCode = params.get('linh-vuc') ?? undefined;
  const status = (['active', 'abolished', 'all'].includes(params.get('trang-thai') ?? '') ? params.get('trang-thai') : 'active') as StatusFilter;
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const pageSize = [10, 20, 50, 100].includes(Number(params.get('so-dong'))) ? Number(params.get('so-dong')) : 20;
  const open = params.get('ma');
  const [searchText, setSearchText] = useState(q);
  const [form, setForm] = useState<ProcedureFormTarget | null>(null);
  const [importing, setImporting] = useState(false);

  const query = { ...(q ? { q } : {}), ...(fieldCode ? { fieldCode } : {}), status, page, pageSize };
  const list = useQuery({ queryKey: ['admin', 'procedures', query], queryFn: () => fetchPage(query), placeholderData: keepPreviousData });

  const withParams = (changes: Record<string, string | null>, keepPage = true) => {
    const next = new URLSearchParams(params);
    if (!keepPage) next.delete('trang');
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    return `?${next.toString()}`;
  };
  const update = (changes: Record<string, string | null>, keepPage = false) => setParams(withParams(changes, keepPage), { replace: true });

  const exportAs = (format: 'json' | 'xlsx') =>
    download(`/api/catalog/export?format=${format}`, format === 'json' ? 'danh-muc-tthc.json' : 'danh-muc-tthc.xlsx').catch((e: Error) => void message.error(e.message));

  const columns: ColumnsType<Item> = [
    { title: 'Mã', dataIndex: 'code', width: 110, render: (c: string) => <Typography.Text strong>{c}</Typography.Text> },
    {
      title: 'Tên thủ tục',
      key: 'name',
      render: (_, p) => (
        <Flex vertical>
          <Link to={{ search: withParams({ ma: p.code }) }}>{p.current.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {p.current.field.name} · {p.current.implementingAgency}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: 'Cấp',
      key: 'levels',
      width: 130,
      render: (_, p) => (
        <Flex gap={4} wrap>
          {p.current.levels.map((l) => (
            <Tag key={l} style={{ marginInlineEnd: 0 }}>
              {procedureLevelLabels[l]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Thời hạn công bố',
      key: 'duration',
      width: 150,
      render: (_, p) => (
        <Flex vertical>
          <span>{formatDurationText(p.current.publishedDuration, p.current.timeUnit)}</span>
          {p.current.publishedDuration < p.current.legalDuration && (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              quy định {formatDurationText(p.current.legalDuration, p.current.timeUnit)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: 'Trực tuyến', key: 'online', width: 130, render: (_, p) => <Tag color={onlineLevelColors[p.current.onlineLevel]}>{onlineLevelLabels[p.current.onlineLevel]}</Tag> },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_, p) => (
        <Space size={4}>
          <Tag color={versionStatusColors[p.current.status]}>{versionStatusLabels[p.current.status]}</Tag>
          <Typography.Text type="secondary">v{p.current.version}</Typography.Text>
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Flex gap={12} wrap align="end" style={{ marginBottom: 16 }}>
        <Flex vertical gap={4} style={{ flex: '2 1 260px' }}>
          <label htmlFor="proc-search" className="admin-field-label">
            Tìm thủ tục
          </label>
          <Input.Search
            id="proc-search"
            allowClear
            enterButton
            placeholder="Tên hoặc mã, có dấu hoặc không dấu"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(v) => update({ tim: v.trim() })}
          />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 220px' }}>
          <label htmlFor="proc-field" className="admin-field-label">
            Lĩnh vực
          </label>
          <Select
            id="proc-field"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Tất cả lĩnh vực"
            value={fieldCode}
            onChange={(v?: string) => update({ 'linh-vuc': v ?? null })}
            options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
          />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 160px' }}>
          <label htmlFor="proc-status" className="admin-field-label">
            Trạng thái
          </label>
          <Select<StatusFilter>
            id="proc-status"
            value={status}
            onChange={(v) => update({ 'trang-thai': v === 'active' ? null : v })}
            options={[
              { value: 'active', label: 'Đang áp dụng' },
              { value: 'abolished', label: 'Đã bãi bỏ' },
              { value: 'all', label: 'Tất cả' },
            ]}
          />
        </Flex>
        <Space wrap>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            Nhập danh mục
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', label: 'Xuất Excel (.xlsx)' },
                { key: 'json', label: 'Xuất JSON' },
              ],
              onClick: ({ key }) => void exportAs(key as 'json' | 'xlsx'),
            }}
          >
            <Button icon={<DownloadOutlined />}>Xuất danh mục</Button>
          </Dropdown>
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setForm({ mode: 'create' })}>
            Thêm thủ tục
          </Button>
        </Space>
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<Item>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 900 }}
        onRow={(p) => ({ onDoubleClick: () => update({ ma: p.code }, true) })}
        locale={{
          emptyText: (
            <Empty description={q || fieldCode ? 'Không có thủ tục nào khớp điều kiện tìm kiếm. Thử bỏ dấu hoặc tìm theo mã.' : 'Danh mục chưa có thủ tục. Bấm "Thêm thủ tục" hoặc "Nhập danh mục".'} />
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total, [from, to]) => `${from}–${to} / ${total} thủ tục`,
          onChange: (p, size) => update({ trang: p > 1 && size === pageSize ? String(p) : null, 'so-dong': size === 20 ? null : String(size) }, true),
        }}
      />
      <ProcedureDrawer code={open} onClose={() => update({ ma: null }, true)} onAmend={(procedure) => setForm({ mode: 'amend', procedure })} />
      <ProcedureFormDrawer
        target={form}
        onClose={() => setForm(null)}
        onSaved={(code) => {
          setForm(null);
          update({ ma: code }, true);
        }}
      />
      <CatalogImportModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
