/** Queries shared by the administration pages. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type AgencyNode = components['schemas']['AgencyTreeNode'];

export function useAgencyTree(asOf?: string) {
  return useQuery({
    queryKey: ['admin', 'agency-tree', asOf ?? 'today'],
    queryFn: async () => unwrap(await api.GET('/api/agencies/tree', { params: { query: asOf ? { asOf } : {} } })),
  });
}

export function useAgencyDetail(id: number | null) {
  return useQuery({
    queryKey: ['admin', 'agency', id],
    enabled: id !== null,
    queryFn: async () => unwrap(await api.GET('/api/agencies/{id}', { params: { path: { id: id! } } })),
  });
}

export type AgencyDetail = NonNullable<ReturnType<typeof useAgencyDetail>['data']>;

export function useProcedureFields() {
  return useQuery({
    queryKey: ['admin', 'procedure-fields'],
    staleTime: 5 * 60_000,
    queryFn: async () => unwrap(await api.GET('/api/procedure-fields')),
  });
}
