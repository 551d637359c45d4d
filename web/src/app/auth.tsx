import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { api, unwrap } from '../api/client';

export type Me = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;
export type RoleName = 'citizen' | 'receiving_officer' | 'specialist' | 'leader' | 'monitor' | 'admin';

async function fetchMe() {
  const res = await api.GET('/api/auth/me');
  if (res.response.status === 401) return null;
  return unwrap(res);
}

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });
}

export function rolesOf(me: Me | null | undefined): RoleName[] {
  return (me?.roles ?? []).map((r) => r.role);
}

/** Where each role lands after signing in. */
export function homeOf(me: Me | null | undefined): string {
  const roles = rolesOf(me);
  if (roles.includes('receiving_officer')) return '/can-bo/mot-cua';
  if (roles.includes('specialist') || roles.includes('leader')) return '/can-bo/xu-ly';
  if (roles.includes('monitor')) return '/can-bo/giam-sat';
  if (roles.includes('admin')) return '/can-bo/quan-tri';
  return '/ho-so-cua-toi';
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      unwrap(await api.POST('/api/auth/login', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['me'] }),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/logout')),
    onSettled: () => qc.clear(),
  });
}

/** Renders children only for a signed-in user holding one of the roles; otherwise to the login page. */
export function RequireRole({ roles, children }: { roles: readonly RoleName[]; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isLoading) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (!me.data) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!rolesOf(me.data).some((r) => roles.includes(r))) return <Navigate to={homeOf(me.data)} replace />;
  return <>{children}</>;
}
