import { Link, Outlet, useNavigate } from 'react-router-dom';
import { Button, Layout, Space, Typography } from 'antd';
import { homeOf, rolesOf, useLogout, useMe } from './auth';

/** The public portal: catalog, tracking and statistics need no login. */
export function PortalLayout() {
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const isOfficial = rolesOf(me).some((r) => r !== 'citizen');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', height: 'auto', lineHeight: '56px', paddingInline: 16 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 700, fontSize: 18 }}>
          Cổng Dịch vụ công
        </Link>
        <Space size="middle" wrap>
          <Link to="/thu-tuc" style={{ color: '#ffe9a8' }}>Thủ tục hành chính</Link>
          <Link to="/tra-cuu" style={{ color: '#ffe9a8' }}>Tra cứu hồ sơ</Link>
          <Link to="/thong-ke" style={{ color: '#ffe9a8' }}>Thống kê, công khai</Link>
          {me && !isOfficial && <Link to="/ho-so-cua-toi" style={{ color: '#ffe9a8' }}>Hồ sơ của tôi</Link>}
        </Space>
        <div style={{ flex: 1 }} />
        {me ? (
          <Space>
            {isOfficial && <Button onClick={() => void navigate(homeOf(me))}>Vào trang cán bộ</Button>}
            <Typography.Text style={{ color: '#fff' }}>{me.fullName}</Typography.Text>
            <Button size="small" onClick={() => logout.mutate()}>Đăng xuất</Button>
          </Space>
        ) : (
          <Space>
            <Button type="primary" ghost style={{ color: '#fff', borderColor: '#fff' }} onClick={() => void navigate('/dang-nhap')}>Đăng nhập</Button>
            <Link to="/dang-ky" style={{ color: '#ffe9a8' }}>Đăng ký</Link>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#666' }}>
        Hệ thống thông tin giải quyết thủ tục hành chính — phần mềm nguồn mở MotCua
      </Layout.Footer>
    </Layout>
  );
}
