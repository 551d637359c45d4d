import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Divider, Flex, Form, Input, Modal, Radio, Row, Skeleton, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, FileAddOutlined, WarningOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../../api/client';
import { idNumberProblem, phoneProblem } from '../../../components/dossier/applicant-rules';
import { FilePicker, toFileBodies, type PickedFile } from '../../../components/dossier/FilePicker';
import { useRefreshDossiers } from '../../../components/dossier/ActionDialog';
import { timeUnitLabels } from '../../../components/dossier/labels';
import type { Dossier } from '../../../components/dossier/types';
import { ProcedurePicker } from './ProcedurePicker';
import { ChecklistTable } from './ChecklistTable';
import { buildReceiveBody, missingRequired, supplementDraft, type Decision, type ReceiveValues } from './desk-logic';

const decisionText: Record<Exclude<Decision, 'accept'>, { title: string; label: string; ok: string }> = {
  request_supplement: { title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)', label: 'Các thành phần, nội dung cần bổ sung (nêu đầy đủ một lần)', ok: 'Lập phiếu yêu cầu bổ sung' },
  refuse: { title: 'Từ chối tiếp nhận hồ sơ (mẫu 03)', label: 'Lý do từ chối', ok: 'Lập phiếu từ chối' },
};

/** The counter: choose the procedure, tick the components, enter the applicant, then accept, ask for more, or refuse. */
export function ReceiveForm({ onReceived }: { onReceived: (dossier: Dossier, decision: Decision) => void }) {
  const [form] = Form.useForm<ReceiveValues>();
  const { modal } = App.useApp();
  const refresh = useRefreshDossiers();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [asking, setAsking] = useState<Exclude<Decision, 'accept'> | null>(null);
  const [reason, setReason] = useState('');
  const procedureCode = Form.useWatch('procedureCode', form);
  const kind = (Form.useWatch(['applicant', 'kind'], form) ?? 'person');
  const hasAuthorised = Form.useWatch('hasAuthorised', form);
  const checklist = Form.useWatch('components', { form, preserve: true });

  const procedure = useQuery({
    queryKey: ['procedure', procedureCode],
    enabled: Boolean(procedureCode),
    staleTime: 300_000,
    queryFn: async () => unwrap(await api.GET('/api/procedures/{code}', { params: { path: { code: procedureCode } } })),
  });
  useEffect(() => {
    // A new procedure brings its own checklist, nothing ticked, with the usual numbers of originals and copies.
    form.setFieldValue(
      'components',
      (procedure.data?.current.components ?? []).map((c) => ({ position: c.position, provided: false, originals: c.originals, copies: c.copies })),
    );
  }, [procedure.data, form]);
  const components = procedureCode ? (procedure.data?.current.components ?? []) : [];
  const missing = missingRequired(components, checklist);
  const requiredCount = components.filter((c) => c.required).length;

  const receive = useMutation({
    mutationFn: async ({ decision, why }: { decision: Decision; why?: string }) => {
      const values = form.getFieldsValue(true) as ReceiveValues;
      return unwrap(await api.POST('/api/dossiers', { body: buildReceiveBody(values, toFileBodies(files), decision, why) }));
    },
    onSuccess: async (dossier, { decision }) => {
      setAsking(null);
      await refresh();
      onReceived(dossier, decision);
      form.resetFields();
      setFiles([]);
    },
  });

  const accept = () => {
    if (missing.length > 0) {
      modal.warning({
        title: 'Hồ sơ còn thiếu thành phần bắt buộc',
        content: `Chưa nhận: ${missing.join('; ')}. Hãy chọn "Yêu cầu bổ sung" để lập phiếu hướng dẫn người nộp.`,
        okText: 'Đã hiểu',
      });
      return;
    }
    const v = form.getFieldsValue(true) as ReceiveValues;
    modal.confirm({
      title: 'Tiếp nhận hồ sơ?',
      content: `${procedure.data?.current.name ?? v.procedureCode} — người nộp ${v.applicant.name}. Thời hạn giải quyết bắt đầu tính từ bây giờ.`,
      okText: 'Tiếp nhận',
      cancelText: 'Hủy',
      onOk: () => receive.mutateAsync({ decision: 'accept' }).catch(() => undefined),
    });
  };

  const ask = async (decision: Exclude<Decision, 'accept'>) => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setReason(decision === 'request_supplement' ? supplementDraft(missing) : '');
    receive.reset();
    setAsking(decision);
  };

  const error = receive.error;
  const version = procedure.data?.current;
  return (
    <Form<ReceiveValues>
      form={form}
      layout="vertical"
      onFinish={accept}
      initialValues={{ channel: 'direct', applicant: { kind: 'person' }, hasAuthorised: false }}
      scrollToFirstError
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title="1. Thủ tục và thành phần hồ sơ">
            <Form.Item label="Thủ tục hành chính" name="procedureCode" rules={[{ required: true, message: 'Chọn thủ tục hành chính' }]}>
              <ProcedurePicker />
            </Form.Item>
            {procedure.isLoading && <Skeleton active />}
            {procedure.error && <Alert type="error" showIcon title={procedure.error.message} />}
            {version && procedureCode && (
              <>
                <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
                  Thời hạn giải quyết: <b>{version.publishedDuration.toLocaleString('vi-VN')} {timeUnitLabels[version.timeUnit] ?? version.timeUnit}</b>
                  {' · '}Cơ quan giải quyết: {version.implementingAgency}
                </Typography.Paragraph>
                <ChecklistTable components={version.components} form={form} />
              </>
            )}
            <Divider style={{ margin: '12px 0' }} />
            <Form.Item label="Tệp đính kèm (bản điện tử, ảnh chụp giấy tờ)" style={{ marginBottom: 0 }}>
              <FilePicker value={files} onChange={setFiles} components={components} idPrefix="tiep-nhan" />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="2. Người nộp hồ sơ">
            <Form.Item name={['applicant', 'kind']} style={{ marginBottom: 12 }}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'person', label: 'Công dân' },
                  { value: 'business', label: 'Tổ chức, doanh nghiệp' },
                ]}
              />
            </Form.Item>
            <Form.Item
              label={kind === 'business' ? 'Tên tổ chức, doanh nghiệp' : 'Họ và tên'}
              name={['applicant', 'name']}
              rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ tên (ít nhất 2 ký tự)' }]}
            >
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item
                  label={kind === 'business' ? 'Mã số doanh nghiệp' : 'Số định danh cá nhân'}
                  name={['applicant', 'idNumber']}
                  required
                  dependencies={[['applicant', 'kind']]}
                  rules={[{ validator: (_, v?: string) => (idNumberProblem(kind, v) ? Promise.reject(new Error(idNumberProblem(kind, v)!)) : Promise.resolve()) }]}
                >
                  <Input inputMode="numeric" autoComplete="off" maxLength={14} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  label="Số điện thoại"
                  name={['applicant', 'phone']}
                  required
                  rules={[{ validator: (_, v?: string) => (phoneProblem(v) ? Promise.reject(new Error(phoneProblem(v)!)) : Promise.resolve()) }]}
                >
                  <Input inputMode="tel" autoComplete="off" maxLength={20} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label="Thư điện tử" name={['applicant', 'email']} rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ' }]}>
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
            <Form.Item label="Địa chỉ" name={['applicant', 'address']}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="hasAuthorised" valuePropName="checked" style={{ marginBottom: hasAuthorised ? 8 : 16 }}>
              <Checkbox>Người nộp là người được ủy quyền</Checkbox>
            </Form.Item>
            {hasAuthorised && (
              <Row gutter={12}>
                <Col xs={24}>
                  <Form.Item
                    label="Họ tên người được ủy quyền"
                    name={['authorisedPerson', 'name']}
                    rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ tên người được ủy quyền' }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item label="Số định danh người được ủy quyền" name={['authorisedPerson', 'idNumber']}>
                    <Input inputMode="numeric" maxLength={14} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    label="Điện thoại người được ủy quyền"
                    name={['authorisedPerson', 'phone']}
                    rules={[{ validator: (_, v?: string) => (phoneProblem(v, false) ? Promise.reject(new Error(phoneProblem(v, false)!)) : Promise.resolve()) }]}
                  >
                    <Input inputMode="tel" maxLength={20} />
                  </Form.Item>
                </Col>
              </Row>
            )}
            <Form.Item label="Hình thức nộp" name="channel">
              <Radio.Group
                options={[
                  { value: 'direct', label: 'Trực tiếp tại quầy' },
                  { value: 'postal', label: 'Qua bưu chính' },
                ]}
              />
            </Form.Item>
            <Form.Item label="Nội dung yêu cầu giải quyết" name="requestSummary">
              <Input.TextArea rows={2} maxLength={2000} placeholder="Ví dụ: Cấp giấy phép xây dựng nhà ở riêng lẻ 3 tầng tại thửa đất số 125" />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 16, position: 'sticky', bottom: 0, zIndex: 2, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
        {error && !asking && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
        <Flex gap={8} wrap justify="end" align="center">
          {requiredCount > 0 && (
            <Tooltip title={missing.length ? `Chưa nhận: ${missing.join('; ')}` : 'Đã nhận đủ thành phần bắt buộc'}>
              <Typography.Text style={{ marginInlineEnd: 'auto', color: missing.length ? '#b45309' : '#15803d' }} role="status">
                {missing.length ? <WarningOutlined /> : <CheckCircleOutlined />} Đã nhận {requiredCount - missing.length}/{requiredCount} thành phần bắt buộc
                {missing.length ? ' — thiếu thì chọn "Yêu cầu bổ sung"' : ''}
              </Typography.Text>
            </Tooltip>
          )}
          <Button danger icon={<CloseCircleOutlined />} onClick={() => void ask('refuse')} disabled={receive.isPending}>
            Từ chối
          </Button>
          <Button icon={<FileAddOutlined />} onClick={() => void ask('request_supplement')} disabled={receive.isPending}>
            Yêu cầu bổ sung
          </Button>
          <Button type="primary" htmlType="submit" size="large" icon={<CheckCircleOutlined />} loading={receive.isPending && !asking}>
            Tiếp nhận
          </Button>
        </Flex>
      </Card>
      <Modal
        open={asking !== null}
        title={asking ? decisionText[asking].title : ''}
        okText={asking ? decisionText[asking].ok : ''}
        cancelText="Hủy"
        okButtonProps={{ danger: asking === 'refuse', disabled: !reason.trim(), loading: receive.isPending }}
        onOk={() => asking && receive.mutate({ decision: asking, why: reason })}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
        <label htmlFor="ly-do-tiep-nhan" style={{ display: 'block', marginBottom: 6 }}>
          {asking ? decisionText[asking].label : ''}
        </label>
        <Input.TextArea id="ly-do-tiep-nhan" rows={5} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={4000} autoFocus />
        {!reason.trim() && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Bắt buộc nêu {asking === 'refuse' ? 'lý do từ chối' : 'nội dung cần bổ sung'}.
          </Typography.Text>
        )}
      </Modal>
    </Form>
  );
}
