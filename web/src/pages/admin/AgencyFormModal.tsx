import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client';
import { AgencyPicker } from './AgencyPicker';
import { useAgencyTree, type AgencyNode } from './admin-api';
import { AGENCY_CODE_PATTERN, allowedChildLevels, findAgency, subtreeIds } from './agency-tree';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from './dates';
import { placeApiError } from './form-errors';
import { agencyLevelLabels, type AgencyLevel } from './labels';
import { SubmitOnEnter } from './ui';

export type AgencyFormTarget =
  | { mode: 'create'; parentId: number | null }
  | { mode: 'edit'; agency: Omit<AgencyNode, 'children'> };

interface Values {
  parentId: number | null;
  level?: AgencyLevel;
  code: string;
  name: string;
  divisionCode?: string;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
}

// Server refusals that concern one field are shown under that field.
const codeFields: Record<string, string[]> = {
  AGENCY_CODE_TAKEN: ['code'],
  AGENCY_LEVEL_NOT_ALLOWED: ['level'],
  AGENCY_ROOT_LEVEL: ['level'],
  AGENCY_PARENT_NOT_FOUND: ['parentId'],
  AGENCY_MOVE_CYCLE: ['parentId'],
  AGENCY_INVALID_VALIDITY: ['validTo'],
  AGENCY_OUTSIDE_PARENT_VALIDITY: ['validFrom'],
};
const fieldNames = ['parentId', 'level', 'code', 'name', 'divisionCode', 'validFrom', 'validTo'];

