import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Flex, Form, Input, Modal, Result, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { useProcedure, useProcedureVersion, type ProcedureDetail, type VersionDetail } from './catalog-api';
import { DATE_FORMAT, showDate, toIsoDate } from './dates';
import {
  formatDurationText,
  moneyFormat,
  onlineLevelColors,
  onlineLevelLabels,
  procedureLevelLabels,
  versionStatusColors,
  versionStatusLabels,
} from './labels';
import { WorkflowEditor } from './WorkflowEditor';
import { SubmitOnEnter } from './ui';

/** One procedure: its current version, the workflow editor and the version history; amend or abolish. */
export function ProcedureDrawer({ code, onClose, onAmend }: { code: string | null; onClose: () => void; onAmend: (p: ProcedureDetail) => void }) {
  const procedure = useProcedure(code);
  const [tab, setTab] = useState('info');
  const [abolishing, setAbolishing] = useState(false);
  const p = procedure.data;
  const active = p?.current.status === 'active';

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size="min(1100px, 100vw)"
      title={p ? `${p.code} · ${p.current.name}` : code}
      extra={
        p && (
          <Space wrap>
            <Button icon={<EditOutlined />} disabled={!active} onClick={() => onAmend(p)}>
              Sửa đổi, bổ sung
            </Button>
            <Button icon={<StopOutlined />} danger disabled={!active} onClick={() => setAbolishing(true)}>
              Bãi bỏ
            </Button>
          </Space>
        )
      }
    >
      {procedure.isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : procedure.error || !p ? (
        <Result status="warning" title={procedure.error?.message ?? 'Không tải được thủ tục.'} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'info', label: 'Thông tin', children: <VersionInfo version={p.current} /> },
            { key: 'workflow', label: 'Quy trình xử lý', children: <WorkflowEditor key={p.code} procedure={p} /> },
            { key: 'versions', label: `Các phiên bản (${p.versions.length})`, children: <Versions procedure={p} /> },
          ]}
        />
      )}
      {p && <AbolishModal procedure={p} open={abolishing} onClose={() => setAbolishing(false)} />}
    </Drawer>
  );
}

