import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, Form, Input, Radio, Result, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloudUploadOutlined, EnvironmentOutlined, FileSearchOutlined, PaperClipOutlined, UserOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth';
import {
  buildSubmission,
  canSubmitOnline,
  deskOptions,
  durationText,
  feeText,
  foldVietnamese,
  isValidIdNumber,
  isValidPhone,
  missingRequired,
} from './portal-model';
import { useAgencyTree, useProcedure } from './portal-queries';
import { ComponentUpload } from './ComponentUpload';
import type { UploadFile } from './portal-types';
import './portal.css';

interface Values {
  deskAgencyCode: string;
  kind: 'person' | 'business';
  name: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
  requestSummary?: string;
  provided?: number[];
}

export default function SubmitPage() {
  const { code } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const me = useMe().data;
  const procedure = useProcedure(code);
  const tree = useAgencyTree();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<Record<number, UploadFile[]>>({});
  const [done, setDone] = useState<{ code: string; phone: string } | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'person';
  const provided = Form.useWatch('provided', form) ?? [];
  const desk = Form.useWatch('deskAgencyCode', form);

  const v = procedure.data?.current;
  const desks = useMemo(() => (v && tree.data ? deskOptions(v.levels, tree.data) : []), [v, tree.data]);
  const allFiles = useMemo(() => Object.values(files).flat(), [files]);
  const missing = v ? missingRequired(v.components, provided, allFiles) : [];

  // Prefill from the profile once it arrives; the applicant may still change anything.
  useEffect(() => {
    if (me) form.setFieldsValue({ name: form.getFieldValue('name') || me.fullName, phone: form.getFieldValue('phone') || (me.phone ?? ''), email: form.getFieldValue('email') || (me.email ?? '') });
  }, [me, form]);
  useEffect(() => {
    if (desks.length === 1 && !form.getFieldValue('deskAgencyCode')) form.setFieldValue('deskAgencyCode', desks[0]!.value);
  }, [desks, form]);

  const submit = useMutation({
    mutationFn: async (values: Values) =>
      unwrap(
        await api.POST('/api/dossiers/online', {
          body: buildSubmission(code!, v!.components, { ...values, provided: values.provided ?? [] }, allFiles),
        }),
      ),
    onSuccess: (dossier, values) => {
      void qc.invalidateQueries({ queryKey: ['my-dossiers'] });
      setDone({ code: dossier.code, phone: values.phone });
      window.scrollTo({ top: 0 });
    },
    onError: (e) => void message.error(e.message),
  });

  const setComponentFiles = (position: number, list: UploadFile[]) => {
    setFiles((prev) => ({ ...prev, [position]: list }));
    // Attaching a file means the component is provided.
    if (list.length > 0 && !provided.includes(position)) form.setFieldValue('provided', [...provided, position]);
  };

  if (procedure.isLoading || tree.isLoading) {
    return (
      <div className="page" style={{ maxWidth: 1100 }}>
        <Skeleton active paragraph={{ rows: 12 }} />
      </div>
    );
  }
  if (procedure.error || !v) {
    return (
      <Result
        status="404"
        title="Không tìm thấy thủ tục"
        subTitle={procedure.error?.message}
        extra={<Button onClick={() => void navigate('/thu-tuc')}>Về danh mục thủ tục</Button>}
      />
    );
  }
  if (!canSubmitOnline(v.onlineLevel) || v.status === 'abolished') {
    return (
      <Result
        status="info"
        title="Thủ tục chưa hỗ trợ nộp trực tuyến"
        subTitle="Vui lòng nộp hồ sơ trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích."
        extra={<Button onClick={() => void navigate(`/thu-tuc/${encodeURIComponent(code!)}`)}>Xem thông tin thủ tục</Button>}
      />
    );
  }

  if (done) {
    return (
      <div className="page" style={{ maxWidth: 760 }}>
        <Card>
          <Result
            icon={<CheckCircleTwoTone twoToneColor="#15803d" />}
            title="Nộp hồ sơ thành công"
            subTitle={
              <span>
                Mã hồ sơ của bạn:{' '}
                <Typography.Text strong copyable style={{ fontSize: 18 }}>
                  {done.code}
                </Typography.Text>
                <br />
                Bộ phận Một cửa sẽ kiểm tra hồ sơ; kết quả tiếp nhận được cập nhật trong mục &quot;Hồ sơ của tôi&quot;.
              </span>
            }
            extra={[
              <Button
                key="track"
                type="primary"
                icon={<FileSearchOutlined aria-hidden />}
                onClick={() => void navigate(`/tra-cuu?ma=${encodeURIComponent(done.code)}`, { state: { phoneTail: done.phone.replace(/\D/g, '').slice(-4) } })}
              >
                Theo dõi hồ sơ
              </Button>,
              <Button key="mine" onClick={() => void navigate(`/ho-so-cua-toi?ma=${encodeURIComponent(done.code)}`)}>
                Xem hồ sơ của tôi
              </Button>,
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            Đường dẫn tra cứu: <Link to={`/tra-cuu?ma=${encodeURIComponent(done.code)}`}>{`${window.location.origin}/tra-cuu?ma=${done.code}`}</Link>
          </Typography.Paragraph>
        </Card>
      </div>
    );
  }

  const totalFee = v.fees.reduce((s, f) => s + f.amount, 0);
  const deskName = desks.find((d) => d.value === desk)?.label;
  const groups = [...new Set(desks.map((d) => d.group))];

  return (
    <div className="page" style={{ maxWidth: 1100 }}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/thu-tuc">Thủ tục hành chính</Link> },
          { title: <Link to={`/thu-tuc/${encodeURIComponent(code!)}`}>{code}</Link> },
          { title: 'Nộp hồ sơ trực tuyến' },
        ]}
      />
      <h1 className="page-title">Nộp hồ sơ trực tuyến</h1>
      <Typography.Paragraph style={{ fontSize: 16, marginTop: -8 }}>{v.name}</Typography.Paragraph>

      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'person', provided: [] }}
        onFinish={(values) => submit.mutate(values)}
        onFinishFailed={() => void message.warning('Vui lòng kiểm tra các thông tin còn thiếu hoặc chưa đúng.')}
        scrollToFirstError
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card
                title={
                  <>
                    <EnvironmentOutlined /> 1. Nơi nộp hồ sơ
                  </>
                }
              >
                <Form.Item
                  label="Nơi nộp hồ sơ"
                  name="deskAgencyCode"
                  rules={[{ required: true, message: 'Chọn nơi nộp hồ sơ' }]}
                  extra={v.levels.includes('commune') ? 'Chọn Ủy ban nhân dân xã, phường nơi bạn cư trú hoặc nơi có đối tượng của thủ tục.' : undefined}
                  style={{ marginBottom: 0 }}
                >
                  <Select
                    size="large"
                    placeholder="Gõ tên xã, phường hoặc cơ quan để tìm"
                    showSearch={{
                      filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
                    }}
                    notFoundContent="Không có nơi nộp phù hợp"
                    options={groups.map((g) => ({ label: g, title: g, options: desks.filter((d) => d.group === g).map((d) => ({ value: d.value, label: d.label })) }))}
                  />
                </Form.Item>
              </Card>

              <Card
                title={
                  <>
                    <UserOutlined /> 2. Thông tin người nộp
                  </>
                }
              >
                <Form.Item label="Người nộp là" name="kind">
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'person', label: 'Công dân' },
                      { value: 'business', label: 'Tổ chức, doanh nghiệp' },
                    ]}
                  />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      label={kind === 'person' ? 'Họ và tên' : 'Tên tổ chức, doanh nghiệp'}
                      name="name"
                      rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ tên người nộp' }]}
                    >
                      <Input autoComplete="name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      label={kind === 'person' ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp'}
                      name="idNumber"
                      required
                      rules={[
                        {
                          validator: async (_, value: string | undefined) =>
                            isValidIdNumber(kind, value ?? '')
                              ? undefined
                              : Promise.reject(new Error(kind === 'person' ? 'Số định danh cá nhân gồm 12 chữ số (số CCCD)' : 'Mã số doanh nghiệp gồm 10 chữ số (hoặc 10-3 chữ số)')),
                        },
                      ]}
                    >
                      <Input inputMode="numeric" maxLength={14} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      label="Số điện thoại"
                      name="phone"
                      required
                      extra="Dùng để nhận thông báo và tra cứu hồ sơ (4 số cuối)."
                      rules={[{ validator: async (_, value: string | undefined) => (isValidPhone(value ?? '') ? undefined : Promise.reject(new Error('Số điện thoại không hợp lệ (ví dụ: 0912345678)'))) }]}
                    >
                      <Input inputMode="tel" autoComplete="tel" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item label="Thư điện tử" name="email" rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ' }]}>
                      <Input autoComplete="email" />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item label="Địa chỉ" name="address" style={{ marginBottom: 0 }}>
                      <Input autoComplete="street-address" placeholder="Số nhà, đường, xã/phường, tỉnh" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>

              <Card
                title={
                  <>
                    <PaperClipOutlined /> 3. Thành phần hồ sơ
                  </>
                }
              >
                <Typography.Paragraph type="secondary">
                  Đánh dấu giấy tờ bạn nộp và tải lên bản chụp hoặc bản quét (PDF, PNG, JPG; tối đa 10 MB mỗi tệp).
                </Typography.Paragraph>
                <Form.Item name="provided" noStyle>
                  <Checkbox.Group style={{ display: 'block' }}>
                    {v.components.map((c) => (
                      <div key={c.position} className="component-row">
                        <div className="component-check">
                          <Checkbox value={c.position}>{c.name}</Checkbox>
                          <div style={{ marginLeft: 24, marginTop: 2 }}>
                            <Space size={4} wrap>
                              {c.required ? <Tag color="red">Bắt buộc</Tag> : <Tag>Nếu có</Tag>}
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {c.originals} bản chính, {c.copies} bản sao{c.templateName ? ` · Mẫu: ${c.templateName}` : ''}
                              </Typography.Text>
                            </Space>
                          </div>
                        </div>
                        <ComponentUpload name={c.name} position={c.position} files={files[c.position] ?? []} onChange={(list) => setComponentFiles(c.position, list)} />
                      </div>
                    ))}
                  </Checkbox.Group>
                </Form.Item>
              </Card>

              <Card title="4. Nội dung yêu cầu">
                <Form.Item label="Nội dung yêu cầu giải quyết" name="requestSummary" style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={3} maxLength={2000} showCount placeholder="Ví dụ: Cấp giấy phép xây dựng nhà ở riêng lẻ tại thửa đất số 12, tờ bản đồ số 5" />
                </Form.Item>
              </Card>
            </Space>
          </Col>

          <Col xs={24} lg={8}>
            <div style={{ position: 'sticky', top: 16 }}>
              <Card title="Tóm tắt hồ sơ">
                <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                  <div>
                    <Typography.Text type="secondary">Thủ tục</Typography.Text>
                    <div>{v.name}</div>
                  </div>
                  <div>
                    <Typography.Text type="secondary">Nơi nộp</Typography.Text>
                    <div>{deskName ?? <Typography.Text type="warning">Chưa chọn</Typography.Text>}</div>
                  </div>
                  <div>
                    <Typography.Text type="secondary">Thời hạn giải quyết</Typography.Text>
                    <div>{durationText(v.publishedDuration, v.timeUnit)} kể từ khi tiếp nhận đủ hồ sơ</div>
                  </div>
                  <div>
                    <Typography.Text type="secondary">Giấy tờ</Typography.Text>
                    <div>
                      {provided.length}/{v.components.length} thành phần, {allFiles.length} tệp đính kèm
                    </div>
                  </div>
                  <div>
                    <Typography.Text type="secondary">Phí, lệ phí</Typography.Text>
                    <div>{feeText(totalFee)}</div>
                  </div>
                  {missing.length > 0 && (
                    <Alert
                      type="warning"
                      showIcon
                      title="Còn thiếu giấy tờ bắt buộc"
                      description={`${missing.join('; ')}. Hồ sơ thiếu có thể bị yêu cầu bổ sung.`}
                    />
                  )}
                  {submit.error && <Alert type="error" showIcon title={submit.error.message} />}
                  <Button type="primary" htmlType="submit" size="large" block icon={<CloudUploadOutlined aria-hidden />} loading={submit.isPending}>
                    Nộp hồ sơ
                  </Button>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    Tôi cam đoan những thông tin khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật.
                  </Typography.Text>
                </Space>
              </Card>
            </div>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
