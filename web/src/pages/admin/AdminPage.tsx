import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Spin, Tabs } from 'antd';
import { ApartmentOutlined, CalendarOutlined, FileProtectOutlined, ImportOutlined, TeamOutlined } from '@ant-design/icons';
import { NotFoundPage } from '../NotFoundPage';
import { RequireRole } from '../../app/auth';
import './admin.css';

// Each area is its own chunk: opening the calendar does not download the workflow editor. The lazy
// components are made once: a new one on every render would suspend every navigation again.
const AgenciesTab = lazy(() => import('./AgenciesTab'));
const UsersTab = lazy(() => import('./UsersTab'));
const ProceduresTab = lazy(() => import('./ProceduresTab'));
const CalendarTab = lazy(() => import('./CalendarTab'));
const HistoryImportTab = lazy(() => import('./HistoryImportTab'));

const area = (Area: ComponentType) => (
  <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '10vh auto' }} />}>
    <Area />
  </Suspense>
);

const tabs: { key: string; label: string; icon: ReactNode }[] = [
  { key: 'co-quan', label: 'Cơ quan, đơn vị', icon: <ApartmentOutlined /> },
  { key: 'nguoi-dung', label: 'Người dùng, phân quyền', icon: <TeamOutlined /> },
  { key: 'thu-tuc', label: 'Danh mục thủ tục', icon: <FileProtectOutlined /> },
  { key: 'lich', label: 'Lịch làm việc, ngày nghỉ', icon: <CalendarOutlined /> },
  { key: 'nhap-lich-su', label: 'Nhập dữ liệu lịch sử', icon: <ImportOutlined /> },
];

const BASE = '/can-bo/quan-tri';

/** The administration area: agencies, users, the procedure catalog, the working calendar and the history import. */
export default function AdminPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = tabs.find((t) => location.pathname.startsWith(`${BASE}/${t.key}`))?.key;
  return (
    <RequireRole roles={['admin']}>
      <div className="page">
        <h1 className="page-title">Quản trị hệ thống</h1>
        <Tabs
          activeKey={active}
          onChange={(key) => void navigate(`${BASE}/${key}`)}
          items={tabs.map((t) => ({ key: t.key, label: t.label, icon: t.icon }))}
          style={{ marginBottom: 8 }}
        />
        <Routes>
          <Route index element={<Navigate to="co-quan" replace />} />
          <Route path="co-quan" element={area(AgenciesTab)} />
          <Route path="nguoi-dung" element={area(UsersTab)} />
          <Route path="thu-tuc" element={area(ProceduresTab)} />
          <Route path="lich" element={area(CalendarTab)} />
          <Route path="nhap-lich-su" element={area(HistoryImportTab)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </RequireRole>
  );
}
