import { ApiError } from '../../../api/client';

/**
 * GET of a JSON answer from a route that also serves files (and so declares no JSON response in the
 * OpenAPI document): the caller names the generated type it has (see report-types.ts).
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok) {
    const e = body as { code?: string; message?: string };
    throw new ApiError(e.code ?? 'INTERNAL', e.message ?? 'Đã xảy ra lỗi, vui lòng thử lại.', res.status);
  }
  return body as T;
}

/** A query string of the defined values. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}
