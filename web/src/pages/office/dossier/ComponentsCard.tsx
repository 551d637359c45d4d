import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, FolderOpenOutlined, PaperClipOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../app/format';
import { formatSize } from '../../../components/dossier/dossier-text';
import { fileKindLabels } from '../../../components/dossier/labels';
import type { DossierDetail } from '../../../components/dossier/types';

type Component = DossierDetail['components'][number];

/** The checklist of components as received, and every attached file. */
export function ComponentsCard({ detail }: { detail: DossierDetail }) {
  const names = new Map(detail.components.map((c) => [c.position, c.name]));
  return (
    <Card
      size="small"
      title={
        <span>
          <FolderOpenOutlined /> Thành phần hồ sơ và tệp đính kèm
        </span>
      }
    >
      <Table<Component>
        size="small"
        rowKey="position"
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={detail.components}
        locale={{ emptyText: 'Thủ tục không quy định thành phần hồ sơ.' }}
        columns={[
          { title: 'STT', dataIndex: 'position', width: 56 },
          {
            title: 'Thành phần',
            key: 'name',
            render: (_, c) => (
              <>
                {c.name} {c.required ? <Tag color="red">Bắt buộc</Tag> : null}
              </>
            ),
          },
          {
            title: 'Đã nộp',
            key: 'provided',
            width: 80,
            align: 'center',
            render: (_, c) =>
              c.provided ? <CheckCircleTwoTone twoToneColor="#15803d" aria-label="Đã nộp" /> : <CloseCircleTwoTone twoToneColor="#dc2626" aria-label="Chưa nộp" />,
          },
          { title: 'Bản chính', dataIndex: 'originals', width: 90, align: 'center' },
          { title: 'Bản sao', dataIndex: 'copies', width: 80, align: 'center' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Tệp đính kèm
      </Typography.Title>
      {detail.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm (hồ sơ giấy hoặc chưa số hóa)." />
      ) : (
        <Flex vertical gap={6}>
          {detail.files.map((f) => (
            <Flex key={f.id} gap={8} wrap align="center">
              <PaperClipOutlined />
              <Typography.Text>{f.fileName}</Typography.Text>
              <Tag>{fileKindLabels[f.kind] ?? f.kind}</Tag>
              {f.componentPosition ? <Typography.Text type="secondary">{names.get(f.componentPosition)}</Typography.Text> : null}
              <Typography.Text type="secondary">
                {formatSize(f.size)} · {formatDateTime(f.uploadedAt)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
