import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Divider, Drawer, Flex, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap } from '../../api/client';
import { AgencyPicker } from './AgencyPicker';
import { useProcedureFields } from './admin-api';
import type { ProcedureDetail } from './catalog-api';
import { DATE_FORMAT, showDate, toIsoDate } from './dates';
import { placeApiError } from './form-errors';
import {
  onlineLevelLabels,
  onlineLevelOrder,
  procedureLevelLabels,
  procedureLevelOrder,
  timeUnitLabels,
  timeUnitOrder,
  type OnlineLevel,
  type ProcedureLevel,
  type TimeUnit,
} from './labels';
import { SubmitOnEnter } from './ui';

interface Values {
  code: string;
  name: string;
  fieldCode?: string;
  levels: ProcedureLevel[];
  implementingAgencyId: number | null;
  implementingAgency?: string;
  legalDuration: number | null;
  publishedDuration: number | null;
  timeUnit: TimeUnit;
  onlineLevel: OnlineLevel;
  decisionNumber?: string;
  decisionDate: Dayjs | null;
  effectiveDate: Dayjs | null;
  resultDescription?: string;
  fees: { name: string; amount: number | null; note?: string }[];
  components: { name: string; required: boolean; originals: number; copies: number; templateName?: string; note?: string }[];
}

const codeFields: Record<string, string[]> = {
  PROCEDURE_CODE_TAKEN: ['code'],
  PROCEDURE_FIELD_NOT_FOUND: ['fieldCode'],
  IMPLEMENTING_AGENCY_REQUIRED: ['implementingAgency'],
  CATALOG_AGENCY_NOT_FOUND: ['implementingAgencyId'],
  PUBLISHED_DURATION_EXCEEDS_LEGAL: ['publishedDuration'],
  DURATION_PRECISION: ['publishedDuration'],
  CALENDAR_INVALID_DURATION: ['publishedDuration'],
};
const fieldNames = ['code', 'name', 'fieldCode', 'levels', 'implementingAgencyId', 'implementingAgency', 'legalDuration', 'publishedDuration', 'timeUnit', 'onlineLevel', 'fees', 'components'];

const blank = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);

export type ProcedureFormTarget = { mode: 'create' } | { mode: 'amend'; procedure: ProcedureDetail };

