import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** Typed API client: request and response types come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });

/** An error answered by the API: a stable code and a Vietnamese message to show as is. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Returns the data of an openapi-fetch result or throws its typed error. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const e = (result.error ?? {}) as { code?: string; message?: string };
    throw new ApiError(e.code ?? 'INTERNAL', e.message ?? 'Đã xảy ra lỗi, vui lòng thử lại.', result.response.status);
  }
  return result.data;
}

/** Downloads a binary export (xlsx, docx) from an API URL with the session cookie. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'include' });
  if (!res.ok) {
    const e = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(e.code ?? 'INTERNAL', e.message ?? 'Không tải được tệp.', res.status);
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2] ?? fallbackName) : fallbackName;
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
