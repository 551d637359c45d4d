import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export function useDossier(code: string) {
  return useQuery({
    queryKey: ['dossier', code],
    queryFn: async () => unwrap(await api.GET('/api/dossiers/{code}', { params: { path: { code } } })),
    staleTime: 5_000,
  });
}

/** Working time left and urgency band, as the inbox computes them (server time, agency calendar). */
export function useDossierUrgency(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dossier-urgency', code],
    enabled,
    staleTime: 5_000,
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/dossiers', { params: { query: { view: 'all', q: code, pageSize: 5 } } }));
      return page.items.find((i) => i.code === code) ?? null;
    },
  });
}
