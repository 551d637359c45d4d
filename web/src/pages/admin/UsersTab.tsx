import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  CheckCircleOutlined,
  EditOutlined,
  ExperimentOutlined,
  KeyOutlined,
  MoreOutlined,
  StopOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { AgencyPicker } from './AgencyPicker';
import { roleColors, roleLabels, roleOrder, type RoleName } from './labels';
import { PAGE_SIZES, readUserFilters, usersApiQuery, writeUserFilters, type UserFilters } from './user-filters';
import { TRAINING_EXPLANATION, UserFormDrawer, type UserProfile } from './UserFormDrawer';
import { SubmitOnEnter } from './ui';

/** Users and roles: a server-paged list with search and filters, and every account action. */
export default function UsersTab() {
  const [params, setParams] = useSearchParams();
  const filters = readUserFilters(params);
  const me = useMe().data;
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const [drawer, setDrawer] = useState<{ mode: 'create' } | { mode: 'edit'; user: UserProfile } | null>(null);
  const [resetting, setResetting] = useState<UserProfile | null>(null);
  const [searchText, setSearchText] = useState(filters.search);

  const users = useQuery({
    queryKey: ['admin', 'users', usersApiQuery(filters)],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/users', { params: { query: usersApiQuery(filters) } })),
  });

  const setFilters = (changes: Partial<UserFilters>) =>
    setParams(writeUserFilters({ ...filters, page: 1, ...changes }), { replace: true });

  const action = useMutation({
    mutationFn: async ({ user, kind }: { user: UserProfile; kind: 'deactivate' | 'activate' | 'training-on' | 'training-off' }) => {
      const path = { params: { path: { id: user.id } } };
      if (kind === 'deactivate') return unwrap(await api.POST('/api/users/{id}/deactivate', path));
      if (kind === 'activate') return unwrap(await api.POST('/api/users/{id}/activate', path));
      return unwrap(await api.PUT('/api/users/{id}/training-mode', { ...path, body: { enabled: kind === 'training-on' } }));
    },
    onSuccess: (u, { kind }) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'users'] });
      const text = {
        deactivate: `Đã vô hiệu hóa tài khoản ${u.username}.`,
        activate: `Đã kích hoạt lại tài khoản ${u.username}.`,
        'training-on': `Đã bật chế độ tập huấn cho ${u.username}.`,
        'training-off': `Đã tắt chế độ tập huấn cho ${u.username}.`,
      }[kind];
      void message.success(text);
    },
    onError: (e) => void message.error(e.message),
  });

  const confirmAction = (user: UserProfile, kind: 'deactivate' | 'activate' | 'training-on' | 'training-off') => {
    const texts = {
      deactivate: {
        title: `Vô hiệu hóa tài khoản ${user.username}?`,
        content: `${user.fullName} sẽ bị đăng xuất khỏi mọi phiên và không đăng nhập được nữa cho đến khi được kích hoạt lại. Hồ sơ đã xử lý vẫn được giữ nguyên.`,
        ok: 'Vô hiệu hóa',
        danger: true,
      },
      activate: { title: `Kích hoạt lại tài khoản ${user.username}?`, content: `${user.fullName} sẽ đăng nhập lại được.`, ok: 'Kích hoạt', danger: false },
      'training-on': { title: `Bật chế độ tập huấn cho ${user.username}?`, content: TRAINING_EXPLANATION, ok: 'Bật tập huấn', danger: false },
      'training-off': {
        title: `Tắt chế độ tập huấn cho ${user.username}?`,
        content: 'Từ nay hồ sơ do người dùng tạo là hồ sơ thật và được tính vào thống kê, báo cáo.',
        ok: 'Tắt tập huấn',
        danger: false,
      },
    }[kind];
    modal.confirm({
      title: texts.title,
      content: texts.content,
      okText: texts.ok,
      okButtonProps: { danger: texts.danger },
      cancelText: 'Hủy',
      onOk: () => action.mutateAsync({ user, kind }).catch(() => undefined),
    });
  };

  const columns: ColumnsType<UserProfile> = [
    {
      title: 'Người dùng',
      key: 'user',
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {u.username}
            {u.email ? ` · ${u.email}` : ''}
            {u.phone ? ` · ${u.phone}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Cơ quan', key: 'agency', responsive: ['md'], render: (_, u) => u.agency?.name ?? <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: 'Vai trò (phạm vi)',
      key: 'roles',
      width: 240,
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.roles.map((r) => (
            <Tooltip key={r.role} title={r.agency ? `Phạm vi: ${r.agency.name} và các đơn vị trực thuộc` : r.role === 'citizen' ? 'Tài khoản cá nhân' : 'Phạm vi: toàn hệ thống'}>
              <Tag color={roleColors[r.role]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                {roleLabels[r.role]}
                {r.role !== 'citizen' && <span style={{ opacity: 0.75 }}> · {r.agency?.code ?? 'toàn hệ thống'}</span>}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 150,
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.active ? <Tag color="green">Hoạt động</Tag> : <Tag color="default">Đã vô hiệu hóa</Tag>}
          {u.trainingMode && (
            <Tag color="gold" icon={<ExperimentOutlined />}>
              Tập huấn
            </Tag>
          )}
          {u.isDemo && <Tag>Tài khoản mẫu</Tag>}
        </Flex>
      ),
    },
    {
      title: 'Đăng nhập gần nhất',
      key: 'last',
      responsive: ['lg'],
      width: 150,
      render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : <Typography.Text type="secondary">Chưa đăng nhập</Typography.Text>),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, u) => {
        const self = me?.id === u.id;
        return (
          <Space size={4}>
            <Button size="small" icon={<EditOutlined />} onClick={() => setDrawer({ mode: 'edit', user: u })} aria-label={`Sửa ${u.username}`}>
              Sửa
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'reset', icon: <KeyOutlined />, label: 'Đặt lại mật khẩu' },
                  { key: 'training', icon: <ExperimentOutlined />, label: u.trainingMode ? 'Tắt chế độ tập huấn' : 'Bật chế độ tập huấn' },
                  { type: 'divider' },
                  u.active
                    ? { key: 'deactivate', icon: <StopOutlined />, label: 'Vô hiệu hóa', danger: true, disabled: self }
                    : { key: 'activate', icon: <CheckCircleOutlined />, label: 'Kích hoạt lại' },
                ],
                onClick: ({ key }) => {
                  if (key === 'reset') setResetting(u);
                  if (key === 'training') confirmAction(u, u.trainingMode ? 'training-off' : 'training-on');
                  if (key === 'deactivate') confirmAction(u, 'deactivate');
                  if (key === 'activate') confirmAction(u, 'activate');
                },
              }}
            >
              <Button size="small" icon={<MoreOutlined />} aria-label={`Thao tác khác với ${u.username}`} />
            </Dropdown>
          </Space>
        );
      },
    },
  ];

  const filtered = Boolean(filters.search || filters.agencyId || filters.role || filters.active);

  return (
    <Card>
      <Flex gap={12} wrap align="end" style={{ marginBottom: 16 }}>
        <Flex vertical gap={4} style={{ flex: '2 1 240px' }}>
          <label htmlFor="user-search" className="admin-field-label">
            Tìm kiếm
          </label>
          <Input.Search
            id="user-search"
            placeholder="Tên đăng nhập, họ tên hoặc email"
            allowClear
            enterButton
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(v) => setFilters({ search: v })}
          />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '2 1 240px' }}>
          <label htmlFor="user-agency" className="admin-field-label">
            Cơ quan (gồm đơn vị trực thuộc)
          </label>
          <AgencyPicker id="user-agency" value={filters.agencyId} onChange={(v) => setFilters({ agencyId: v })} placeholder="Tất cả cơ quan" />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 180px' }}>
          <label htmlFor="user-role" className="admin-field-label">
            Vai trò
          </label>
          <Select<RoleName | null>
            id="user-role"
            value={filters.role}
            onChange={(v) => setFilters({ role: v ?? null })}
            allowClear
            placeholder="Tất cả vai trò"
            options={roleOrder.map((r) => ({ value: r, label: roleLabels[r] }))}
          />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 150px' }}>
          <label htmlFor="user-status" className="admin-field-label">
            Trạng thái
          </label>
          <Select<'true' | 'false' | null>
            id="user-status"
            value={filters.active}
            onChange={(v) => setFilters({ active: v ?? null })}
            allowClear
            placeholder="Tất cả"
            options={[
              { value: 'true', label: 'Đang hoạt động' },
              { value: 'false', label: 'Đã vô hiệu hóa' },
            ]}
          />
        </Flex>
        <Space>
          {filtered && (
            <Button
              onClick={() => {
                setSearchText('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Xóa bộ lọc
            </Button>
          )}
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDrawer({ mode: 'create' })}>
            Tạo người dùng
          </Button>
        </Space>
      </Flex>
      {users.error && <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />}
      <Table<UserProfile>
        rowKey="id"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 760 }}
        size="middle"
        rowClassName={(u) => (u.active ? '' : 'admin-row-inactive')}
        locale={{
          emptyText: (
            <Empty
              description={filtered ? 'Không có người dùng nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.' : 'Chưa có người dùng. Bấm "Tạo người dùng" để thêm tài khoản đầu tiên.'}
            />
          ),
        }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total, [from, to]) => `${from}–${to} / ${total} người dùng`,
          onChange: (page, pageSize) => setParams(writeUserFilters({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize }), { replace: true }),
        }}
      />
      <UserFormDrawer target={drawer} onClose={() => setDrawer(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}

function ResetPasswordModal({ user, onClose }: { user: UserProfile | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const { message } = App.useApp();
  const reset = useMutation({
    mutationFn: async (password: string) =>
      unwrap(await api.POST('/api/users/{id}/reset-password', { params: { path: { id: user!.id } }, body: { newPassword: password } })),
    onSuccess: () => {
      void message.success(`Đã đặt lại mật khẩu cho ${user?.username}. Mọi phiên đăng nhập cũ đã bị đăng xuất.`);
      form.resetFields();
      onClose();
    },
    onError: (e) => form.setFields([{ name: 'password', errors: [e.message] }]),
  });
  return (
    <Modal
      open={user !== null}
      title={`Đặt lại mật khẩu: ${user?.fullName ?? ''}`}
      okText="Đặt lại mật khẩu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Tài khoản được mở khóa (nếu đang bị khóa do đăng nhập sai) và mọi phiên đăng nhập bị đăng xuất. Hãy báo mật khẩu mới cho người dùng
        qua kênh an toàn.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v.password)}>
        <Form.Item
          label="Mật khẩu mới"
          name="password"
          extra="Ít nhất 8 ký tự, gồm cả chữ cái và chữ số."
          rules={[
            { required: true, message: 'Nhập mật khẩu mới' },
            { min: 8, message: 'Mật khẩu phải có ít nhất 8 ký tự' },
          ]}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu mới' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string) => {
                if (value && value !== getFieldValue('password')) throw new Error('Hai mật khẩu không khớp');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
