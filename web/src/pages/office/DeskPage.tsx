import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Badge, Card, Tabs, Typography } from 'antd';
import { CloudUploadOutlined, GiftOutlined, SolutionOutlined } from '@ant-design/icons';
import { rolesOf, useMe } from '../../app/auth';
import type { Dossier } from '../../components/dossier/types';
import { ReceiveForm } from './desk/ReceiveForm';
import { ReceiptResult } from './desk/ReceiptResult';
import { DeskQueue, useQueueCount } from './desk/DeskQueue';
import type { Decision } from './desk/desk-logic';

const tabs = ['tiep-nhan', 'truc-tuyen', 'tra-ket-qua'] as const;
type Tab = (typeof tabs)[number];

/** The one-stop desk: receive at the counter, check online dossiers, hand results over. */
export default function DeskPage() {
  const me = useMe().data;
  const viewer = { roles: rolesOf(me) };
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((t) => t === params.get('tab')) ?? 'tiep-nhan';
  const [done, setDone] = useState<{ dossier: Dossier; decision: Decision } | null>(null);
  const intake = useQueueCount('intake');
  const handover = useQueueCount('handover');
  const desk = me?.roles.find((r) => r.role === 'receiving_officer')?.agency?.name ?? me?.agency?.name;
  return (
    <div className="page">
      <h1 className="page-title">Bộ phận Một cửa</h1>
      {desk && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          Nơi tiếp nhận: {desk}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'tiep-nhan' ? {} : { tab: key })}
        items={[
          {
            key: 'tiep-nhan',
            label: (
              <span>
                <SolutionOutlined /> Tiếp nhận hồ sơ
              </span>
            ),
            children: done ? (
              <ReceiptResult dossier={done.dossier} decision={done.decision} viewer={viewer} onNext={() => setDone(null)} />
            ) : (
              <ReceiveForm onReceived={(dossier, decision) => setDone({ dossier, decision })} />
            ),
          },
          {
            key: 'truc-tuyen',
            label: (
              <span>
                <CloudUploadOutlined /> Hồ sơ trực tuyến chờ tiếp nhận <Badge count={intake.data ?? 0} showZero={false} overflowCount={999} />
              </span>
            ),
            children: (
              <Card size="small">
                <DeskQueue kind="intake" />
              </Card>
            ),
          },
          {
            key: 'tra-ket-qua',
            label: (
              <span>
                <GiftOutlined /> Trả kết quả <Badge count={handover.data ?? 0} showZero={false} overflowCount={999} color="#15803d" />
              </span>
            ),
            children: (
              <Card size="small">
                <DeskQueue kind="handover" />
              </Card>
            ),
          },
        ]}
      />
    </div>
  );
}
