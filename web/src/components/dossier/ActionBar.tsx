import { useState, type ReactNode } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  FileAddOutlined,
  GiftOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  TeamOutlined,
  ClockCircleOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { actionMeta } from './action-meta';
import type { ActionKey } from './actions';
import { ActionDialog, type ActionTarget } from './ActionDialog';
import type { Dossier } from './types';

const icons: Record<ActionKey, ReactNode> = {
  intake_accept: <CheckCircleOutlined />,
  intake_supplement: <FileAddOutlined />,
  intake_refuse: <CloseCircleOutlined />,
  complete: <SendOutlined />,
  return: <RollbackOutlined />,
  assign: <TeamOutlined />,
  supplement_request: <FileAddOutlined />,
  supplement_receive: <InboxOutlined />,
  apology: <ClockCircleOutlined />,
  approve: <CheckCircleOutlined />,
  reject: <ExclamationCircleOutlined />,
  hand_over: <GiftOutlined />,
  withdraw: <StopOutlined />,
};

export function actionIcon(action: ActionKey): ReactNode {
  return icons[action];
}

/** The buttons of the actions that apply now; each opens its confirmation dialog. */
export function ActionBar({
  actions,
  target,
  onDone,
}: {
  actions: readonly ActionKey[];
  target: ActionTarget;
  onDone?: (dossier: Dossier, action: ActionKey) => void;
}) {
  const [open, setOpen] = useState<ActionKey | null>(null);
  if (actions.length === 0) {
    return (
      <Card size="small" className="no-print">
        <Typography.Text type="secondary">Không có thao tác nào bạn cần thực hiện với hồ sơ ở trạng thái này.</Typography.Text>
      </Card>
    );
  }
  return (
    <Card size="small" className="no-print" styles={{ body: { padding: 12 } }}>
      <Flex gap={8} wrap role="toolbar" aria-label="Thao tác với hồ sơ">
        {actions.map((a, i) => (
          <Button
            key={a}
            type={i === 0 && !actionMeta[a].danger ? 'primary' : 'default'}
            danger={actionMeta[a].danger ?? false}
            icon={icons[a]}
            onClick={() => setOpen(a)}
          >
            {actionMeta[a].label}
          </Button>
        ))}
      </Flex>
      <ActionDialog action={open} target={target} onClose={() => setOpen(null)} {...(onDone ? { onDone } : {})} />
    </Card>
  );
}
