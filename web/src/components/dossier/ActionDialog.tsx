import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { actionMeta } from './action-meta';
import { heldSteps, nextStepsAfter, formUrl, type ActionKey } from './actions';
import { fromVietnamWall, toVietnamWall } from './dossier-text';
import { FilePicker, toFileBodies, type PickedFile } from './FilePicker';
import { formTitles, returnMethodLabels } from './labels';
import { runAction } from './run-action';
import type { Dossier, DossierStep, ReturnMethod } from './types';

dayjs.locale('vi');

/** What a dialog needs to know of the dossier it acts on. */
export interface ActionTarget {
  readonly code: string;
  readonly version: number;
  readonly channel?: string | undefined;
  readonly dueAt?: string | null | undefined;
  readonly steps?: readonly DossierStep[] | undefined;
}

interface FormValues {
  reason?: string;
  note?: string;
  stepId?: number;
  assigneeUsername?: string;
  nextAssigneeUsername?: string;
  newAppointmentAt?: Dayjs;
  signedAt?: Dayjs;
  method?: ReturnMethod;
}

/** Pickers show Vietnam wall-clock time whatever the browser's zone; values are sent as instants. */
const wallToIso = (d: Dayjs | undefined) => (d ? fromVietnamWall(d.format('YYYY-MM-DDTHH:mm')) : undefined);

function useAssignable(code: string, stepId: number | undefined) {
  return useQuery({
    queryKey: ['assignable', code, stepId],
    enabled: stepId !== undefined,
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/dossiers/{code}/assignable', { params: { path: { code }, query: { stepId: stepId! } } })),
  });
}

/** Invalidates everything that shows dossiers, after any change. */
export function useRefreshDossiers() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['dossier'] }),
      qc.invalidateQueries({ queryKey: ['dossiers'] }),
      qc.invalidateQueries({ queryKey: ['dossier-urgency'] }),
    ]);
}

/**
 * The confirmation dialog of one action: says what will happen, asks for what the server needs
 * (reason, assignee, new date, files), sends it with the displayed version and reports the outcome.
 */
