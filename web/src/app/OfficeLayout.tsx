import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  InboxOutlined,
  LogoutOutlined,
  MenuOutlined,
  SettingOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { rolesOf, useLogout, useMe, type RoleName } from './auth';

const items: { key: string; label: string; icon: ReactNode; roles: RoleName[] }[] = [
  { key: '/can-bo/mot-cua', label: 'Tiếp nhận, trả kết quả', icon: <SolutionOutlined />, roles: ['receiving_officer', 'admin'] },
  { key: '/can-bo/xu-ly', label: 'Hồ sơ cần xử lý', icon: <InboxOutlined />, roles: ['receiving_officer', 'specialist', 'leader', 'admin'] },
  { key: '/can-bo/giam-sat', label: 'Giám sát, điều hành', icon: <DashboardOutlined />, roles: ['leader', 'monitor', 'admin'] },
  { key: '/can-bo/bao-cao', label: 'Báo cáo thống kê', icon: <BarChartOutlined />, roles: ['leader', 'monitor', 'admin'] },
  { key: '/can-bo/quan-tri', label: 'Quản trị hệ thống', icon: <SettingOutlined />, roles: ['admin'] },
];

/** The back office: a side menu by role, the user's name and agency, sign-out. */
export function OfficeLayout() {
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const roles = rolesOf(me);
  const menuItems = items.filter((i) => i.roles.some((r) => roles.includes(r))).map(({ key, label, icon }) => ({ key, label, icon }));
  const selected = menuItems.find((i) => location.pathname.startsWith(i.key))?.key ?? '';
  const menu = <Menu mode="inline" selectedKeys={[selected]} items={menuItems} onClick={(e) => { setOpen(false); void navigate(e.key); }} style={{ borderInlineEnd: 0 }} />;
  const narrow = !screens.lg;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: narrow ? 12 : 24 }}>
        {narrow && <Button type="text" aria-label="Mở menu" icon={<MenuOutlined style={{ color: '#fff' }} />} onClick={() => setOpen(true)} />}
        <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: narrow ? 15 : 18, whiteSpace: 'nowrap' }}>
          <AuditOutlined /> Hệ thống Một cửa điện tử
        </Link>
        <div style={{ flex: 1 }} />
        {me?.trainingMode && <Tag color="gold">Chế độ tập huấn</Tag>}
        <Dropdown
          menu={{
            items: [
              { key: 'agency', label: me?.agency?.name ?? 'Toàn hệ thống', disabled: true },
              { key: 'logout', label: 'Đăng xuất', icon: <LogoutOutlined /> },
            ],
            onClick: (e) => {
              if (e.key === 'logout') logout.mutate(undefined, { onSettled: () => void navigate('/dang-nhap') });
            },
          }}
        >
          <Space style={{ color: '#fff', cursor: 'pointer' }} tabIndex={0} aria-label="Tài khoản">
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#ffd600', color: '#8f1d17' }} />
            {!narrow && <Typography.Text style={{ color: '#fff' }}>{me?.fullName}</Typography.Text>}
          </Space>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer open={open} onClose={() => setOpen(false)} placement="left" size={280} title="Chức năng">
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={260} theme="light" style={{ borderRight: '1px solid #eee' }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