function VersionInfo({ version: v }: { version: Omit<VersionDetail, 'workflows'> & { workflows?: VersionDetail['workflows'] } }) {
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'status', label: 'Trạng thái', children: <Space><Tag color={versionStatusColors[v.status]}>{versionStatusLabels[v.status]}</Tag><span>Phiên bản {v.version}</span></Space> },
          { key: 'field', label: 'Lĩnh vực', children: v.field.name },
          { key: 'levels', label: 'Cấp thực hiện', children: v.levels.map((l) => procedureLevelLabels[l]).join(', ') },
          { key: 'agency', label: 'Cơ quan thực hiện', children: v.implementingAgency },
          { key: 'published', label: 'Thời hạn công bố', children: formatDurationText(v.publishedDuration, v.timeUnit) },
          { key: 'legal', label: 'Thời hạn theo quy định', children: formatDurationText(v.legalDuration, v.timeUnit) },
          { key: 'online', label: 'Mức độ trực tuyến', children: <Tag color={onlineLevelColors[v.onlineLevel]}>{onlineLevelLabels[v.onlineLevel]}</Tag> },
          { key: 'result', label: 'Kết quả', children: v.resultDescription || '—' },
          {
            key: 'decision',
            label: 'Quyết định công bố',
            children: v.decisionNumber ? `${v.decisionNumber}${v.decisionDate ? ` ngày ${showDate(v.decisionDate)}` : ''}` : '—',
          },
          { key: 'effective', label: 'Ngày hiệu lực', children: showDate(v.effectiveDate) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Thành phần hồ sơ
      </Typography.Title>
      {v.components.length === 0 ? (
        <Typography.Text type="secondary">Chưa khai báo thành phần hồ sơ.</Typography.Text>
      ) : (
        <ol className="admin-list">
          {v.components.map((c) => (
            <li key={c.position}>
              <Space wrap>
                <span>{c.name}</span>
                <Typography.Text type="secondary">
                  {c.originals} bản chính, {c.copies} bản sao
                </Typography.Text>
                {!c.required && <Tag>Không bắt buộc</Tag>}
                {c.templateName && <Tag color="blue">{c.templateName}</Tag>}
              </Space>
            </li>
          ))}
        </ol>
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Phí, lệ phí
      </Typography.Title>
      {v.fees.length === 0 ? (
        <Typography.Text type="secondary">Không thu phí, lệ phí.</Typography.Text>
      ) : (
        <ul className="admin-list">
          {v.fees.map((f, i) => (
            <li key={i}>
              <Flex justify="space-between" gap={12}>
                <span>{f.name}</span>
                <Typography.Text strong>{moneyFormat.format(f.amount)}</Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Versions({ procedure }: { procedure: ProcedureDetail }) {
  return (
    <Table
      rowKey="version"
      size="small"
      pagination={false}
      dataSource={[...procedure.versions].sort((a, b) => b.version - a.version)}
      expandable={{ expandedRowRender: (v) => <VersionRow code={procedure.code} version={v.version} />, expandRowByClick: true }}
      columns={[
        { title: 'Phiên bản', dataIndex: 'version', width: 100, render: (n: number) => `Phiên bản ${n}` },
        { title: 'Trạng thái', dataIndex: 'status', width: 180, render: (s: VersionDetail['status']) => <Tag color={versionStatusColors[s]}>{versionStatusLabels[s]}</Tag> },
        { title: 'Quyết định', dataIndex: 'decisionNumber', render: (d: string | null) => d ?? '—' },
        { title: 'Tạo lúc', dataIndex: 'createdAt', width: 160, render: (d: string) => formatDateTime(d) },
      ]}
    />
  );
}

function VersionRow({ code, version }: { code: string; version: number }) {
  const v = useProcedureVersion(code, version);
  if (v.isLoading) return <Skeleton active />;
  if (v.error || !v.data) return <Alert type="error" showIcon title={v.error?.message ?? 'Không tải được phiên bản.'} />;
  return <VersionInfo version={v.data} />;
}

function AbolishModal({ procedure, open, onClose }: { procedure: ProcedureDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ decisionNumber?: string; decisionDate: Dayjs | null; effectiveDate: Dayjs | null }>();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const abolish = useMutation({
    mutationFn: async (body: { decisionNumber: string | null; decisionDate: string | null; effectiveDate: string | null }) =>
      unwrap(await api.POST('/api/procedures/{code}/abolish', { params: { path: { code: procedure.code } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['admin'] });
      void message.success(`Đã bãi bỏ thủ tục ${procedure.code}.`);
      onClose();
    },
    onError: (e) => setError(e.message),
  });
  return (
    <Modal open={open} title={`Bãi bỏ thủ tục ${procedure.code}`} okText="Bãi bỏ" okButtonProps={{ danger: true }} cancelText="Hủy" onCancel={onClose} onOk={() => form.submit()} confirmLoading={abolish.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        Thủ tục bãi bỏ không nhận hồ sơ mới; hồ sơ đã tiếp nhận vẫn được giải quyết đến khi trả kết quả.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          modal.confirm({
            title: `Xác nhận bãi bỏ thủ tục ${procedure.code}?`,
            content: `${procedure.current.name} sẽ không còn tiếp nhận hồ sơ mới. Thao tác này không thể hoàn tác.`,
            okText: 'Bãi bỏ',
            okButtonProps: { danger: true },
            cancelText: 'Quay lại',
            onOk: () =>
              abolish
                .mutateAsync({ decisionNumber: v.decisionNumber?.trim() || null, decisionDate: toIsoDate(v.decisionDate), effectiveDate: toIsoDate(v.effectiveDate) })
                .catch(() => undefined),
          });
        }}
      >
        <Form.Item label="Quyết định bãi bỏ số" name="decisionNumber">
          <Input maxLength={100} placeholder="Ví dụ: 567/QĐ-UBND" />
        </Form.Item>
        <Space wrap>
          <Form.Item label="Ngày quyết định" name="decisionDate">
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item label="Ngày hiệu lực" name="effectiveDate">
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Space>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
