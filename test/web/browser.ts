import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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

/**
 * A fresh browser context at 1366×768 (or the given size), Vietnamese, Vietnam time zone, asking for
 * reduced motion: the app then opens dialogs without animation, so a click never lands mid-zoom.
 */
export async function newPage(h: WebHarness, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await h.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', reducedMotion: 'reduce', baseURL: h.baseUrl });
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

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** The antd Select (or TreeSelect) around a labelled combobox input. */
function selectOf(field: Locator): Locator {
  return field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
}

/**
 * Opens a Select, clicks the option, and checks the field now shows it. On a loaded machine a click can land
 * while the dropdown is still animating in and be lost, so it tries again rather than failing later elsewhere.
 */
async function pick(page: Page, field: Locator, shown: string, open: () => Promise<void>, option: () => Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await open();
    await option().click();
    try {
      await selectOf(field).getByText(shown).first().waitFor({ timeout: 5_000 });
      await page.locator(OPEN_DROPDOWN).last().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Picks an option of an antd Select whose field has the given accessible name. */
export async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await pick(
    page,
    field,
    option,
    () => field.click(),
    () => page.locator(OPEN_DROPDOWN).getByText(option, { exact: true }),
  );
}

/** Picks the first option containing `text` after typing `search` (when given) into a searchable Select. */
export async function chooseContaining(page: Page, field: Locator, text: string, search?: string): Promise<void> {
  await pick(
    page,
    field,
    text,
    async () => {
      await field.click();
      if (search !== undefined) await field.fill(search);
    },
    () => page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`, { hasText: text }).first(),
  );
}

/** Picks an agency in an AgencyPicker (antd TreeSelect) by searching its name; the field shows the name without the code. */
export async function chooseAgency(page: Page, field: Locator, search: string, title: string): Promise<void> {
  await pick(
    page,
    field,
    title.replace(/\s*\([^)]*\)$/, ''),
    async () => {
      await field.click();
      await field.fill(search);
    },
    () => page.locator(`${OPEN_DROPDOWN} .ant-select-tree-title`).getByText(title, { exact: true }),
  );
}
