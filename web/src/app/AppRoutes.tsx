import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { PortalLayout } from './PortalLayout';
import { OfficeLayout } from './OfficeLayout';
import { RequireRole } from './auth';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';

// Each page is its own chunk: a citizen on a phone never downloads the back office.
const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
      <Page />
    </Suspense>
  );
};

const officials = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={page(() => import('../pages/portal/HomePage'))} />
        <Route path="thu-tuc" element={page(() => import('../pages/portal/ProcedureListPage'))} />
        <Route path="thu-tuc/:code" element={page(() => import('../pages/portal/ProcedurePage'))} />
        <Route path="nop-ho-so/:code" element={<RequireRole roles={['citizen']}>{page(() => import('../pages/portal/SubmitPage'))}</RequireRole>} />
        <Route path="ho-so-cua-toi" element={<RequireRole roles={['citizen']}>{page(() => import('../pages/portal/MyDossiersPage'))}</RequireRole>} />
        <Route path="tra-cuu" element={page(() => import('../pages/portal/TrackPage'))} />
        <Route path="thong-ke" element={page(() => import('../pages/portal/PublicStatsPage'))} />
        <Route path="dang-ky" element={page(() => import('../pages/portal/RegisterPage'))} />
        <Route path="dang-nhap" element={<LoginPage />} />
      </Route>
      <Route path="can-bo" element={<RequireRole roles={officials}><OfficeLayout /></RequireRole>}>
        <Route path="mot-cua" element={page(() => import('../pages/office/DeskPage'))} />
        <Route path="xu-ly" element={page(() => import('../pages/office/InboxPage'))} />
        <Route path="ho-so/:code" element={page(() => import('../pages/office/DossierPage'))} />
        <Route path="giam-sat" element={page(() => import('../pages/office/DashboardPage'))} />
        <Route path="bao-cao" element={page(() => import('../pages/office/ReportsPage'))} />
        <Route path="quan-tri/*" element={page(() => import('../pages/admin/AdminPage'))} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
