import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { ArrowLeftOutlined, HistoryOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client';
import { rolesOf, useMe } from '../../app/auth';
import { availableActions, availableForms } from '../../components/dossier/actions';
import { ActionBar } from '../../components/dossier/ActionBar';
import { DossierTimeline } from '../../components/dossier/DossierTimeline';
import { FormLinks } from '../../components/dossier/FormLinks';
import { useDossier, useDossierUrgency } from './dossier/use-dossier';
import { DossierHeader } from './dossier/DossierHeader';
import { ApplicantCard } from './dossier/ApplicantCard';
import { StepsCard } from './dossier/StepsCard';
import { ComponentsCard } from './dossier/ComponentsCard';

/** One dossier: header, actions that apply now, applicant, steps, components, printable forms and its full timeline. */
export default function DossierPage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe().data;
  const query = useDossier(code);
  const urgency = useDossierUrgency(code, query.isSuccess);
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} style={{ paddingInline: 0 }}>
      Quay lại
    </Button>
  );

  if (query.isLoading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  if (query.error || !query.data) {
    const e = query.error;
    const denied = e instanceof ApiError && (e.status === 404 || e.status === 403);
    return (
      <div className="page">
        <Result
          status={denied ? '404' : 'error'}
          title={denied ? 'Không tìm thấy hồ sơ' : 'Không tải được hồ sơ'}
          subTitle={
            denied
              ? `Hồ sơ ${code} không tồn tại hoặc bạn không có quyền xem hồ sơ này. Hãy kiểm tra lại mã hồ sơ hoặc liên hệ đơn vị đang xử lý.`
              : (e?.message ?? 'Đã xảy ra lỗi, vui lòng thử lại.')
          }
          extra={
            <Space wrap>
              <Link to="/can-bo/xu-ly">
                <Button type="primary">Về danh sách hồ sơ</Button>
              </Link>
              {!denied && (
                <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
                  Thử lại
                </Button>
              )}
            </Space>
          }
        />
      </div>
    );
  }

  const detail = query.data;
  const viewer = { roles: rolesOf(me) };
  const actions = availableActions(detail, viewer, urgency.data);
  const forms = availableForms(detail);
  return (
    <div className="page">
      {back}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <DossierHeader detail={detail} urgency={urgency.data} />
        <ActionBar
          actions={actions}
          target={{ code: detail.dossier.code, version: detail.dossier.version, channel: detail.dossier.channel, dueAt: detail.dossier.dueAt, steps: detail.steps }}
        />
        <StepsCard steps={detail.steps} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <ApplicantCard dossier={detail.dossier} />
              <ComponentsCard detail={detail} />
            </Space>
          </Col>
          <Col xs={24} xl={9}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card
                size="small"
                title={
                  <span>
                    <PrinterOutlined /> Biểu mẫu in
                  </span>
                }
              >
                {forms.length ? <FormLinks code={detail.dossier.code} forms={forms} /> : 'Chưa có biểu mẫu nào cho hồ sơ này.'}
              </Card>
              <Card
                size="small"
                title={
                  <span>
                    <HistoryOutlined /> Dòng thời gian
                  </span>
                }
              >
                <DossierTimeline events={detail.events} />
              </Card>
            </Space>
          </Col>
        </Row>
      </Space>
    </div>
  );
}
