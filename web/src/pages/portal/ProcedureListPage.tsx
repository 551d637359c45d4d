import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Input, Pagination, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { ApartmentOutlined, ClockCircleOutlined, FolderOutlined, NumberOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { numberFormat } from '../../app/format';
import { durationText, levelLabels, onlineLevelInfo } from './portal-model';
import { useProcedureFields } from './portal-queries';
import { OnlineTag } from './parts';
import type { OnlineLevel, ProcedureLevel } from './portal-types';
import './portal.css';

const PAGE_SIZE = 20;
const levels = Object.keys(levelLabels) as ProcedureLevel[];
const onlineLevels = Object.keys(onlineLevelInfo) as OnlineLevel[];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

export default function ProcedureListPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const fieldCode = params.get('linh-vuc') ?? undefined;
  const level = oneOf(params.get('cap'), levels);
  const onlineLevel = oneOf(params.get('muc-do'), onlineLevels);
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const fields = useProcedureFields();

  const list = useQuery({
    queryKey: ['procedures', { q, fieldCode, level, onlineLevel, page }],
    queryFn: async () =>
      unwrap(await api.GET('/api/procedures', { params: { query: { q: q || undefined, fieldCode, level, onlineLevel, page, pageSize: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });

  /** Changes one filter and goes back to the first page; empty values are dropped from the address. */
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('trang' in changes)) next.delete('trang');
    setParams(next);
  };
  const filtered = !!(q || fieldCode || level || onlineLevel);

  return (
    <div className="page" style={{ maxWidth: 1100 }}>
      <h1 className="page-title">Thủ tục hành chính</h1>
      <Card style={{ marginBottom: 16 }}>
        <Input.Search
          size="large"
          placeholder="Tìm theo tên hoặc mã thủ tục (gõ có dấu hoặc không dấu)"
          aria-label="Tìm thủ tục"
          value={text}
          allowClear
          enterButton="Tìm kiếm"
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
        />
        <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
          <Col xs={24} md={10}>
            <Select
              aria-label="Lĩnh vực"
              placeholder="Tất cả lĩnh vực"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: '100%' }}
              loading={fields.isLoading}
              value={fieldCode}
              onChange={(v: string | undefined) => update({ 'linh-vuc': v })}
              options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              aria-label="Cấp thực hiện"
              placeholder="Tất cả các cấp"
              allowClear
              style={{ width: '100%' }}
              value={level}
              onChange={(v: string | undefined) => update({ cap: v })}
              options={levels.map((l) => ({ value: l, label: levelLabels[l] }))}
            />
          </Col>
          <Col xs={12} md={7}>
            <Select
              aria-label="Mức độ trực tuyến"
              placeholder="Mọi mức độ trực tuyến"
              allowClear
              style={{ width: '100%' }}
              value={onlineLevel}
              onChange={(v: string | undefined) => update({ 'muc-do': v })}
              options={onlineLevels.map((l) => ({ value: l, label: onlineLevelInfo[l].label }))}
            />
          </Col>
        </Row>
      </Card>

      {list.error ? (
        <Alert type="error" showIcon title={list.error.message} action={<Button onClick={() => void list.refetch()}>Thử lại</Button>} />
      ) : (
        <Card
          styles={{ body: { padding: 0 } }}
          title={
            list.data ? (
              <span>
                Tìm thấy <b>{numberFormat.format(list.data.total)}</b> thủ tục
              </span>
            ) : (
              'Đang tải…'
            )
          }
          extra={filtered && <Button type="link" onClick={() => setParams(new URLSearchParams())}>Xóa bộ lọc</Button>}
        >
          {list.isLoading ? (
            <div style={{ padding: 20 }}>
              <Skeleton active />
            </div>
          ) : list.data && list.data.items.length === 0 ? (
            <Empty
              style={{ padding: 32 }}
              description={
                filtered ? 'Không có thủ tục nào khớp. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.' : 'Chưa có thủ tục nào được công bố.'
              }
            />
          ) : (
            <div aria-busy={list.isFetching} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              {list.data?.items.map((p) => (
                <div key={p.code} className="procedure-row">
                  <Link to={`/thu-tuc/${encodeURIComponent(p.code)}`} className="procedure-name">
                    {p.current.name}
                  </Link>
                  <div className="procedure-meta">
                    <span>
                      <NumberOutlined />
                      Mã {p.code}
                    </span>
                    <span>
                      <FolderOutlined />
                      {p.current.field.name}
                    </span>
                    <span>
                      <ApartmentOutlined />
                      {p.current.levels.map((l) => levelLabels[l]).join(', ')}
                    </span>
                    <span>
                      <ClockCircleOutlined />
                      {durationText(p.current.publishedDuration, p.current.timeUnit)}
                    </span>
                    <Space size={4}>
                      <OnlineTag level={p.current.onlineLevel} />
                      {p.current.status === 'abolished' && <Tag color="red">Đã bãi bỏ</Tag>}
                    </Space>
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
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
        Thông tin thủ tục theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh.
      </Typography.Paragraph>
    </div>
  );
}