export function ActionDialog({
  action,
  target,
  onClose,
  onDone,
  linkToDossier = false,
}: {
  action: ActionKey | null;
  target: ActionTarget;
  onClose: () => void;
  onDone?: (dossier: Dossier, action: ActionKey) => void;
  /** From a list: the notification offers to open the dossier (e.g. to forward it after intake). */
  linkToDossier?: boolean;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const { notification } = App.useApp();
  const refresh = useRefreshDossiers();
  const meta = action ? actionMeta[action] : null;
  const steps = target.steps ?? [];
  const held = useMemo(() => heldSteps(steps as DossierStep[]), [steps]);
  const stepId = Form.useWatch('stepId', form) ?? held[0]?.id;
  const step = steps.find((s) => s.id === stepId);
  const next = action === 'complete' && step ? nextStepsAfter(step, steps) : [];
  const assignFor = action === 'assign' ? stepId : action === 'complete' && next.length === 1 ? next[0]!.id : undefined;
  const assignable = useAssignable(target.code, assignFor);

  const mutation = useMutation({
    mutationFn: (values: FormValues) =>
      runAction(
        target.code,
        action!,
        {
          ...values,
          stepId: values.stepId ?? (['complete', 'return', 'assign'].includes(action!) ? held[0]?.id : undefined),
          newAppointmentAt: wallToIso(values.newAppointmentAt),
          signedAt: wallToIso(values.signedAt),
          files: toFileBodies(files),
        },
        target.version,
      ),
    onSuccess: async (dossier) => {
      await refresh();
      const form = meta?.form;
      const key = `action-${dossier.code}-${dossier.version}`;
      notification.success({
        key,
        title: meta?.success,
        description:
          form || linkToDossier ? (
            <Space orientation="vertical" size={2}>
              {form && (
                <a href={formUrl(dossier.code, form)} target="_blank" rel="noopener noreferrer">
                  In {formTitles[form]?.toLowerCase()} (mẫu {form})
                </a>
              )}
              {linkToDossier && (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => {
                    notification.destroy(key);
                    void navigate(`/can-bo/ho-so/${encodeURIComponent(dossier.code)}`);
                  }}
                >
                  Mở hồ sơ {dossier.code}
                </Button>
              )}
            </Space>
          ) : undefined,
        placement: 'bottomRight',
      });
      onDone?.(dossier, action!);
      onClose();
    },
  });

  const { reset } = mutation;
  useEffect(() => {
    if (!action) return;
    form.resetFields();
    setFiles([]);
    reset();
  }, [action, form, reset]);

  if (!action || !meta) return null;
  const error = mutation.error instanceof ApiError ? mutation.error : mutation.error ? new ApiError('INTERNAL', mutation.error.message, 0) : null;
  const withFiles = action === 'approve' || action === 'reject' || action === 'supplement_receive';
  const wantsStep = (action === 'complete' || action === 'return' || action === 'assign') && held.length > 1;
  const dueAt = target.dueAt ? dayjs(toVietnamWall(target.dueAt)) : null;

  return (
    <Modal
      open
      title={meta.title}
      okText={meta.okText}
      cancelText="Hủy"
      okButtonProps={{ danger: meta.danger ?? false, loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: !mutation.isPending }}
    >
      <Typography.Paragraph type="secondary">{meta.explain}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.message}
          style={{ marginBottom: 16 }}
          action={
            error.code === 'DOSSIER_STALE' ? (
              <Button
                size="small"
                onClick={() => {
                  void refresh();
                  onClose();
                }}
              >
                Tải lại hồ sơ
              </Button>
            ) : undefined
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} initialValues={{ method: target.channel === 'online' ? 'online' : 'counter' }}>
        {wantsStep && (
          <Form.Item label="Bước xử lý" name="stepId" initialValue={held[0]?.id}>
            <Select options={held.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
        {action === 'complete' && step && (
          <Typography.Paragraph>
            Hoàn thành bước <b>{step.name}</b>
            {next.length > 0 ? (
              <>
                , chuyển sang <b>{next.map((s) => s.name).join(', ')}</b>
              </>
            ) : null}
            .
          </Typography.Paragraph>
        )}
        {action === 'complete' && next.length === 1 && (
          <Form.Item
            label="Người xử lý bước tiếp theo"
            name="nextAssigneeUsername"
            extra="Không bắt buộc: để trống thì mọi cán bộ có vai trò phù hợp của đơn vị đều nhận được hồ sơ."
          >
            <Select
              allowClear
              loading={assignable.isLoading}
              placeholder="Chọn cán bộ (không bắt buộc)"
              options={(assignable.data?.officials ?? []).map((o) => ({ value: o.username, label: `${o.fullName} — ${o.agencyName}` }))}
              notFoundContent="Không có cán bộ phù hợp"
            />
          </Form.Item>
        )}
        {action === 'assign' && (
          <Form.Item label="Cán bộ được giao" name="assigneeUsername" rules={[{ required: true, message: 'Chọn cán bộ được giao' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={assignable.isLoading}
              placeholder="Chọn cán bộ"
              options={(assignable.data?.officials ?? []).map((o) => ({ value: o.username, label: `${o.fullName} — ${o.agencyName}` }))}
              notFoundContent="Không có cán bộ phù hợp"
            />
          </Form.Item>
        )}
        {meta.reason && (
          <Form.Item label={meta.reason} name="reason" rules={[{ required: true, whitespace: true, message: 'Cần nêu lý do' }]}>
            <Input.TextArea rows={3} maxLength={4000} autoFocus />
          </Form.Item>
        )}
        {action === 'apology' && (
          <Form.Item
            label="Ngày hẹn trả kết quả mới"
            name="newAppointmentAt"
            rules={[{ required: true, message: 'Chọn ngày giờ hẹn mới' }]}
            extra={target.dueAt ? `Phải sau hạn hiện tại: ${formatDateTime(target.dueAt)}` : undefined}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 15 }}
              format="DD/MM/YYYY HH:mm"
              style={{ width: '100%' }}
              disabledDate={(d) => (dueAt ? d.isBefore(dueAt, 'day') : false)}
            />
          </Form.Item>
        )}
        {(action === 'approve' || action === 'reject') && (
          <Form.Item label="Thời điểm ký kết quả" name="signedAt" extra="Để trống nếu kết quả được ký ngay bây giờ.">
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {action === 'hand_over' && (
          <Form.Item label="Hình thức trả kết quả" name="method">
            <Radio.Group options={(Object.keys(returnMethodLabels) as ReturnMethod[]).map((m) => ({ value: m, label: returnMethodLabels[m] }))} />
          </Form.Item>
        )}
        {withFiles && (
          <Form.Item label={action === 'supplement_receive' ? 'Tệp hồ sơ bổ sung' : 'Tệp kết quả (văn bản đã ký)'}>
            <FilePicker value={files} onChange={setFiles} idPrefix={`tep-${action}`} />
          </Form.Item>
        )}
        {['complete', 'assign', 'approve', 'hand_over', 'supplement_receive'].includes(action) && (
          <Form.Item label="Ghi chú" name="note">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
