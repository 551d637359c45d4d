import { Link } from 'react-router-dom';
import { Button, Card, Descriptions, Result, Space } from 'antd';
import { EyeOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../app/format';
import { formUrl, availableActions, type Viewer } from '../../../components/dossier/actions';
import { ActionBar } from '../../../components/dossier/ActionBar';
import type { Dossier, FormNumber } from '../../../components/dossier/types';
import { useDossier } from '../dossier/use-dossier';
import { dossierPath } from '../inbox/DossierTable';
import type { Decision } from './desk-logic';

const outcome: Record<Decision, { status: 'success' | 'warning' | 'error'; title: string; form: FormNumber; print: string }> = {
  accept: { status: 'success', title: 'Đã tiếp nhận hồ sơ', form: '01', print: 'In giấy tiếp nhận và hẹn trả (mẫu 01)' },
  request_supplement: { status: 'warning', title: 'Đã lập phiếu yêu cầu bổ sung hồ sơ', form: '02', print: 'In phiếu yêu cầu bổ sung (mẫu 02)' },
  refuse: { status: 'error', title: 'Đã từ chối tiếp nhận hồ sơ', form: '03', print: 'In phiếu từ chối (mẫu 03)' },
};

/** After the counter decision: the code, the appointment, the slip to print, and the next move. */
export function ReceiptResult({ dossier, decision, viewer, onNext }: { dossier: Dossier; decision: Decision; viewer: Viewer; onNext: () => void }) {
  const o = outcome[decision];
  const detail = useDossier(dossier.code);
  // Right after receipt the desk step is the officer's: forwarding it is the natural next move.
  const forward = detail.data ? availableActions(detail.data, viewer).filter((a) => a === 'complete') : [];
  return (
    <Card>
      <Result
        status={o.status}
        title={`${o.title} ${dossier.code}`}
        subTitle={decision === 'accept' ? `Hẹn trả kết quả: ${formatDateTime(dossier.appointmentAt)}` : 'Đưa phiếu cho người nộp để họ biết cần làm gì tiếp theo.'}
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button type="primary" size="large" icon={<PrinterOutlined />} href={formUrl(dossier.code, o.form)} target="_blank" rel="noopener noreferrer">
              {o.print}
            </Button>
            <Link to={dossierPath(dossier.code)}>
              <Button size="large" icon={<EyeOutlined />}>
                Xem hồ sơ
              </Button>
            </Link>
            <Button size="large" icon={<PlusOutlined />} onClick={onNext}>
              Tiếp nhận hồ sơ mới
            </Button>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'ma', label: 'Mã hồ sơ', children: <b>{dossier.code}</b> },
            { key: 'nguoi', label: 'Người nộp', children: dossier.applicantName },
            { key: 'nop', label: 'Thời điểm nộp', children: formatDateTime(dossier.submittedAt) },
            ...(decision === 'accept'
              ? [
                  { key: 'han', label: 'Hạn giải quyết', children: <b>{formatDateTime(dossier.dueAt)}</b> },
                ]
              : []),
          ]}
        />
        {forward.length > 0 && detail.data && (
          <div style={{ marginTop: 16 }}>
            <ActionBar
              actions={forward}
              target={{ code: dossier.code, version: detail.data.dossier.version, steps: detail.data.steps, channel: dossier.channel, dueAt: dossier.dueAt }}
            />
          </div>
        )}
      </Result>
    </Card>
  );
}