/** Creates an agency or edits one (code, name, parent, validity); errors appear under their fields. */
export function AgencyFormModal({
  target,
  asOf,
  onClose,
  onSaved,
}: {
  target: AgencyFormTarget | null;
  asOf?: string;
  onClose: () => void;
  onSaved: (agency: { id: number; name: string }) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const tree = useAgencyTree(asOf);
  const [general, setGeneral] = useState<string | null>(null);
  const parentId = Form.useWatch('parentId', form) ?? null;
  const editing = target?.mode === 'edit' ? target.agency : null;

  const parent = parentId === null ? null : findAgency(tree.data ?? [], parentId);
  const parentLevel = parent?.level ?? null;
  const levels = useMemo(() => (editing ? [editing.level] : allowedChildLevels(parentLevel)), [editing, parentLevel]);
  const excluded = useMemo(() => {
    if (!editing) return undefined;
    const node = findAgency(tree.data ?? [], editing.id);
    return node ? subtreeIds(node) : new Set([editing.id]);
  }, [editing, tree.data]);

  useEffect(() => {
    if (!target) return;
    setGeneral(null);
    form.resetFields();
    if (target.mode === 'edit') {
      const a = target.agency;
      form.setFieldsValue({
        parentId: a.parentId,
        level: a.level,
        code: a.code,
        name: a.name,
        divisionCode: a.divisionCode ?? undefined,
        validFrom: fromIsoDate(a.validFrom),
        validTo: fromIsoDate(a.validTo),
      });
    } else {
      form.setFieldsValue({ parentId: target.parentId, validFrom: null, validTo: null });
    }
  }, [target, form]);

  // Offer only the levels possible under the chosen parent.
  useEffect(() => {
    if (editing) return;
    const current = form.getFieldValue('level') as AgencyLevel | undefined;
    if (current && !levels.includes(current)) form.setFieldValue('level', levels.length === 1 ? levels[0] : undefined);
    else if (!current && levels.length === 1) form.setFieldValue('level', levels[0]);
  }, [levels, editing, form]);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const validFrom = toIsoDate(v.validFrom);
      const validTo = toIsoDate(v.validTo);
      if (!editing) {
        return unwrap(
          await api.POST('/api/agencies', {
            body: {
              code: v.code.trim(),
              name: v.name.trim(),
              level: v.level!,
              parentId: v.parentId,
              divisionCode: v.divisionCode?.trim() || null,
              ...(validFrom ? { validFrom } : {}),
              validTo,
            },
          }),
        );
      }
      // Only what changed: an unchanged parent must not count as a move.
      const body: Record<string, unknown> = {};
      if (v.code.trim() !== editing.code) body.code = v.code.trim();
      if (v.name.trim() !== editing.name) body.name = v.name.trim();
      if (v.parentId !== editing.parentId) body.parentId = v.parentId;
      if ((v.divisionCode?.trim() || null) !== editing.divisionCode) body.divisionCode = v.divisionCode?.trim() || null;
      if (validFrom && validFrom !== editing.validFrom) body.validFrom = validFrom;
      if (validTo !== editing.validTo) body.validTo = validTo;
      if (Object.keys(body).length === 0) return null;
      return unwrap(await api.PATCH('/api/agencies/{id}', { params: { path: { id: editing.id } }, body }));
    },
    onSuccess: (saved) => {
      void qc.invalidateQueries({ queryKey: ['admin'] });
      if (saved) {
        void message.success(editing ? `Đã lưu thay đổi của ${saved.name}.` : `Đã thêm ${saved.name}.`);
        onSaved(saved);
      } else {
        void message.info('Không có thay đổi nào để lưu.');
        onClose();
      }
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setGeneral(e.message);
      const placed = placeApiError(e, codeFields, fieldNames);
      form.setFields(placed.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      setGeneral(placed.general);
    },
  });

  return (
    <Modal
      open={target !== null}
      title={editing ? `Sửa thông tin: ${editing.name}` : 'Thêm cơ quan, đơn vị'}
      okText={editing ? 'Lưu thay đổi' : 'Thêm'}
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional">
        <Form.Item
          label="Cơ quan cấp trên"
          name="parentId"
          extra={editing ? 'Chọn cơ quan khác để chuyển đơn vị (cùng các đơn vị trực thuộc) sang đó.' : 'Để trống nếu là cơ quan cấp tỉnh.'}
        >
          <AgencyPicker asOf={asOf} disabledIds={excluded} placeholder="Không có (cơ quan cấp tỉnh)" />
        </Form.Item>
        <Form.Item label="Cấp" name="level" rules={[{ required: true, message: 'Chọn cấp của cơ quan, đơn vị' }]}>
          <Select
            disabled={Boolean(editing)}
            options={levels.map((l) => ({ value: l, label: agencyLevelLabels[l] }))}
            placeholder="Chọn cấp"
          />
        </Form.Item>
        <Form.Item
          label="Mã cơ quan, đơn vị"
          name="code"
          extra="Mã xuất hiện trong mã hồ sơ (<mã đơn vị>-YYMMDD-NNNN): chữ không dấu, chữ số, dấu chấm, gạch ngang."
          rules={[
            { required: true, message: 'Nhập mã cơ quan, đơn vị' },
            { pattern: AGENCY_CODE_PATTERN, message: 'Mã gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 50 ký tự)' },
          ]}
        >
          <Input autoComplete="off" placeholder="Ví dụ: LS-SXD-QLXD" />
        </Form.Item>
        <Form.Item label="Tên cơ quan, đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên cơ quan, đơn vị' }, { max: 300 }]}>
          <Input autoComplete="off" placeholder="Ví dụ: Phòng Quản lý xây dựng" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item label="Hiệu lực từ ngày" name="validFrom" style={{ flex: '1 1 200px' }} extra={editing ? undefined : 'Mặc định: như cơ quan cấp trên.'}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            label="Hiệu lực đến ngày"
            name="validTo"
            style={{ flex: '1 1 200px' }}
            extra="Để trống nếu không thời hạn."
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | null;
                  if (value && from && value.isBefore(from, 'day')) throw new Error('Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực');
                },
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </div>
        <Form.Item label="Mã đơn vị hành chính (nếu có)" name="divisionCode" extra="Mã tỉnh hoặc mã xã, phường theo danh mục đơn vị hành chính.">
          <Input autoComplete="off" maxLength={20} />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
