import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Grid, Input, Row, Skeleton, Space, Typography } from 'antd';
import { FileSearchOutlined, QrcodeOutlined, SearchOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { isPhoneTail, normaliseCode, statusInfo } from './portal-model';
import { DossierProgress, StatusTag } from './parts';
import './portal.css';

const channelWords = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính công ích' } as const;
const outcomeWords = { approved: 'Giải quyết (chấp thuận)', rejected: 'Không đủ điều kiện giải quyết', withdrawn: 'Dừng xử lý theo đề nghị' } as const;

export default function TrackPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const fromHome = (location.state as { phoneTail?: string } | null)?.phoneTail;
  const initialCode = normaliseCode(params.get('ma') ?? '');
  const [form] = Form.useForm<{ code: string; phoneTail: string }>();
  const screens = Grid.useBreakpoint();
  // The home page's quick box passes the phone digits in memory, never in the address.
  const [asked, setAsked] = useState<{ code: string; phone: string } | null>(
    initialCode && fromHome && isPhoneTail(fromHome) ? { code: initialCode, phone: fromHome } : null,
  );
  useEffect(() => {
    form.setFieldsValue({ code: initialCode, phoneTail: fromHome ?? '' });
  }, [form, initialCode, fromHome]);

  const lookup = useQuery({
    queryKey: ['lookup', asked],
    enabled: asked !== null,
    retry: false,
    staleTime: 0,
    queryFn: async () => unwrap(await api.GET('/api/public/dossiers/lookup', { params: { query: asked! } })),
  });

  const submit = (v: { code: string; phoneTail: string }) => {
    const code = normaliseCode(v.code);
    const phone = v.phoneTail.trim();
    if (asked && asked.code === code && asked.phone === phone) void lookup.refetch();
    else setAsked({ code, phone });
    if (code !== initialCode) setParams({ ma: code }, { replace: true });
  };
  const d = lookup.data;

  return (
    <div className="page" style={{ maxWidth: 960 }}>
      <h1 className="page-title">
        <FileSearchOutlined /> Tra cứu hồ sơ
      </h1>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Nhập mã hồ sơ in trên phiếu tiếp nhận và hẹn trả kết quả (hoặc quét mã QR trên phiếu) cùng 4 số cuối số điện thoại của người nộp.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Row gutter={12} align="bottom">
            <Col xs={24} md={12}>
              <Form.Item label="Mã hồ sơ" name="code" rules={[{ required: true, whitespace: true, message: 'Nhập mã hồ sơ' }]}>
                <Input size="large" prefix={<QrcodeOutlined />} placeholder="Ví dụ: LS-X-05977-260302-0001" autoComplete="off" autoFocus={!initialCode} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item
                label="4 số cuối điện thoại"
                name="phoneTail"
                rules={[{ validator: async (_, v: string | undefined) => (isPhoneTail(v ?? '') ? undefined : Promise.reject(new Error('Nhập đúng 4 chữ số'))) }]}
              >
                <Input size="large" inputMode="numeric" maxLength={4} placeholder="1234" autoComplete="off" autoFocus={!!initialCode && !fromHome} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item label={screens.md ? <span aria-hidden> </span> : undefined} colon={false}>
                <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />} block loading={lookup.isFetching}>
                  Tra cứu
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      {lookup.isFetching && !d && <Skeleton active />}
      {lookup.error && !lookup.isFetching && (
        <Alert
          type="warning"
          showIcon
          title={lookup.error.message}
          description="Kiểm tra lại mã hồ sơ trên phiếu hẹn và 4 số cuối của số điện thoại đã khai khi nộp hồ sơ. Hồ sơ vừa nộp trực tuyến có mã ngay sau khi nộp."
        />
      )}
      {d && !lookup.error && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={13}>
            <Card
              title={
                <Space wrap>
                  <span>Hồ sơ {d.code}</span>
                  <StatusTag status={d.status} />
                </Space>
              }
            >
              <Alert type="info" title={statusInfo[d.status].hint} style={{ marginBottom: 16 }} />
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'procedure', label: 'Thủ tục', children: d.procedureName },
                  { key: 'agency', label: 'Cơ quan giải quyết', children: d.agencyName },
                  { key: 'channel', label: 'Hình thức nộp', children: channelWords[d.channel] },
                  { key: 'submitted', label: 'Ngày nộp', children: formatDateTime(d.submittedAt) },
                  { key: 'received', label: 'Ngày tiếp nhận', children: formatDateTime(d.receivedAt) },
                  {
                    key: 'due',
                    label: 'Ngày hẹn trả kết quả',
                    children: <b>{formatDateTime(d.apologyDueAt ?? d.dueAt)}</b>,
                  },
                  ...(d.apologyDueAt ? [{ key: 'old', label: 'Hẹn ban đầu', children: formatDateTime(d.dueAt) }] : []),
                  ...(d.finishedAt ? [{ key: 'finished', label: 'Ngày có kết quả', children: formatDateTime(d.finishedAt) }] : []),
                  ...(d.outcome ? [{ key: 'outcome', label: 'Kết quả', children: outcomeWords[d.outcome] }] : []),
                  ...(d.returnedAt ? [{ key: 'returned', label: 'Ngày trả kết quả', children: formatDateTime(d.returnedAt) }] : []),
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} md={11}>
            <Card title="Tiến độ xử lý">
              <DossierProgress
                status={d.status}
                submittedAt={d.submittedAt}
                steps={d.steps.map((s) => ({ ...s, agencyName: s.agencyName }))}
              />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
