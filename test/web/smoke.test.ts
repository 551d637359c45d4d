import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginUi, newPage, screenshot, startWeb, type WebHarness } from './browser';

describe('web app served by the API server', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWeb();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves the single-page app for page URLs and JSON errors for unknown API URLs', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/thu-tuc/1.010008' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<div id="root">');
    const api = await h.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
  });

  it('signs a receiving officer in and lands on the one-stop desk', async () => {
    const page = await newPage(h);
    await loginUi(page, 'motcua');
    expect(new URL(page.url()).pathname).toBe('/can-bo/mot-cua');
    await page.getByRole('menuitem', { name: 'Tiếp nhận, trả kết quả' }).waitFor();
    await screenshot(page, 'smoke-office-landing');
  });

  it('shows a clear Vietnamese error for a wrong password', async () => {
    const page = await newPage(h);
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('motcua');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.locator('form').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/không đúng|Tên đăng nhập/i);
    await screenshot(page, 'smoke-login-error');
  });
});
