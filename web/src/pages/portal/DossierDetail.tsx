import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, FileOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { applicantTimeline, canWithdraw, durationText, fileSizeText, latestSupplementRequest, statusInfo } from './portal-model';
import { ComponentUpload } from './ComponentUpload';
import { DossierProgress, StatusTag } from './parts';
import type { DossierDetail as Detail, UploadFile } from './portal-types';

const outcomeWords = { approved: 'Giải quyết (chấp thuận)', rejected: 'Không đủ điều kiện giải quyết', withdrawn: 'Dừng xử lý theo đề nghị' } as const;

export function useDossier(code: string | null) {
  return useQuery({
    queryKey: ['my-dossier', code],
    enabled: !!code,
    queryFn: async () => unwrap(await api.GET('/api/dossiers/{code}', { params: { path: { code: code! } } })),
  });
}

/** One of the applicant's dossiers: where it is, what was provided, and the actions open to the applicant. */
export function DossierDetail({ code }: { code: string }) {
  const query = useDossier(code);
  if (query.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error || !query.data) {
    return (
      <Result
        status={query.error instanceof ApiError && query.error.status === 404 ? '404' : 'error'}
        title="Không mở được hồ sơ"
        subTitle={query.error?.message}
      />
    );
  }
  return <DetailBody detail={query.data} />;
}

function DetailBody({ detail }: { detail: Detail }) {
  const d = detail.dossier;
  const request = latestSupplementRequest(detail.events);
  const timeline = applicantTimeline(detail.events);
  const filesOf = (position: number) => detail.files.filter((f) => f.componentPosition === position);
  const otherFiles = detail.files.filter((f) => f.componentPosition === null);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <StatusTag status={d.status} />
        {d.channel === 'online' && <Tag>Nộp trực tuyến</Tag>}
      </Space>
      <Alert type={d.status === 'awaiting_supplement' || d.status === 'intake_incomplete' ? 'warning' : 'info'} showIcon title={statusInfo[d.status].hint} />

      {d.status === 'awaiting_supplement' && <SupplementForm detail={detail} reason={request?.reason ?? null} kind="supplement" />}
      {d.status === 'intake_incomplete' && d.ownerUserId !== null && <SupplementForm detail={detail} reason={request?.reason ?? null} kind="resubmit" />}

      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'procedure', label: 'Thủ tục', children: detail.procedure?.name ?? '—' },
          { key: 'desk', label: 'Nơi nộp', children: detail.desk?.name ?? '—' },
          { key: 'agency', label: 'Cơ quan giải quyết', children: detail.agency?.name ?? '—' },
          ...(detail.procedure
            ? [{ key: 'time', label: 'Thời hạn giải quyết', children: durationText(detail.procedure.publishedDuration, detail.procedure.timeUnit) }]
            : []),
          { key: 'submitted', label: 'Ngày nộp', children: formatDateTime(d.submittedAt) },
          { key: 'received', label: 'Ngày tiếp nhận', children: formatDateTime(d.receivedAt) },
          { key: 'due', label: 'Hẹn trả kết quả', children: <b>{formatDateTime(d.apologyDueAt ?? d.dueAt)}</b> },
          ...(d.pausedAt ? [{ key: 'paused', label: 'Tạm dừng từ', children: formatDateTime(d.pausedAt) }] : []),
          ...(d.finishedAt ? [{ key: 'finished', label: 'Ngày có kết quả', children: formatDateTime(d.finishedAt) }] : []),
          ...(d.outcome ? [{ key: 'outcome', label: 'Kết quả', children: outcomeWords[d.outcome] }] : []),
          ...(d.requestSummary ? [{ key: 'summary', label: 'Nội dung yêu cầu', children: d.requestSummary }] : []),
        ]}
      />

      <Card size="small" title="Tiến độ xử lý">
        <DossierProgress
          status={d.status}
          submittedAt={d.submittedAt}
          steps={detail.steps.map((s) => ({ ...s, agencyName: s.agency?.name ?? null }))}
        />
      </Card>

      <Card size="small" title="Thành phần hồ sơ đã nộp">
        {detail.components.length === 0 && otherFiles.length === 0 ? (
          <Typography.Text type="secondary">Không có thành phần hồ sơ.</Typography.Text>
        ) : (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {detail.components.map((c) => (
              <div key={c.position}>
                {c.provided ? <CheckOutlined style={{ color: '#15803d' }} /> : <CloseOutlined style={{ color: c.required ? '#dc2626' : '#999' }} />} {c.name}
                {!c.provided && c.required && <Tag color="red" style={{ marginLeft: 8 }}>Chưa nộp</Tag>}
                {filesOf(c.position).map((f) => (
                  <div key={f.id} style={{ marginLeft: 22, fontSize: 13 }}>
                    <FileOutlined /> {f.fileName} <Typography.Text type="secondary">({fileSizeText(f.size)})</Typography.Text>
                  </div>
                ))}
              </div>
            ))}
            {otherFiles.map((f) => (
              <div key={f.id} style={{ fontSize: 13 }}>
                <FileOutlined /> {f.fileName} <Typography.Text type="secondary">({f.kind === 'supplement' ? 'bổ sung' : f.kind === 'result' ? 'kết quả' : 'đính kèm'}, {fileSizeText(f.size)})</Typography.Text>
              </div>
            ))}
          </Space>
        )}
      </Card>

      <Card size="small" title="Lịch sử hồ sơ">
        <Timeline
          items={timeline.map((e) => ({
            key: e.seq,
            color: e.type.includes('REFUSED') || e.type === 'CLOSED_NO_SUPPLEMENT' ? 'red' : e.type.includes('SUPPLEMENT_REQUESTED') ? 'orange' : 'blue',
            title: formatDateTime(e.at),
            content: (
              <>
                <div>{e.label}</div>
                {e.note && <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>{e.note}</Typography.Text>}
              </>
            ),
          }))}
        />
      </Card>

      {canWithdraw(d.status) && <WithdrawButton code={d.code} version={d.version} />}
    </Space>
  );
}

