/** Catalog queries of the administration pages. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

async function fetchProcedure(code: string) {
  return unwrap(await api.GET('/api/procedures/{code}', { params: { path: { code } } }));
}

export type ProcedureDetail = Awaited<ReturnType<typeof fetchProcedure>>;
export type VersionDetail = ProcedureDetail['current'];
export type Workflow = VersionDetail['workflows'][number];

export function useProcedure(code: string | null) {
  return useQuery({
    queryKey: ['admin', 'procedure', code],
    enabled: code !== null,
    queryFn: () => fetchProcedure(code!),
  });
}

export function useProcedureVersion(code: string, version: number | null) {
  return useQuery({
    queryKey: ['admin', 'procedure', code, 'version', version],
    enabled: version !== null,
    queryFn: async () => unwrap(await api.GET('/api/procedures/{code}/versions/{version}', { params: { path: { code, version: version! } } })),
  });
}
