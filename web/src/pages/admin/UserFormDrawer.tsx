import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Drawer, Flex, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { AgencyPicker } from './AgencyPicker';
import { placeApiError } from './form-errors';
import { roleLabels, roleOrder, type RoleName } from './labels';
import { SectionHint, SubmitOnEnter } from './ui';

export type UserProfile = paths['/api/users/{id}']['get']['responses'][200]['content']['application/json'];

interface Values {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  agencyId: number | null;
  password?: string;
  confirm?: string;
  roles: { role?: RoleName; agencyId: number | null }[];
  trainingMode: boolean;
}

const codeFields: Record<string, string[]> = {
  USERNAME_INVALID: ['username'],
  USERNAME_TAKEN: ['username'],
  PASSWORD_TOO_WEAK: ['password'],
  PASSWORD_TOO_LONG: ['password'],
  ROLE_DUPLICATED: ['roles'],
  CITIZEN_ROLE_WITH_AGENCY: ['roles'],
  CANNOT_REMOVE_OWN_ADMIN: ['roles'],
};
const fieldNames = ['username', 'fullName', 'email', 'phone', 'agencyId', 'password', 'roles'];

export const TRAINING_EXPLANATION =
  'Hồ sơ do người dùng tạo trong chế độ tập huấn là hồ sơ thử: dùng để làm quen với hệ thống, không được tính vào số liệu thống kê, báo cáo.';

