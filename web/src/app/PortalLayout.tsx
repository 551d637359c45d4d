import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Grid, Layout, Space, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { homeOf, rolesOf, useLogout, useMe } from './auth';

const linkStyle = { color: '#ffe9a8' };

/** The public portal: catalog, tracking and statistics need no login. */
export function PortalLayout() {
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  const phone = screens.md === false;
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuOpen = menuFor === pathname;
  const isOfficial = rolesOf(me).some((r) => r !== 'citizen');

  const links = [
    { to: '/thu-tuc', label: 'Thủ tục hành chính' },
    { to: '/tra-cuu', label: 'Tra cứu hồ sơ' },
    { to: '/thong-ke', label: 'Thống kê, công khai' },
    ...(me && !isOfficial ? [{ to: '/ho-so-cua-toi', label: 'Hồ sơ của tôi' }] : []),
  ];
  const account = me ? (
    <Space wrap>
      {isOfficial && <Button onClick={() => void navigate(homeOf(me))}>Vào trang cán bộ</Button>}
      <Typography.Text style={{ color: phone ? undefined : '#fff' }}>{me.fullName}</Typography.Text>
      <Button size="small" onClick={() => logout.mutate()}>
        Đăng xuất
      </Button>
    </Space>
  ) : (
    <Space>
      <Button type="primary" ghost={!phone} style={phone ? undefined : { color: '#fff', borderColor: '#fff' }} onClick={() => void navigate('/dang-nhap')}>
        Đăng nhập
      </Button>
      <Link to="/dang-ky" style={phone ? undefined : linkStyle}>
        Đăng ký
      </Link>
    </Space>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, height: 56, lineHeight: '56px', paddingInline: 16 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: 18, whiteSpace: 'nowrap' }}>
          Cổng Dịch vụ công
        </Link>
        {phone ? (
          <>
            <div style={{ flex: 1 }} />
            <Button
              type="text"
              aria-label="Mở danh mục chức năng"
              icon={<MenuOutlined style={{ color: '#fff', fontSize: 20 }} />}
              onClick={() => setMenuFor(pathname)}
            />
            {/* Closes by itself on navigation: it is open only for the page it was opened on. */}
            <Drawer open={menuOpen} onClose={() => setMenuFor(null)} placement="right" size={280} title="Cổng Dịch vụ công">
              <nav aria-label="Chức năng của cổng">
                <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                  {links.map((l) => (
                    <Link key={l.to} to={l.to} style={{ fontSize: 16 }}>
                      {l.label}
                    </Link>
                  ))}
                  {account}
                </Space>
              </nav>
            </Drawer>
          </>
        ) : (
          <>
            <nav aria-label="Chức năng của cổng">
              <Space size="middle">
                {links.map((l) => (
                  <Link key={l.to} to={l.to} style={linkStyle}>
                    {l.label}
                  </Link>
                ))}
              </Space>
            </nav>
            <div style={{ flex: 1 }} />
            {account}
          </>
        )}
      </Layout.Header>
      <Layout.Content>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#666' }}>Hệ thống thông tin giải quyết thủ tục hành chính — phần mềm nguồn mở MotCua</Layout.Footer>
    </Layout>
  );
}
