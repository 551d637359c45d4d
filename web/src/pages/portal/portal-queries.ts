// Reference data the portal pages share; long-lived in the cache since it rarely changes.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

const HOUR = 3_600_000;

export function useProcedureFields() {
  return useQuery({
    queryKey: ['procedure-fields'],
    queryFn: async () => unwrap(await api.GET('/api/procedure-fields')),
    staleTime: HOUR,
  });
}

export function useAgencyTree() {
  return useQuery({
    queryKey: ['agency-tree'],
    queryFn: async () => unwrap(await api.GET('/api/agencies/tree')),
    staleTime: HOUR,
  });
}

export function useProcedure(code: string | undefined) {
  return useQuery({
    queryKey: ['procedure', code],
    enabled: !!code,
    queryFn: async () => unwrap(await api.GET('/api/procedures/{code}', { params: { path: { code: code! } } })),
  });
}
