import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { AgencyPicker } from './AgencyPicker';
import { useAgencyTree, type AgencyDetail } from './admin-api';
import { findAgency, subtreeIds } from './agency-tree';
import { DATE_FORMAT, dayBefore, showDate, toIsoDate } from './dates';
import { SubmitOnEnter } from './ui';

interface Values {
  successorId: number | null;
  effectiveFrom: Dayjs | null;
  note?: string;
}

/**
 * "Sáp nhập vào…": from a date the agency's work belongs to a successor. The agency and its open
 * units end the day before; this cannot be undone, so it asks for confirmation.
 */
export function MergeModal({ agency, onClose }: { agency: AgencyDetail | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const effective = toIsoDate(Form.useWatch('effectiveFrom', form)) ?? undefined;
  const tree = useAgencyTree(effective);
  const current = useAgencyTree();
  const excluded = useMemo(() => {
    if (!agency) return undefined;
    const node = findAgency(current.data ?? [], agency.id);
    return node ? subtreeIds(node) : new Set([agency.id]);
  }, [agency, current.data]);

  useEffect(() => {
    if (!agency) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ successorId: null, effectiveFrom: null });
  }, [agency, form]);

  const merge = useMutation({
    mutationFn: async (body: { predecessorId: number; successorId: number; effectiveFrom: string; note: string | null }) =>
      unwrap(await api.POST('/api/agencies/successions', { body })),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['admin'] });
      void message.success(`Đã ghi nhận ${r.predecessor.name} sáp nhập vào ${r.successor.name} từ ngày ${showDate(r.effectiveFrom)}.`);
      onClose();
    },
    onError: (e) => setError(e.message),
  });

  const submit = (v: Values) => {
    if (!agency || !v.successorId || !v.effectiveFrom) return;
    const successor = findAgency(tree.data ?? [], v.successorId) ?? findAgency(current.data ?? [], v.successorId);
    const date = toIsoDate(v.effectiveFrom)!;
    modal.confirm({
      title: 'Xác nhận sáp nhập',
      okText: 'Sáp nhập',
      okButtonProps: { danger: true },
      cancelText: 'Quay lại',
      content: (
        <>
          <Typography.Paragraph>
            <b>{agency.name}</b> sẽ sáp nhập vào <b>{successor?.name ?? 'đơn vị đã chọn'}</b> từ ngày <b>{showDate(date)}</b>.
          </Typography.Paragraph>
          <Typography.Paragraph>
            {agency.name} và các đơn vị trực thuộc còn hiệu lực sẽ hết hiệu lực sau ngày {showDate(dayBefore(date))}; số liệu
            của đơn vị được tổng hợp vào đơn vị kế thừa. Thao tác này không thể hoàn tác.
          </Typography.Paragraph>
        </>
      ),
      onOk: () =>
        merge.mutateAsync({ predecessorId: agency.id, successorId: v.successorId!, effectiveFrom: date, note: v.note?.trim() || null }).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={agency !== null}
      title={agency ? `Sáp nhập ${agency.name} vào…` : ''}
      okText="Tiếp tục"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={merge.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">
        Ghi nhận việc sáp nhập (hoặc đổi tên): từ ngày hiệu lực, hồ sơ và số liệu của đơn vị thuộc về đơn vị kế thừa. Báo cáo các kỳ trước
        vẫn giữ nguyên đơn vị cũ.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          label="Ngày hiệu lực"
          name="effectiveFrom"
          rules={[{ required: true, message: 'Chọn ngày sáp nhập có hiệu lực' }]}
          extra={agency ? `Phải sau ngày bắt đầu hiệu lực của đơn vị (${showDate(agency.validFrom)}).` : undefined}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item
          label="Đơn vị kế thừa"
          name="successorId"
          rules={[{ required: true, message: 'Chọn đơn vị kế thừa' }]}
          extra="Chỉ hiện các đơn vị có hiệu lực vào ngày sáp nhập."
        >
          <AgencyPicker asOf={effective} disabledIds={excluded} placeholder="Chọn đơn vị kế thừa" />
        </Form.Item>
        <Form.Item label="Căn cứ, ghi chú" name="note">
          <Input.TextArea rows={2} maxLength={1000} placeholder="Ví dụ: Nghị quyết 1656/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