/** Adds a procedure to the catalog, or publishes an amended version of one (the old version stays for its dossiers). */
export function ProcedureFormDrawer({ target, onClose, onSaved }: { target: ProcedureFormTarget | null; onClose: () => void; onSaved: (code: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { message, notification } = App.useApp();
  const qc = useQueryClient();
  const fields = useProcedureFields();
  const [general, setGeneral] = useState<string | null>(null);
  const [addingField, setAddingField] = useState(false);
  const amending = target?.mode === 'amend' ? target.procedure : null;
  const unit = Form.useWatch('timeUnit', form) ?? 'working_days';

  useEffect(() => {
    if (!target) return;
    setGeneral(null);
    form.resetFields();
    if (target.mode === 'amend') {
      const v = target.procedure.current;
      form.setFieldsValue({
        code: target.procedure.code,
        name: v.name,
        fieldCode: v.field.code,
        levels: v.levels,
        implementingAgencyId: v.implementingAgencyId,
        implementingAgency: v.implementingAgency,
        legalDuration: v.legalDuration,
        publishedDuration: v.publishedDuration,
        timeUnit: v.timeUnit,
        onlineLevel: v.onlineLevel,
        decisionNumber: '',
        decisionDate: null,
        effectiveDate: null,
        resultDescription: v.resultDescription,
        fees: v.fees.map((f) => ({ name: f.name, amount: f.amount, note: f.note ?? '' })),
        components: v.components.map((c) => ({
          name: c.name,
          required: c.required,
          originals: c.originals,
          copies: c.copies,
          templateName: c.templateName ?? '',
          note: c.note ?? '',
        })),
      });
    } else {
      form.setFieldsValue({ levels: [], timeUnit: 'working_days', onlineLevel: 'partial', implementingAgencyId: null, fees: [], components: [], decisionDate: null, effectiveDate: null });
    }
  }, [target, form]);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const content = {
        name: v.name.trim(),
        fieldCode: v.fieldCode ?? '',
        levels: v.levels,
        implementingAgencyId: v.implementingAgencyId ?? null,
        implementingAgency: blank(v.implementingAgency),
        legalDuration: v.legalDuration ?? 0,
        publishedDuration: v.publishedDuration ?? 0,
        timeUnit: v.timeUnit,
        onlineLevel: v.onlineLevel,
        decisionNumber: blank(v.decisionNumber),
        decisionDate: toIsoDate(v.decisionDate),
        effectiveDate: toIsoDate(v.effectiveDate),
        resultDescription: v.resultDescription?.trim() ?? '',
        fees: (v.fees ?? []).map((f) => ({ name: f.name.trim(), amount: f.amount ?? 0, note: blank(f.note) })),
        components: (v.components ?? []).map((c) => ({
          name: c.name.trim(),
          required: c.required,
          originals: c.originals,
          copies: c.copies,
          templateName: blank(c.templateName),
          templateUrl: null,
          note: blank(c.note),
        })),
      };
      if (!amending) {
        const created = unwrap(await api.POST('/api/procedures', { body: { ...content, code: v.code.trim() } }));
        return { code: created.code, dropped: [] as { agencyName: string | null }[] };
      }
      const r = unwrap(await api.POST('/api/procedures/{code}/versions', { params: { path: { code: amending.code } }, body: content }));
      return { code: r.procedure.code, dropped: r.droppedWorkflows, version: r.procedure.current.version };
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'procedures'] });
      void qc.invalidateQueries({ queryKey: ['admin', 'procedure', r.code] });
      void message.success(amending ? `Đã công bố phiên bản mới của thủ tục ${r.code}.` : `Đã thêm thủ tục ${r.code}.`);
      if (r.dropped.length > 0) {
        notification.warning({
          title: 'Cần thiết lập lại quy trình',
          description: `Quy trình của ${r.dropped.map((d) => d.agencyName ?? 'mặc định').join(', ')} không còn khớp thời hạn mới nên không được chuyển sang phiên bản mới.`,
          duration: 0,
        });
      }
      onSaved(r.code);
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setGeneral(e.message);
      const placed = placeApiError(e, codeFields, fieldNames);
      form.setFields(placed.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      setGeneral(placed.general);
    },
  });

  const unitShort = unit === 'working_hours' ? 'giờ' : unit === 'months' ? 'tháng' : 'ngày';

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={amending ? `Sửa đổi, bổ sung thủ tục ${amending.code}` : 'Thêm thủ tục hành chính'}
      size="min(860px, 100vw)"
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {amending ? 'Công bố phiên bản mới' : 'Thêm thủ tục'}
          </Button>
        </Flex>
      }
    >
      {amending && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Phiên bản ${amending.current.version + 1} sẽ thay thế phiên bản ${amending.current.version}. Hồ sơ đã tiếp nhận vẫn giải quyết theo phiên bản cũ.`}
        />
      )}
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional" autoComplete="off">
        <Flex gap={16} wrap>
          <Form.Item
            label="Mã thủ tục"
            name="code"
            style={{ flex: '0 1 200px' }}
            rules={[
              { required: true, message: 'Nhập mã thủ tục' },
              { pattern: /^[0-9A-Za-z][0-9A-Za-z._-]{0,49}$/, message: 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang (ví dụ 1.001612)' },
            ]}
          >
            <Input disabled={Boolean(amending)} placeholder="1.001612" />
          </Form.Item>
          <Form.Item
            label="Lĩnh vực"
            name="fieldCode"
            style={{ flex: '1 1 260px' }}
            rules={[{ required: true, message: 'Chọn lĩnh vực' }]}
            extra={
              <Button type="link" size="small" icon={<PlusOutlined />} style={{ padding: 0 }} onClick={() => setAddingField(true)}>
                Thêm lĩnh vực mới
              </Button>
            }
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={fields.isLoading}
              placeholder="Chọn lĩnh vực"
              options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item label="Tên thủ tục" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên thủ tục' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
        </Form.Item>
        <Form.Item label="Cấp thực hiện" name="levels" rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một cấp thực hiện' }]}>
          <Checkbox.Group options={procedureLevelOrder.map((l) => ({ value: l, label: procedureLevelLabels[l] }))} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="Cơ quan thực hiện (trong hệ thống)" name="implementingAgencyId" style={{ flex: '1 1 280px' }}>
            <AgencyPicker placeholder="Chọn cơ quan, hoặc ghi tên bên cạnh" />
          </Form.Item>
          <Form.Item
            label="Tên cơ quan thực hiện (ghi trên thủ tục)"
            name="implementingAgency"
            style={{ flex: '1 1 280px' }}
            extra="Để trống để dùng tên cơ quan đã chọn."
          >
            <Input placeholder="Ví dụ: Ủy ban nhân dân cấp xã" maxLength={500} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="Đơn vị thời gian" name="timeUnit" style={{ flex: '1 1 180px' }} rules={[{ required: true }]}>
            <Select options={timeUnitOrder.map((u) => ({ value: u, label: timeUnitLabels[u] }))} />
          </Form.Item>
          <Form.Item label="Thời hạn theo quy định" name="legalDuration" style={{ flex: '1 1 160px' }} rules={[{ required: true, message: 'Nhập thời hạn theo quy định' }]}>
            <InputNumber<number> min={0.01} step={1} precision={2} decimalSeparator="," suffix={unitShort} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="Thời hạn công bố"
            name="publishedDuration"
            style={{ flex: '1 1 160px' }}
            dependencies={['legalDuration']}
            extra="Không dài hơn thời hạn theo quy định."
            rules={[
              { required: true, message: 'Nhập thời hạn công bố' },
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null) => {
                  const legal = getFieldValue('legalDuration') as number | null;
                  if (value && legal && value > legal) throw new Error('Thời hạn công bố không được dài hơn thời hạn theo quy định');
                },
              }),
            ]}
          >
            <InputNumber<number> min={0.01} step={1} precision={2} decimalSeparator="," suffix={unitShort} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="Mức độ trực tuyến" name="onlineLevel" style={{ flex: '1 1 180px' }} rules={[{ required: true }]}>
            <Select options={onlineLevelOrder.map((o) => ({ value: o, label: onlineLevelLabels[o] }))} />
          </Form.Item>
        </Flex>
        <Form.Item label="Kết quả thực hiện" name="resultDescription">
          <Input placeholder="Ví dụ: Giấy phép xây dựng" maxLength={2000} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="Quyết định công bố số" name="decisionNumber" style={{ flex: '1 1 200px' }}>
            <Input placeholder="Ví dụ: 1234/QĐ-UBND" maxLength={100} />
          </Form.Item>
          <Form.Item label="Ngày quyết định" name="decisionDate" style={{ flex: '1 1 160px' }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item label="Ngày hiệu lực" name="effectiveDate" style={{ flex: '1 1 160px' }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Flex>

        <Divider titlePlacement="start">Thành phần hồ sơ</Divider>
        <Form.List name="components">
          {(items, { add, remove }) => (
            <>
              {items.map((item, i) => (
                <Flex key={item.key} gap={8} wrap align="start" style={{ marginBottom: 8, paddingBottom: 8, borderBottom: '1px dashed #eee' }}>
                  <Form.Item name={[item.name, 'name']} label={`Giấy tờ ${i + 1}`} style={{ flex: '3 1 260px', marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: 'Nhập tên giấy tờ' }]}>
                    <Input maxLength={1000} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'originals']} label="Bản chính" style={{ flex: '0 0 90px', marginBottom: 0 }}>
                    <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} aria-label={`Số bản chính của giấy tờ ${i + 1}`} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'copies']} label="Bản sao" style={{ flex: '0 0 90px', marginBottom: 0 }}>
                    <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} aria-label={`Số bản sao của giấy tờ ${i + 1}`} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'required']} label="Bắt buộc" valuePropName="checked" style={{ flex: '0 0 80px', marginBottom: 0 }}>
                    <Switch size="small" aria-label={`Giấy tờ ${i + 1} bắt buộc`} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'templateName']} label="Mẫu đơn, tờ khai" style={{ flex: '2 1 200px', marginBottom: 0 }}>
                    <Input maxLength={500} aria-label={`Mẫu đơn, tờ khai của giấy tờ ${i + 1}`} />
                  </Form.Item>
                  <Button aria-label={`Xóa giấy tờ ${i + 1}`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', required: true, originals: 1, copies: 0, templateName: '', note: '' })}>
                Thêm giấy tờ
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">Phí, lệ phí</Divider>
        <Form.List name="fees">
          {(items, { add, remove }) => (
            <>
              {items.length === 0 && <Typography.Paragraph type="secondary">Không thu phí, lệ phí.</Typography.Paragraph>}
              {items.map((item, i) => (
                <Flex key={item.key} gap={8} wrap align="start" style={{ marginBottom: 8 }}>
                  <Form.Item name={[item.name, 'name']} label={`Khoản thu ${i + 1}`} style={{ flex: '3 1 260px', marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: 'Nhập tên khoản thu' }]}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'amount']} label="Mức thu (đồng)" style={{ flex: '1 1 160px', marginBottom: 0 }} rules={[{ required: true, message: 'Nhập mức thu' }]}>
                    <InputNumber<number>
                      min={0}
                      precision={0}
                      style={{ width: '100%' }}
                      formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : Number(v).toLocaleString('vi-VN'))}
                      parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
                      aria-label={`Mức thu của khoản thu ${i + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'note']} label="Ghi chú" style={{ flex: '2 1 200px', marginBottom: 0 }}>
                    <Input maxLength={1000} aria-label={`Ghi chú của khoản thu ${i + 1}`} />
                  </Form.Item>
                  <Button aria-label={`Xóa khoản thu ${i + 1}`} icon={<DeleteOutlined />} onClick={() => remove(item.name)} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', amount: null, note: '' })}>
                Thêm khoản thu
              </Button>
            </>
          )}
        </Form.List>
        {amending && amending.current.effectiveDate && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            Phiên bản hiện hành có hiệu lực từ {showDate(amending.current.effectiveDate)}.
          </Typography.Paragraph>
        )}
        <SubmitOnEnter />
      </Form>
      <NewFieldModal
        open={addingField}
        onClose={(code) => {
          setAddingField(false);
          if (code) form.setFieldValue('fieldCode', code);
        }}
      />
    </Drawer>
  );
}

