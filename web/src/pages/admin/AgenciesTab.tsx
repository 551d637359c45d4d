import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Input,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import {
  ApartmentOutlined,
  BranchesOutlined,
  EditOutlined,
  HistoryOutlined,
  MergeCellsOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { vietnamToday } from '../../app/format';
import { useAgencyDetail, useAgencyTree, type AgencyDetail, type AgencyNode } from './admin-api';
import { AgencyFormModal, type AgencyFormTarget } from './AgencyFormModal';
import { MergeModal } from './MergeModal';
import { ancestorIds, countAgencies, filterAgencyTree, findAgency, isValidOn } from './agency-tree';
import { DATE_FORMAT, fromIsoDate, showDate, toIsoDate } from './dates';
import { agencyLevelLabels } from './labels';
import { LevelTag } from './ui';

const SINCE_ALWAYS = '2000-01-01';
const BEFORE_REFORM = '2025-06-30';

function validityText(a: { validFrom: string; validTo: string | null }): string | null {
  if (a.validTo) return a.validFrom > SINCE_ALWAYS ? `${showDate(a.validFrom)} – ${showDate(a.validTo)}` : `đến ${showDate(a.validTo)}`;
  return a.validFrom > SINCE_ALWAYS ? `từ ${showDate(a.validFrom)}` : null;
}

function toTreeData(nodes: readonly AgencyNode[]): DataNode[] {
  return nodes.map((a) => {
    const validity = validityText(a);
    return {
      key: a.id,
      title: (
        <span className="agency-node">
          <LevelTag level={a.level} />
          <span className="agency-node-name">{a.name}</span>
          <Typography.Text type="secondary" className="agency-node-code">
            {a.code}
          </Typography.Text>
          {validity && (
            <Tag color={a.validTo ? 'orange' : 'cyan'} variant="outlined" className="agency-node-validity">
              {validity}
            </Tag>
          )}
        </span>
      ),
      children: toTreeData(a.children),
    };
  });
}

/** Agencies: the organisation tree on any date, their details and history, create, edit, merge. */
export default function AgenciesTab() {
  const [params, setParams] = useSearchParams();
  const today = vietnamToday();
  const asOf = params.get('ngay') ?? today;
  const selectedId = Number(params.get('id')) || null;
  const tree = useAgencyTree(asOf === today ? undefined : asOf);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<number[] | null>(null);
  const [formTarget, setFormTarget] = useState<AgencyFormTarget | null>(null);
  const [merging, setMerging] = useState<AgencyDetail | null>(null);

  const filtered = useMemo(() => filterAgencyTree(tree.data ?? [], query), [tree.data, query]);
  const treeData = useMemo(() => toTreeData(filtered.nodes), [filtered.nodes]);
  const total = useMemo(() => countAgencies(tree.data ?? []), [tree.data]);

  // Open the top level by default, and the path to the selected agency.
  useEffect(() => {
    if (!tree.data || expanded !== null) return;
    const path = selectedId ? ancestorIds(tree.data, selectedId) : [];
    setExpanded([...tree.data.map((a) => a.id), ...path]);
  }, [tree.data, expanded, selectedId]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const select = (id: number | null) => {
    update({ id: id === null ? null : String(id) });
    if (id !== null && tree.data) setExpanded((e) => [...new Set([...(e ?? []), ...ancestorIds(tree.data, id)])]);
  };

  const past = asOf !== today;
  const selectedInTree = selectedId !== null && tree.data ? findAgency(tree.data, selectedId) : undefined;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={13}>
        <Card
          title={
            <Space>
              <ApartmentOutlined /> Cơ cấu tổ chức
            </Space>
          }
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create', parentId: selectedInTree?.id ?? null })}>
              Thêm cơ quan
            </Button>
          }
        >
          <Flex gap={12} wrap style={{ marginBottom: 12 }}>
            <Flex vertical gap={4} style={{ flex: '0 1 200px' }}>
              <label htmlFor="agency-as-of" className="admin-field-label">
                Xem cơ cấu tại ngày
              </label>
              <DatePicker
                id="agency-as-of"
                format={DATE_FORMAT}
                value={fromIsoDate(asOf)}
                allowClear={false}
                onChange={(d) => {
                  update({ ngay: toIsoDate(d) === today ? null : toIsoDate(d) });
                  setExpanded(null);
                }}
              />
            </Flex>
            <Flex vertical gap={4} style={{ flex: '1 1 220px' }}>
              <label htmlFor="agency-search" className="admin-field-label">
                Tìm cơ quan
              </label>
              <Input.Search id="agency-search" allowClear placeholder="Tên hoặc mã, có dấu hoặc không dấu" onChange={(e) => setQuery(e.target.value)} />
            </Flex>
          </Flex>
          <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
            <Button size="small" type={past ? 'default' : 'primary'} ghost={!past} onClick={() => { update({ ngay: null }); setExpanded(null); }}>
              Hôm nay
            </Button>
            <Button size="small" icon={<HistoryOutlined />} type={asOf === BEFORE_REFORM ? 'primary' : 'default'} ghost={asOf === BEFORE_REFORM} onClick={() => { update({ ngay: BEFORE_REFORM }); setExpanded(null); }}>
              Trước sắp xếp 01/07/2025
            </Button>
            <Typography.Text type="secondary">{tree.data ? `${total} cơ quan, đơn vị` : ''}</Typography.Text>
          </Space>
          {past && (
            <Alert
              type="info"
              showIcon
              icon={<HistoryOutlined />}
              title={`Đang xem cơ cấu tổ chức tại ngày ${showDate(asOf)}.`}
              style={{ marginBottom: 12 }}
            />
          )}
          {tree.isLoading ? (
            <Skeleton active paragraph={{ rows: 10 }} />
          ) : tree.error ? (
            <Alert type="error" showIcon title={tree.error.message} />
          ) : treeData.length === 0 ? (
            <Empty
              description={query ? 'Không có cơ quan nào khớp từ khóa. Thử tìm bằng mã hoặc bỏ dấu.' : 'Chưa có cơ quan nào tại ngày này. Bấm "Thêm cơ quan" để tạo cơ quan cấp tỉnh.'}
            />
          ) : (
            <Tree
              className="agency-tree"
              aria-label="Cây cơ cấu tổ chức"
              showLine
              blockNode
              height={560}
              treeData={treeData}
              expandedKeys={query ? filtered.expanded : (expanded ?? [])}
              onExpand={(keys) => setExpanded(keys.map(Number))}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => select(keys.length ? Number(keys[0]) : null)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <AgencyDetailCard
          id={selectedId}
          asOf={asOf}
          onSelect={select}
          onEdit={(a) => setFormTarget({ mode: 'edit', agency: a })}
          onAddChild={(a) => setFormTarget({ mode: 'create', parentId: a.id })}
          onMerge={setMerging}
          childCount={selectedInTree?.children.length ?? null}
        />
      </Col>
      <AgencyFormModal
        target={formTarget}
        asOf={past ? asOf : undefined}
        onClose={() => setFormTarget(null)}
        onSaved={(a) => {
          setFormTarget(null);
          select(a.id);
        }}
      />
      <MergeModal agency={merging} onClose={() => setMerging(null)} />
    </Row>
  );
}

function AgencyDetailCard({
  id,
  asOf,
  onSelect,
  onEdit,
  onAddChild,
  onMerge,
  childCount,
}: {
  id: number | null;
  asOf: string;
  onSelect: (id: number) => void;
  onEdit: (a: AgencyDetail) => void;
  onAddChild: (a: AgencyDetail) => void;
  onMerge: (a: AgencyDetail) => void;
  childCount: number | null;
}) {
  const detail = useAgencyDetail(id);
  if (id === null) {
    return (
      <Card>
        <Empty image={<ApartmentOutlined style={{ fontSize: 56, color: '#c9ccd3' }} />} description="Chọn một cơ quan trong cây để xem chi tiết, sửa thông tin hoặc ghi nhận sáp nhập." />
      </Card>
    );
  }
  if (detail.isLoading) return <Card><Skeleton active /></Card>;
  if (detail.error || !detail.data) return <Card><Result status="warning" title={detail.error?.message ?? 'Không tải được cơ quan.'} /></Card>;
  const a = detail.data;
  const inForce = isValidOn(a, asOf);
  const merged = a.successors.length > 0;
  const history: { color: string; date: string; title: ReactNode; content: ReactNode; key: string }[] = [
    ...a.predecessors.map((p) => ({
      key: `p${p.agencyId}`,
      date: p.effectiveFrom,
      color: 'blue',
      title: showDate(p.effectiveFrom),
      content: (
        <>
          Tiếp nhận <AgencyLink id={p.agencyId} name={p.name} onSelect={onSelect} /> ({p.code})
        </>
      ),
    })),
    ...a.successors.map((s) => ({
      key: `s${s.agencyId}`,
      date: s.effectiveFrom,
      color: 'orange',
      title: showDate(s.effectiveFrom),
      content: (
        <>
          Sáp nhập vào <AgencyLink id={s.agencyId} name={s.name} onSelect={onSelect} /> ({s.code})
        </>
      ),
    })),
  ].sort((x, y) => x.date.localeCompare(y.date));

  return (
    <Card
      title={
        <Space wrap>
          <LevelTag level={a.level} />
          <span style={{ whiteSpace: 'normal' }}>{a.name}</span>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<EditOutlined />} onClick={() => onEdit(a)}>
          Sửa
        </Button>
        <Button icon={<PlusOutlined />} onClick={() => onAddChild(a)}>
          Thêm đơn vị trực thuộc
        </Button>
        <Button icon={<MergeCellsOutlined />} danger disabled={merged} title={merged ? 'Đơn vị đã có đơn vị kế thừa' : undefined} onClick={() => onMerge(a)}>
          Sáp nhập vào…
        </Button>
      </Space>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'code', label: 'Mã', children: <Typography.Text copyable>{a.code}</Typography.Text> },
          { key: 'level', label: 'Cấp', children: agencyLevelLabels[a.level] },
          {
            key: 'parent',
            label: 'Cơ quan cấp trên',
            children: a.parent ? <AgencyLink id={a.parent.id} name={a.parent.name} onSelect={onSelect} /> : 'Không có (cấp cao nhất)',
          },
          {
            key: 'validity',
            label: 'Hiệu lực',
            children: (
              <Space wrap>
                <span>
                  {showDate(a.validFrom)} – {a.validTo ? showDate(a.validTo) : 'nay'}
                </span>
                <Tag color={inForce ? 'green' : 'default'}>{inForce ? 'Đang hoạt động' : 'Hết hiệu lực'}</Tag>
              </Space>
            ),
          },
          { key: 'division', label: 'Mã ĐVHC', children: a.divisionCode ?? '—' },
          ...(childCount !== null ? [{ key: 'children', label: 'Đơn vị trực thuộc', children: `${childCount}` }] : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        <BranchesOutlined /> Lịch sử sáp nhập, kế thừa
      </Typography.Title>
      {history.length === 0 ? (
        <Typography.Text type="secondary">Chưa có sáp nhập nào liên quan đến đơn vị này.</Typography.Text>
      ) : (
        <Timeline items={history.map((h) => ({ key: h.key, color: h.color, title: h.title, content: h.content }))} />
      )}
    </Card>
  );
}

/** A real link (keyboard, new tab) that selects another agency in the page. */
function AgencyLink({ id, name, onSelect }: { id: number; name: string; onSelect: (id: number) => void }) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set('id', String(id));
  return (
    <Link
      to={{ search: `?${next.toString()}` }}
      onClick={(e) => {
        e.preventDefault();
        onSelect(id);
      }}
    >
      {name}
    </Link>
  );
}