/** Creates a user or edits one: identity, agency, roles each bound to an agency subtree, training mode. */
export function UserFormDrawer({ target, onClose }: { target: { mode: 'create' } | { mode: 'edit'; user: UserProfile } | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [general, setGeneral] = useState<string | null>(null);
  const editing = target?.mode === 'edit' ? target.user : null;
  const training = Form.useWatch('trainingMode', form);

  useEffect(() => {
    if (!target) return;
    setGeneral(null);
    form.resetFields();
    if (target.mode === 'edit') {
      const u = target.user;
      form.setFieldsValue({
        username: u.username,
        fullName: u.fullName,
        email: u.email ?? '',
        phone: u.phone ?? '',
        agencyId: u.agency?.id ?? null,
        roles: u.roles.map((r) => ({ role: r.role, agencyId: r.agency?.id ?? null })),
        trainingMode: u.trainingMode,
      });
    } else {
      form.setFieldsValue({ agencyId: null, roles: [{ role: undefined, agencyId: null }], trainingMode: false });
    }
  }, [target, form]);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const roles = v.roles.filter((r) => r.role).map((r) => ({ role: r.role!, agencyId: r.role === 'citizen' ? null : r.agencyId }));
      const common = { fullName: v.fullName.trim(), email: v.email?.trim() || null, phone: v.phone?.trim() || null, agencyId: v.agencyId, roles };
      if (!editing) {
        return unwrap(
          await api.POST('/api/users', { body: { ...common, username: v.username.trim(), password: v.password ?? '', trainingMode: v.trainingMode } }),
        );
      }
      let saved = unwrap(await api.PATCH('/api/users/{id}', { params: { path: { id: editing.id } }, body: common }));
      if (v.trainingMode !== editing.trainingMode) {
        saved = unwrap(await api.PUT('/api/users/{id}/training-mode', { params: { path: { id: editing.id } }, body: { enabled: v.trainingMode } }));
      }
      return saved;
    },
    onSuccess: (u) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'users'] });
      void qc.invalidateQueries({ queryKey: ['me'] });
      void message.success(editing ? `Đã lưu thông tin của ${u.fullName}.` : `Đã tạo tài khoản ${u.username}.`);
      onClose();
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setGeneral(e.message);
      const placed = placeApiError(e, codeFields, fieldNames);
      form.setFields(placed.fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      setGeneral(placed.general);
    },
  });

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={editing ? `Sửa người dùng: ${editing.fullName}` : 'Tạo người dùng'}
      size="min(640px, 100vw)"
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {editing ? 'Lưu thay đổi' : 'Tạo người dùng'}
          </Button>
        </Flex>
      }
    >
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional" autoComplete="off">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          Thông tin tài khoản
        </Typography.Title>
        <Flex gap={16} wrap>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            style={{ flex: '1 1 220px' }}
            extra={editing ? 'Không đổi được tên đăng nhập.' : '3–50 ký tự: chữ không dấu, chữ số, dấu . _ -'}
            rules={[
              { required: true, message: 'Nhập tên đăng nhập' },
              { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$/, message: 'Tên đăng nhập dài 3–50 ký tự, chỉ gồm chữ không dấu, chữ số và . _ -' },
            ]}
          >
            <Input disabled={Boolean(editing)} autoComplete="off" />
          </Form.Item>
          <Form.Item label="Họ và tên" name="fullName" style={{ flex: '1 1 220px' }} rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item label="Email" name="email" style={{ flex: '1 1 220px' }} rules={[{ type: 'email', message: 'Địa chỉ email không hợp lệ' }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="Số điện thoại"
            name="phone"
            style={{ flex: '1 1 220px' }}
            rules={[{ pattern: /^(\+84|0)[\d\s.-]{9,13}$/, message: 'Số điện thoại không hợp lệ (ví dụ 0912345678)' }]}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item label="Cơ quan công tác" name="agencyId" extra="Để trống với tài khoản công dân hoặc quản trị toàn hệ thống.">
          <AgencyPicker placeholder="Chọn cơ quan công tác" />
        </Form.Item>
        {!editing && (
          <Flex gap={16} wrap>
            <Form.Item
              label="Mật khẩu"
              name="password"
              style={{ flex: '1 1 220px' }}
              extra="Ít nhất 8 ký tự, gồm cả chữ cái và chữ số."
              rules={[
                { required: true, message: 'Nhập mật khẩu' },
                { min: 8, message: 'Mật khẩu phải có ít nhất 8 ký tự' },
                { pattern: /\p{L}/u, message: 'Mật khẩu phải có chữ cái' },
                { pattern: /\d/, message: 'Mật khẩu phải có chữ số' },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="Nhập lại mật khẩu"
              name="confirm"
              style={{ flex: '1 1 220px' }}
              dependencies={['password']}
              rules={[
                { required: true, message: 'Nhập lại mật khẩu' },
                ({ getFieldValue }) => ({
                  validator: async (_, value: string) => {
                    if (value && value !== getFieldValue('password')) throw new Error('Hai mật khẩu không khớp');
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Flex>
        )}

        <Divider />
        <Typography.Title level={5}>Vai trò và phạm vi</Typography.Title>
        <SectionHint>
          Mỗi vai trò gắn với một cơ quan: người dùng làm việc với hồ sơ của cơ quan đó và mọi đơn vị trực thuộc. Để trống phạm vi nghĩa là
          toàn hệ thống.
        </SectionHint>
        <Form.List
          name="roles"
          rules={[
            {
              validator: async (_, roles: Values['roles'] | undefined) => {
                const chosen = (roles ?? []).filter((r) => r?.role);
                if (chosen.length === 0) throw new Error('Cần ít nhất một vai trò');
                const names = chosen.map((r) => r.role);
                if (new Set(names).size !== names.length) throw new Error('Mỗi vai trò chỉ khai báo một lần');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start" style={{ marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={`Vai trò ${index + 1}`}
                    style={{ flex: '1 1 200px', marginBottom: 8 }}
                    rules={[{ required: true, message: 'Chọn vai trò' }]}
                  >
                    <Select placeholder="Chọn vai trò" options={roleOrder.map((r) => ({ value: r, label: roleLabels[r] }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'agencyId']} label={`Phạm vi của vai trò ${index + 1}`} style={{ flex: '2 1 240px', marginBottom: 8 }}>
                    <AgencyPicker placeholder="Toàn hệ thống" />
                  </Form.Item>
                  <Button
                    aria-label={`Bỏ vai trò ${index + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ role: undefined, agencyId: form.getFieldValue('agencyId') ?? null })}
                disabled={fields.length >= roleOrder.length}
                style={{ marginTop: 4 }}
              >
                Thêm vai trò
              </Button>
            </>
          )}
        </Form.List>

        <Divider />
        <Space align="center" style={{ marginBottom: 8 }}>
          <ExperimentOutlined style={{ color: '#d97706' }} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            Chế độ tập huấn
          </Typography.Title>
        </Space>
        <Form.Item name="trainingMode" valuePropName="checked" label="Bật chế độ tập huấn" style={{ marginBottom: 8 }}>
          <Switch checkedChildren="Bật" unCheckedChildren="Tắt" />
        </Form.Item>
        <Alert type={training ? 'warning' : 'info'} showIcon title={TRAINING_EXPLANATION} />
        <SubmitOnEnter />
      </Form>
    </Drawer>
  );
}
