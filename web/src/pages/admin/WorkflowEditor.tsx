import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BranchesOutlined,
  CheckCircleFilled,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
  UndoOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { AgencyPicker } from './AgencyPicker';
import { useAgencyTree } from './admin-api';
import { findAgency } from './agency-tree';
import type { ProcedureDetail, Workflow } from './catalog-api';
import { formatAmount, formatDurationText, stepRoleLabels, stepRoleOrder, type StepRole } from './labels';
import { balanceOf, compactStages, firstOutOfOrder, moveItem, nextStage, parallelInsertIndex, stageDurations } from './workflow-math';

interface DraftStep {
  key: string;
  stage: number;
  name: string;
  role: StepRole;
  /** Null = the agency that received the dossier. */
  agencyId: number | null;
  allotted: number | null;
}

let keySeq = 0;
const newKey = () => `s${++keySeq}`;

function draftOf(w: Workflow | undefined): DraftStep[] {
  if (!w) {
    // A usual one-stop pattern to start from: receive, appraise, approve, return.
    return [
      { key: newKey(), stage: 1, name: 'Tiếp nhận hồ sơ, chuyển xử lý', role: 'receiving_officer', agencyId: null, allotted: null },
      { key: newKey(), stage: 2, name: 'Thẩm định hồ sơ, trình kết quả', role: 'specialist', agencyId: null, allotted: null },
      { key: newKey(), stage: 3, name: 'Phê duyệt, ký kết quả', role: 'leader', agencyId: null, allotted: null },
      { key: newKey(), stage: 4, name: 'Trả kết quả', role: 'receiving_officer', agencyId: null, allotted: null },
    ];
  }
  return w.steps.map((s) => ({ key: newKey(), stage: s.stage, name: s.name, role: s.role, agencyId: s.agency?.id ?? null, allotted: s.allotted }));
}

const stageColors = ['#b3261e', '#1d4ed8', '#15803d', '#7c3aed', '#d97706', '#0e7490', '#be185d'];
const DEFAULT_KEY = 'mac-dinh';

/**
 * The workflow editor: ordered steps (name, role, agency, stage, time). Parallel steps share a stage,
 * which lasts as long as its longest step; the running sum is compared live with the published
 * processing time, and the server's own check decides on save.
 */
