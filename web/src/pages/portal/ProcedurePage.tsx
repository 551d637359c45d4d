import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton, Space, Steps, Table, Tag, Typography } from 'antd';
import { ClockCircleOutlined, CloudUploadOutlined, FileTextOutlined, FileSearchOutlined, PaperClipOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client';
import { canSubmitOnline, durationText, feeText, formatIsoDate, levelLabels, workflowStages } from './portal-model';
import { useProcedure } from './portal-queries';
import { OnlineTag } from './parts';
import './portal.css';

export default function ProcedurePage() {
  const { code } = useParams();
  const navigate = useNavigate();
  const query = useProcedure(code);

  if (query.isLoading) {
    return (
      <div className="page" style={{ maxWidth: 1100 }}>
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  if (query.error || !query.data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? 'Không tìm thấy thủ tục' : 'Không tải được thủ tục'}
        subTitle={query.error?.message}
        extra={<Button onClick={() => void navigate('/thu-tuc')}>Về danh mục thủ tục</Button>}
      />
    );
  }

  const p = query.data;
  const v = p.current;
  const online = canSubmitOnline(v.onlineLevel) && v.status !== 'abolished';
  const stages = workflowStages(v.workflows[0]?.steps ?? []);
  const decision = v.decisionNumber
    ? `Quyết định số ${v.decisionNumber}${v.decisionDate ? ` ngày ${formatIsoDate(v.decisionDate)}` : ''}`
    : 'Chưa cập nhật';

  return (
    <div className="page" style={{ maxWidth: 1100 }}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/">Trang chủ</Link> }, { title: <Link to="/thu-tuc">Thủ tục hành chính</Link> }, { title: p.code }]}
      />
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }}>
        {v.name}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag>Mã {p.code}</Tag>
        <Tag color="geekblue">{v.field.name}</Tag>
        {v.levels.map((l) => (
          <Tag key={l}>{levelLabels[l]}</Tag>
        ))}
        <OnlineTag level={v.onlineLevel} />
      </Space>
      {v.status === 'abolished' && (
        <Alert type="error" showIcon title="Thủ tục này đã bị bãi bỏ, không còn tiếp nhận hồ sơ." style={{ marginBottom: 16 }} />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title="Thông tin chung">
              <Descriptions
                column={1}
                size="small"
                styles={{ label: { width: 200 } }}
                items={[
                  { key: 'agency', label: 'Cơ quan thực hiện', children: v.implementingAgency },
                  { key: 'field', label: 'Lĩnh vực', children: v.field.name },
                  { key: 'level', label: 'Cấp thực hiện', children: v.levels.map((l) => levelLabels[l]).join(', ') },
                  {
                    key: 'time',
                    label: 'Thời hạn giải quyết',
                    children: (
                      <span>
                        <b>{durationText(v.publishedDuration, v.timeUnit)}</b>
                        {v.legalDuration !== v.publishedDuration && (
                          <Typography.Text type="secondary"> (theo quy định: {durationText(v.legalDuration, v.timeUnit)})</Typography.Text>
                        )}
                      </span>
                    ),
                  },
                  { key: 'online', label: 'Dịch vụ công trực tuyến', children: <OnlineTag level={v.onlineLevel} /> },
                  { key: 'result', label: 'Kết quả', children: v.resultDescription || '—' },
                  { key: 'decision', label: 'Quyết định công bố', children: decision },
                  { key: 'effective', label: 'Ngày hiệu lực', children: formatIsoDate(v.effectiveDate) },
                ]}
              />
            </Card>

            <Card
              title={
                <>
                  <PaperClipOutlined /> Thành phần hồ sơ
                </>
              }
            >
              {v.components.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không yêu cầu giấy tờ." />
              ) : (
                v.components.map((c) => (
                  <div key={c.position} className="component-row">
                    <div style={{ flex: '1 1 320px' }}>
                      <b>{c.position}.</b> {c.name}
                      {c.note && (
                        <div>
                          <Typography.Text type="secondary">{c.note}</Typography.Text>
                        </div>
                      )}
                      {c.templateName && (
                        <div>
                          <FileTextOutlined />{' '}
                          {c.templateUrl ? (
                            <a href={c.templateUrl} target="_blank" rel="noreferrer">
                              {c.templateName}
                            </a>
                          ) : (
                            <Typography.Text type="secondary">Mẫu đơn, tờ khai: {c.templateName}</Typography.Text>
                          )}
                        </div>
                      )}
                    </div>
                    <Space size={4} wrap>
                      {c.required ? <Tag color="red">Bắt buộc</Tag> : <Tag>Nếu có</Tag>}
                      <Tag>Bản chính: {c.originals}</Tag>
                      <Tag>Bản sao: {c.copies}</Tag>
                    </Space>
                  </div>
                ))
              )}
            </Card>

            <Card title="Phí, lệ phí">
              {v.fees.length === 0 ? (
                <Typography.Text>Không thu phí, lệ phí.</Typography.Text>
              ) : (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="name"
                  dataSource={v.fees}
                  columns={[
                    {
                      title: 'Khoản thu',
                      dataIndex: 'name',
                      render: (name: string, f) => (
                        <>
                          {name}
                          {f.note && (
                            <div>
                              <Typography.Text type="secondary">{f.note}</Typography.Text>
                            </div>
                          )}
                        </>
                      ),
                    },
                    { title: 'Mức thu', dataIndex: 'amount', align: 'right', width: 140, render: (a: number) => <b>{feeText(a)}</b> },
                  ]}
                />
              )}
            </Card>

            {stages.length > 0 && (
              <Card title="Trình tự giải quyết">
                <Steps
                  orientation="vertical"
                  size="small"
                  current={-1}
                  items={stages.map((s) => ({
                    title: s.title,
                    status: 'wait',
                    content: (
                      <Typography.Text type="secondary">
                        {s.who.join(', ')} — {durationText(s.allotted, v.timeUnit)}
                      </Typography.Text>
                    ),
                  }))}
                />
              </Card>
            )}
          </Space>
        </Col>

        <Col xs={24} lg={8}>
          <div style={{ position: 'sticky', top: 16 }}>
            <Card>
              <Typography.Text type="secondary">
                <ClockCircleOutlined /> Thời hạn giải quyết
              </Typography.Text>
              <div style={{ fontSize: 28, fontWeight: 700, margin: '4px 0 12px' }}>{durationText(v.publishedDuration, v.timeUnit)}</div>
              {online ? (
                <>
                  <Button type="primary" size="large" block icon={<CloudUploadOutlined aria-hidden />} onClick={() => void navigate(`/nop-ho-so/${encodeURIComponent(p.code)}`)}>
                    Nộp hồ sơ trực tuyến
                  </Button>
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
                    Cần đăng nhập bằng tài khoản công dân. Chuẩn bị bản chụp hoặc bản quét (PDF, ảnh) các giấy tờ ở trên.
                  </Typography.Paragraph>
                </>
              ) : (
                <Alert
                  type="info"
                  showIcon
                  title="Thủ tục chưa hỗ trợ nộp trực tuyến"
                  description="Vui lòng nộp trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích."
                />
              )}
            </Card>
            <Card size="small" style={{ marginTop: 12 }}>
              <Button type="link" icon={<FileSearchOutlined aria-hidden />} onClick={() => void navigate('/tra-cuu')} style={{ paddingInline: 0 }}>
                Đã nộp hồ sơ? Tra cứu tình trạng
              </Button>
            </Card>
          </div>
        </Col>
      </Row>
    </div>
  );
}
