import { Button, Checkbox, Form, InputNumber, Table, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { ProcedureDetail } from '../../../components/dossier/types';

type Component = ProcedureDetail['current']['components'][number];

/** The procedure's components to tick off as the applicant hands them over, with originals and copies. */
export function ChecklistTable({ components, form }: { components: readonly Component[]; form: FormInstance }) {
  const tickAll = () =>
    form.setFieldValue(
      'components',
      (form.getFieldValue('components') as { position: number }[]).map((c) => ({ ...c, provided: true })),
    );
  return (
    <>
      <Table<Component>
        size="small"
        rowKey="position"
        pagination={false}
        dataSource={[...components]}
        scroll={{ x: 520 }}
        locale={{ emptyText: 'Thủ tục không quy định thành phần hồ sơ.' }}
        columns={[
          {
            title: 'Đã nhận',
            key: 'provided',
            width: 80,
            align: 'center',
            render: (_, c, i) => (
              <Form.Item name={['components', i, 'provided']} valuePropName="checked" noStyle>
                <Checkbox aria-label={`Đã nhận: ${c.name}`} />
              </Form.Item>
            ),
          },
          {
            title: 'Thành phần hồ sơ',
            key: 'name',
            render: (_, c) => (
              <div>
                {c.name} {c.required ? <Tag color="red">Bắt buộc</Tag> : <Tag>Nếu có</Tag>}
                {(c.templateName || c.note) && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[c.templateName, c.note].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: 'Bản chính',
            key: 'originals',
            width: 90,
            render: (_, c, i) => (
              <Form.Item name={['components', i, 'originals']} noStyle>
                <InputNumber min={0} max={100} aria-label={`Số bản chính: ${c.name}`} style={{ width: 72 }} />
              </Form.Item>
            ),
          },
          {
            title: 'Bản sao',
            key: 'copies',
            width: 90,
            render: (_, c, i) => (
              <Form.Item name={['components', i, 'copies']} noStyle>
                <InputNumber min={0} max={100} aria-label={`Số bản sao: ${c.name}`} style={{ width: 72 }} />
              </Form.Item>
            ),
          },
        ]}
      />
      {components.length > 0 && (
        <Button type="link" onClick={tickAll} style={{ paddingInline: 0 }}>
          Đánh dấu đã nhận đủ tất cả thành phần
        </Button>
      )}
    </>
  );
}
