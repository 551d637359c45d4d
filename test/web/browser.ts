import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase } from '../support/test-db';
import { seedDemo, TestClock } from '../support/demo';
import type { Database } from '../../src/db/open-database';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';
import type { Clock } from '../../src/shared/clock';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebHarness {
  database: Database;
  app: App;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A served app on the demo data (plus whatever `prepare` adds) and a headless Debian Chromium. */
export async function startWeb(options: { clock?: Clock; prepare?: (database: Database) => Promise<void> } = {}): Promise<WebHarness> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  await options.prepare?.(database);
  const app = await buildApp({ db: database.db, config: loadConfig({}), clock: options.clock ?? new TestClock(new Date()) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    database,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** A fresh browser context at 1366×768 (or the given size), Vietnamese, Vietnam time zone. */
export async function newPage(h: WebHarness, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await h.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: h.baseUrl });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

export async function loginUi(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.locator('form').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** Saves a full-page screenshot under test-results/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}