export function WorkflowEditor({ procedure }: { procedure: ProcedureDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const version = procedure.current;
  const workflows = version.workflows;
  // Open the default workflow, or the first agency's when the procedure only has agency workflows.
  const [selected, setSelected] = useState<string>(() =>
    workflows.some((w) => !w.agency) || !workflows[0]?.agency ? DEFAULT_KEY : String(workflows[0].agency.id),
  );
  const [extraAgency, setExtraAgency] = useState<{ id: number } | null>(null);
  const [steps, setSteps] = useState<DraftStep[]>([]);
  const [dirty, setDirty] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const tree = useAgencyTree();

  const workflowFor = (key: string) => workflows.find((w) => (w.agency ? String(w.agency.id) : DEFAULT_KEY) === key);
  const current = workflowFor(selected);

  useEffect(() => {
    setSteps(draftOf(workflowFor(selected)));
    setDirty(false);
    setServerError(null);
    setShowMissing(false);
    // Reload the draft when another workflow is chosen or the saved one changes.
  }, [selected, version.id, current?.id]);

  const unit = version.timeUnit;
  const balance = balanceOf(steps, version.publishedDuration);
  const stages = useMemo(() => stageDurations(steps), [steps]);
  const disorder = firstOutOfOrder(steps);
  const readOnly = version.status !== 'active';

  const change = (next: DraftStep[]) => {
    setSteps(next);
    setDirty(true);
    setServerError(null);
  };
  const patch = (key: string, p: Partial<DraftStep>) => change(steps.map((s) => (s.key === key ? { ...s, ...p } : s)));

  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/procedures/{code}/workflow', {
          params: { path: { code: procedure.code } },
          body: {
            agencyId: selected === DEFAULT_KEY ? null : Number(selected),
            steps: steps.map((s) => ({ stage: s.stage, name: s.name.trim(), role: s.role, agencyId: s.agencyId, allotted: s.allotted ?? 0 })),
          },
        }),
      ),
    onSuccess: () => {
      setDirty(false);
      setServerError(null);
      void message.success('Đã lưu quy trình xử lý.');
      void qc.invalidateQueries({ queryKey: ['admin', 'procedure', procedure.code] });
    },
    onError: (e) => setServerError(e.message),
  });

  const incomplete = steps.some((s) => !s.name.trim() || !(s.allotted && s.allotted > 0));
  const onSave = () => {
    // Missing names or times are caught here; whether the times add up is the server's call.
    if (incomplete) {
      setShowMissing(true);
      setServerError('Mỗi bước cần có tên và thời gian thực hiện lớn hơn 0.');
      return;
    }
    save.mutate();
  };

  const agencyOptions = [
    { value: DEFAULT_KEY, label: `Mặc định (mọi cơ quan tiếp nhận)${workflowFor(DEFAULT_KEY) ? '' : ' – chưa thiết lập'}` },
    ...workflows.filter((w) => w.agency).map((w) => ({ value: String(w.agency!.id), label: `Riêng cho ${w.agency!.name}` })),
    ...(extraAgency && !workflowFor(String(extraAgency.id))
      ? [{ value: String(extraAgency.id), label: `Riêng cho ${findAgency(tree.data ?? [], extraAgency.id)?.name ?? 'cơ quan đã chọn'} – chưa thiết lập` }]
      : []),
  ];

  const columns: ColumnsType<DraftStep> = [
    { title: '#', key: 'n', width: 44, render: (_, __, i) => i + 1 },
    {
      title: 'Giai đoạn',
      key: 'stage',
      width: 84,
      render: (_, s, i) => (
        <InputNumber
          aria-label={`Giai đoạn của bước ${i + 1}`}
          min={1}
          max={100}
          precision={0}
          value={s.stage}
          disabled={readOnly}
          onChange={(v) => patch(s.key, { stage: v ?? 1 })}
          status={disorder === i ? 'warning' : undefined}
          style={{ width: 64 }}
        />
      ),
    },
    {
      title: 'Tên bước',
      key: 'name',
      render: (_, s, i) => (
        <Input.TextArea
          aria-label={`Tên bước ${i + 1}`}
          value={s.name}
          disabled={readOnly}
          maxLength={500}
          autoSize={{ minRows: 1, maxRows: 3 }}
          status={showMissing && !s.name.trim() ? 'error' : undefined}
          onChange={(e) => patch(s.key, { name: e.target.value })}
          placeholder="Ví dụ: Thẩm định hồ sơ"
        />
      ),
    },
    {
      title: 'Vai trò',
      key: 'role',
      width: 160,
      render: (_, s, i) => (
        <Select<StepRole>
          aria-label={`Vai trò thực hiện bước ${i + 1}`}
          value={s.role}
          disabled={readOnly}
          onChange={(v) => patch(s.key, { role: v })}
          options={stepRoleOrder.map((r) => ({ value: r, label: stepRoleLabels[r] }))}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: 'Cơ quan thực hiện',
      key: 'agency',
      width: 200,
      render: (_, s, i) => (
        <AgencyPicker
          aria-label={`Cơ quan thực hiện bước ${i + 1}`}
          value={s.agencyId}
          onChange={(v) => patch(s.key, { agencyId: v })}
          placeholder="Cơ quan tiếp nhận"
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: `Thời gian (${unit === 'working_hours' ? 'giờ' : unit === 'months' ? 'tháng' : 'ngày'})`,
      key: 'allotted',
      width: 120,
      render: (_, s, i) => (
        <InputNumber<number>
          aria-label={`Thời gian thực hiện bước ${i + 1}`}
          min={0}
          step={0.5}
          precision={2}
          decimalSeparator=","
          value={s.allotted}
          disabled={readOnly}
          status={showMissing && !(s.allotted && s.allotted > 0) ? 'error' : undefined}
          onChange={(v) => patch(s.key, { allotted: v })}
          style={{ width: 100 }}
        />
      ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 128,
      render: (_, s, i) => (
        <Space size={2}>
          <Tooltip title="Lên trên">
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`Chuyển bước ${i + 1} lên`} disabled={readOnly || i === 0} onClick={() => change(moveItem(steps, i, -1))} />
          </Tooltip>
          <Tooltip title="Xuống dưới">
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={`Chuyển bước ${i + 1} xuống`}
              disabled={readOnly || i === steps.length - 1}
              onClick={() => change(moveItem(steps, i, 1))}
            />
          </Tooltip>
          <Tooltip title="Thêm bước song song (cùng giai đoạn)">
            <Button
              size="small"
              type="text"
              icon={<BranchesOutlined />}
              aria-label={`Thêm bước song song với bước ${i + 1}`}
              disabled={readOnly}
              onClick={() => {
                const at = parallelInsertIndex(steps, i);
                const copy = [...steps];
                copy.splice(at, 0, { key: newKey(), stage: s.stage, name: '', role: 'specialist', agencyId: null, allotted: null });
                change(copy);
              }}
            />
          </Tooltip>
          <Tooltip title="Xóa bước">
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`Xóa bước ${i + 1}`}
              disabled={readOnly || steps.length === 1}
              onClick={() => change(steps.filter((x) => x.key !== s.key))}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const maxStage = Math.max(version.publishedDuration, balance.total, 0.01);

  return (
    <Flex vertical gap={16}>
      {readOnly && <Alert type="warning" showIcon title="Thủ tục đã bãi bỏ: không thể thiết lập quy trình." />}
      <Flex gap={12} wrap align="end">
        <Flex vertical gap={4} style={{ flex: '1 1 280px' }}>
          <label htmlFor="wf-agency" className="admin-field-label">
            Quy trình áp dụng cho
          </label>
          <Select id="wf-agency" value={selected} onChange={setSelected} options={agencyOptions} />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 280px' }}>
          <label htmlFor="wf-new-agency" className="admin-field-label">
            Thêm quy trình riêng cho cơ quan tiếp nhận
          </label>
          <AgencyPicker
            id="wf-new-agency"
            value={extraAgency?.id ?? null}
            placeholder="Chọn cơ quan tiếp nhận…"
            onChange={(id) => {
              setExtraAgency(id === null ? null : { id });
              if (id !== null) setSelected(String(id));
            }}
          />
        </Flex>
      </Flex>

      <Card size="small" styles={{ body: { padding: 16 } }}>
        <Flex gap={24} wrap align="center">
          <Statistic title="Tổng thời gian các bước" value={formatAmount(balance.total)} suffix={unit === 'working_hours' ? 'giờ' : unit === 'months' ? 'tháng' : 'ngày'} />
          <Statistic title="Thời hạn giải quyết công bố" value={formatAmount(version.publishedDuration)} suffix={unit === 'working_hours' ? 'giờ' : unit === 'months' ? 'tháng' : 'ngày'} />
          <div style={{ flex: '1 1 260px' }} role="status" aria-live="polite">
            {steps.length === 0 ? null : balance.matches ? (
              <Tag color="success" icon={<CheckCircleFilled />} style={{ fontSize: 14, padding: '4px 10px' }}>
                Khớp thời hạn công bố
              </Tag>
            ) : (
              <Tag color="warning" icon={<WarningFilled />} style={{ fontSize: 14, padding: '4px 10px', whiteSpace: 'normal' }}>
                {balance.difference < 0
                  ? `Còn thiếu ${formatDurationText(-balance.difference, unit)}`
                  : `Vượt ${formatDurationText(balance.difference, unit)}`}
              </Tag>
            )}
          </div>
        </Flex>
        <div style={{ marginTop: 12 }}>
          <div className="wf-stage-bar" aria-hidden>
            {stages.map((st, i) => (
              <div
                key={st.stage}
                title={`Giai đoạn ${st.stage}: ${formatDurationText(st.duration, unit)}${st.steps > 1 ? ` (${st.steps} bước song song)` : ''}`}
                style={{ width: `${(st.duration / maxStage) * 100}%`, background: stageColors[i % stageColors.length] }}
              >
                {st.duration > 0 ? `GĐ${st.stage} · ${formatAmount(st.duration)}` : ''}
              </div>
            ))}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Mỗi giai đoạn tính theo bước dài nhất; các bước cùng số giai đoạn chạy song song (ví dụ lấy ý kiến nhiều cơ quan cùng lúc).
          </Typography.Text>
        </div>
      </Card>

      {disorder !== null && (
        <Alert
          type="warning"
          showIcon
          title={`Bước ${disorder + 1} có số giai đoạn nhỏ hơn bước trước: các bước phải xếp theo giai đoạn tăng dần.`}
          action={
            <Button size="small" onClick={() => change(compactStages([...steps].sort((a, b) => a.stage - b.stage)))}>
              Sắp xếp lại
            </Button>
          }
        />
      )}
      {serverError && <Alert type="error" showIcon title="Chưa lưu được quy trình" description={serverError} />}

      <Table<DraftStep>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={steps}
        pagination={false}
        scroll={{ x: 980 }}
        rowClassName={() => 'wf-step-row'}
        locale={{ emptyText: 'Chưa có bước nào. Bấm "Thêm bước" để bắt đầu.' }}
      />
      <Flex gap={8} wrap justify="space-between">
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          disabled={readOnly}
          onClick={() => change([...steps, { key: newKey(), stage: nextStage(steps), name: '', role: 'specialist', agencyId: null, allotted: null }])}
        >
          Thêm bước
        </Button>
        <Space wrap>
          {current && (
            <Typography.Text type="secondary">
              Đang áp dụng: {current.steps.length} bước, tổng {formatDurationText(current.total, unit)}
            </Typography.Text>
          )}
          <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => { setSteps(draftOf(current)); setDirty(false); setServerError(null); }}>
            Hoàn tác
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={readOnly} onClick={onSave}>
            Lưu quy trình
          </Button>
        </Space>
      </Flex>
    </Flex>
  );
}
