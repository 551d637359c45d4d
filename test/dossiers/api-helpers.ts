import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../src/http/context';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';

export interface Api {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function loginAs(app: App, username: string, password = DEMO_PASSWORD): Promise<Api> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  expect(res.statusCode, res.body).toBe(200);
  const token = res.json<{ token: string }>().token;
  const headers = { authorization: `Bearer ${token}` };
  return {
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: (url, body) => app.inject({ method: 'POST', url, headers, payload: (body ?? {}) }),
    put: (url, body) => app.inject({ method: 'PUT', url, headers, payload: (body ?? {}) }),
  };
}

/** The JSON body of a successful call, failing the test with the server's message otherwise. */
export function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

export const applicant = {
  kind: 'person',
  name: 'Nguyễn Văn Bình',
  idNumber: '020201001234',
  phone: '0912 345 678',
  email: 'binh@example.vn',
  address: 'Số 5 đường Trần Đăng Ninh, phường Đông Kinh, Lạng Sơn',
};