/**
 * Sends the papers asked for: during processing (`supplement`, the processing time starts again) or
 * when the desk found the online dossier incomplete at intake (`resubmit`, back to the intake queue).
 */
function SupplementForm({ detail, reason, kind }: { detail: Detail; reason: string | null; kind: 'supplement' | 'resubmit' }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [note, setNote] = useState('');
  const send = useMutation({
    mutationFn: async () => {
      const request = { params: { path: { code: detail.dossier.code } }, body: { files, note: note.trim() || null, expectedVersion: detail.dossier.version } };
      return unwrap(kind === 'supplement' ? await api.POST('/api/dossiers/{code}/supplement', request) : await api.POST('/api/dossiers/{code}/resubmit', request));
    },
    onSuccess: () => {
      void message.success(
        kind === 'supplement'
          ? 'Đã gửi hồ sơ bổ sung. Thời hạn giải quyết được tính lại từ hôm nay.'
          : 'Đã nộp lại hồ sơ. Bộ phận Một cửa sẽ kiểm tra và tiếp nhận.',
      );
      setFiles([]);
      setNote('');
      void qc.invalidateQueries({ queryKey: ['my-dossier', detail.dossier.code] });
      void qc.invalidateQueries({ queryKey: ['my-dossiers'] });
    },
    onError: (e) => void message.error(e.message),
  });
  return (
    <Card size="small" title={kind === 'supplement' ? 'Bổ sung hồ sơ' : 'Bổ sung và nộp lại hồ sơ'} style={{ borderColor: '#f59e0b' }}>
      {reason && (
        <>
          <Typography.Text strong>Nội dung cần bổ sung:</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{reason}</Typography.Paragraph>
        </>
      )}
      <Form layout="vertical" onFinish={() => send.mutate()}>
        <Form.Item label="Tệp bổ sung" required>
          <ComponentUpload name="hồ sơ bổ sung" position={null} files={files} onChange={setFiles} />
        </Form.Item>
        <Form.Item label="Ghi chú gửi cơ quan" htmlFor="supplement-note">
          <Input.TextArea id="supplement-note" rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined aria-hidden />} disabled={files.length === 0} loading={send.isPending}>
          {kind === 'supplement' ? 'Gửi hồ sơ bổ sung' : 'Nộp lại hồ sơ'}
        </Button>
      </Form>
    </Card>
  );
}

function WithdrawButton({ code, version }: { code: string; version: number }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/dossiers/{code}/withdraw', { params: { path: { code } }, body: { reason, expectedVersion: version } })),
    onSuccess: () => {
      setOpen(false);
      void message.success(`Đã rút hồ sơ ${code}.`);
      void qc.invalidateQueries({ queryKey: ['my-dossier', code] });
      void qc.invalidateQueries({ queryKey: ['my-dossiers'] });
    },
  });
  return (
    <>
      <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        Rút hồ sơ
      </Button>
      <Modal
        open={open}
        title={`Rút hồ sơ ${code}?`}
        okText="Rút hồ sơ"
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        cancelText="Không rút"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph>
          Hồ sơ sẽ dừng xử lý và không thể tiếp tục. Nếu muốn giải quyết lại, bạn cần nộp hồ sơ mới.
        </Typography.Paragraph>
        {withdraw.error && <Alert type="error" showIcon title={withdraw.error.message} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => withdraw.mutate(v.reason.trim())}>
          <Form.Item label="Lý do rút hồ sơ" name="reason" rules={[{ required: true, whitespace: true, message: 'Nêu lý do rút hồ sơ' }]}>
            <Input.TextArea rows={3} maxLength={4000} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
