import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Col, Form, Input, Row, Skeleton, Typography } from 'antd';
import {
  AppstoreOutlined,
  BankOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  ShopOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { foldVietnamese, isPhoneTail, normaliseCode, provinceName, provinceOf } from './portal-model';
import { useAgencyTree, useProcedureFields } from './portal-queries';
import { StatsTeaser } from './StatsTeaser';
import './portal.css';

const popular = ['Đăng ký khai sinh', 'Cấp giấy phép xây dựng', 'Lý lịch tư pháp', 'Thành lập doanh nghiệp'];

// Field codes differ between provinces; the icon follows the field's name.
const fieldIcons: [string, ReactNode][] = [
  ['ho tich', <TeamOutlined key="i" />],
  ['chung thuc', <SafetyCertificateOutlined key="i" />],
  ['ly lich', <IdcardOutlined key="i" />],
  ['dat dai', <EnvironmentOutlined key="i" />],
  ['xay dung', <HomeOutlined key="i" />],
  ['kinh doanh', <ShopOutlined key="i" />],
  ['y te', <MedicineBoxOutlined key="i" />],
  ['giao duc', <ReadOutlined key="i" />],
  ['cong thuong', <BankOutlined key="i" />],
];

function fieldIcon(name: string): ReactNode {
  const folded = foldVietnamese(name);
  return fieldIcons.find(([k]) => folded.includes(k))?.[1] ?? <AppstoreOutlined />;
}

export default function HomePage() {
  const navigate = useNavigate();
  const fields = useProcedureFields();
  const tree = useAgencyTree();
  const province = tree.data ? provinceOf(tree.data) : null;
  const search = (q: string) => void navigate(q.trim() ? `/thu-tuc?q=${encodeURIComponent(q.trim())}` : '/thu-tuc');
  const track = (v: { code: string; phoneTail: string }) =>
    void navigate(`/tra-cuu?ma=${encodeURIComponent(normaliseCode(v.code))}`, { state: { phoneTail: v.phoneTail.trim() } });

  return (
    <div>
      <section className="portal-hero">
        <div className="portal-hero-inner">
          <h1>Dịch vụ công trực tuyến{province ? ` ${provinceName(province.name)}` : ''}</h1>
          <p>Tra cứu thủ tục, nộp hồ sơ trực tuyến và theo dõi kết quả giải quyết mọi lúc, mọi nơi.</p>
          <Input.Search
            size="large"
            placeholder="Nhập tên thủ tục, ví dụ: cấp giấy phép xây dựng"
            aria-label="Tìm thủ tục hành chính"
            enterButton={
              <Button type="primary" className="hero-search-button" icon={<SearchOutlined aria-hidden />}>
                Tìm kiếm
              </Button>
            }
            onSearch={search}
          />
          <div className="portal-chips">
            <span className="chip-label">Tìm nhiều:</span>
            {popular.map((p) => (
              <button key={p} type="button" className="chip" onClick={() => search(p)}>
                {p}
              </button>
            ))}
          </div>
        </div>
      </section>

      <div className="portal-section portal-lift">
        <Row gutter={[16, 16]}>
          <Col xs={24} md={14}>
            <Card
              title={
                <>
                  <FileSearchOutlined /> Tra cứu tình trạng hồ sơ
                </>
              }
              style={{ height: '100%' }}
            >
              <Form layout="vertical" onFinish={track} requiredMark={false}>
                <Row gutter={12}>
                  <Col xs={24} sm={13}>
                    <Form.Item label="Mã hồ sơ" name="code" rules={[{ required: true, whitespace: true, message: 'Nhập mã hồ sơ ghi trên phiếu hẹn' }]}>
                      <Input placeholder="Ví dụ: LS-X-05977-260302-0001" autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={11}>
                    <Form.Item
                      label="4 số cuối điện thoại"
                      name="phoneTail"
                      rules={[{ validator: async (_, v: string | undefined) => (isPhoneTail(v ?? '') ? undefined : Promise.reject(new Error('Nhập đúng 4 chữ số'))) }]}
                    >
                      <Input inputMode="numeric" maxLength={4} placeholder="1234" autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
                  Tra cứu
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} md={10}>
            <StatsTeaser />
          </Col>
        </Row>

        <div className="portal-section-title">Thủ tục theo lĩnh vực</div>
        {fields.isLoading ? (
          <Skeleton active />
        ) : (
          <Row gutter={[12, 12]}>
            {(fields.data ?? []).map((f) => (
              <Col key={f.code} xs={12} sm={8} md={6}>
                <Card className="field-card" size="small">
                  <Link to={`/thu-tuc?linh-vuc=${encodeURIComponent(f.code)}`}>
                    <span className="field-icon" aria-hidden>
                      {fieldIcon(f.name)}
                    </span>
                    <div className="field-name">{f.name}</div>
                  </Link>
                </Card>
              </Col>
            ))}
          </Row>
        )}

        <div className="portal-section-title">Nộp hồ sơ trực tuyến trong 4 bước</div>
        <Card>
          <Row gutter={[16, 24]}>
            {[
              { icon: <SearchOutlined />, title: 'Tìm thủ tục', text: 'Xem giấy tờ cần chuẩn bị, phí, lệ phí và thời hạn giải quyết.' },
              { icon: <CloudUploadOutlined />, title: 'Nộp hồ sơ', text: 'Đăng nhập, điền thông tin và tải lên bản chụp giấy tờ.' },
              { icon: <FileProtectOutlined />, title: 'Theo dõi', text: 'Xem hồ sơ đang ở bước nào, bổ sung khi được yêu cầu.' },
              { icon: <TrophyOutlined />, title: 'Nhận kết quả', text: 'Nhận kết quả trực tuyến, qua bưu chính hoặc tại Bộ phận Một cửa.' },
            ].map((s, i) => (
              <Col key={s.title} xs={12} md={6} className="how-step">
                <div className="how-icon" aria-hidden>
                  {s.icon}
                </div>
                <Typography.Title level={5} style={{ margin: '4px 0' }}>
                  {i + 1}. {s.title}
                </Typography.Title>
                <Typography.Text type="secondary">{s.text}</Typography.Text>
              </Col>
            ))}
          </Row>
        </Card>
        <div style={{ height: 32 }} />
      </div>
    </div>
  );
}