/** Adds a field (lĩnh vực) to the catalog without leaving the procedure form. */
function NewFieldModal({ open, onClose }: { open: boolean; onClose: (code?: string) => void }) {
  const [form] = Form.useForm<{ code: string; name: string }>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: async (v: { code: string; name: string }) => unwrap(await api.POST('/api/procedure-fields', { body: { code: v.code.trim(), name: v.name.trim() } })),
    onSuccess: async (f) => {
      await qc.invalidateQueries({ queryKey: ['admin', 'procedure-fields'] });
      void message.success(`Đã thêm lĩnh vực ${f.name}.`);
      form.resetFields();
      onClose(f.code);
    },
    onError: (e) => form.setFields([{ name: e instanceof ApiError && e.code === 'PROCEDURE_FIELD_CODE_TAKEN' ? 'code' : 'name', errors: [e.message] }]),
  });
  return (
    <Modal open={open} title="Thêm lĩnh vực" okText="Thêm" cancelText="Hủy" onOk={() => form.submit()} onCancel={() => onClose()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item
          label="Mã lĩnh vực"
          name="code"
          rules={[
            { required: true, message: 'Nhập mã lĩnh vực' },
            { pattern: /^[0-9A-Za-z][0-9A-Za-z._-]{0,49}$/, message: 'Mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch ngang' },
          ]}
        >
          <Input placeholder="Ví dụ: HOTICH" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Tên lĩnh vực" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên lĩnh vực' }]}>
          <Input placeholder="Ví dụ: Hộ tịch" maxLength={500} autoComplete="off" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

