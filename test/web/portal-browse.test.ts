import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot, startWeb, type WebHarness } from './browser';
import { loginAs, ok } from '../dossiers/api-helpers';
import { generateDemoHistory } from '../../src/imports/demo-history';
import { importHistory } from '../../src/imports/import-history';
import { systemActor } from '../../src/accounts/actor';
import { addDays, vietnamDateOf } from '../../src/calendar/vietnam-time';

/** Browsing without an account: home, catalog, procedure page, public tracking and statistics. */
describe('citizen portal without login', () => {
  let h: WebHarness;
  let code: string;
  beforeAll(async () => {
    // Three months of history up to yesterday: figures for this year and late lists of an ended month.
    const yesterday = addDays(vietnamDateOf(new Date()), -1);
    h = await startWeb({
      prepare: async ({ db }) => {
        await importHistory(db, systemActor, await generateDemoHistory(db, { to: yesterday, months: 3, count: 400, seed: 11 }));
      },
    });
    // A dossier received at the provincial centre's counter, to track from the portal.
    const desk = await loginAs(h.app, 'motcua');
    const dossier = ok(
      await desk.post('/api/dossiers', {
        procedureCode: '1.009972',
        applicant: { kind: 'person', name: 'Hoàng Văn Tra', idNumber: '020201005678', phone: '0987 654 321' },
        components: [1, 2, 3, 4].map((position) => ({ position, provided: true, originals: 1, copies: 1 })),
        decision: 'accept',
      }),
      201,
    );
    code = dossier.code;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds a procedure typed without diacritics and opens its page', async () => {
    const page = await newPage(h);
    await page.goto('/');
    await page.getByRole('heading', { name: /Dịch vụ công trực tuyến tỉnh Lạng Sơn/ }).waitFor();
    await page.getByRole('link', { name: 'Xây dựng' }).waitFor();
    // The teaser shows this year's on-time rate of the province.
    await page.getByText('hồ sơ giải quyết đúng hạn').waitFor();
    await screenshot(page, 'portal-home');

    await page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' }).fill('cap giay phep xay dung nha o rieng le');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/thu-tuc\?q=/);
    const result = page.getByRole('link', { name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' });
    await result.waitFor();
    expect(await page.getByText('Tìm thấy').innerText()).toMatch(/Tìm thấy 1 thủ tục/);
    await expect.poll(() => page.getByText('10 ngày làm việc').count()).toBeGreaterThan(0);

    // Filters narrow the list on the server: no commune procedure is provincial.
    await page.goto('/thu-tuc');
    await page.getByText(/Tìm thấy \d+ thủ tục/).waitFor();
    await screenshot(page, 'portal-catalog');

    await page.goto('/thu-tuc?q=cap%20giay%20phep&cap=commune');
    await result.waitFor();
    await expect.poll(() => page.getByRole('link', { name: /công trình cấp đặc biệt/ }).count()).toBe(0);

    await result.click();
    await page.waitForURL('**/thu-tuc/1.010008');
    await page.getByRole('heading', { name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }).waitFor();
    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();
    expect(await page.getByText('Lệ phí', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'portal-procedure');
  }, 90_000);

  it('tracks a dossier with the right phone digits and refuses a wrong one', async () => {
    const page = await newPage(h);
    // The QR code on the receipt slip opens the page with the code filled in.
    await page.goto(`/tra-cuu?ma=${code}`);
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(code);
    await page.getByLabel('4 số cuối điện thoại').fill('1234');
    await page.keyboard.press('Enter');
    await page.getByText('Không tìm thấy hồ sơ với mã và số điện thoại đã nhập').waitFor();

    await page.getByLabel('4 số cuối điện thoại').fill('4321');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText(`Hồ sơ ${code}`).waitFor();
    await page.getByText('Đang xử lý', { exact: true }).first().waitFor();
    await page.getByText('Thẩm định hồ sơ', { exact: true }).waitFor();
    expect(await page.getByText('Sở Xây dựng').count()).toBeGreaterThan(0);
    await screenshot(page, 'portal-tracking');

    const phone = await newPage(h, { width: 390, height: 844 });
    await phone.goto('/');
    await phone.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await phone.getByLabel('4 số cuối điện thoại').fill('4321');
    await phone.getByRole('button', { name: 'Tra cứu' }).click();
    await phone.waitForURL(/\/tra-cuu\?ma=/);
    await phone.getByText(`Hồ sơ ${code}`).waitFor();
    await screenshot(phone, 'portal-tracking-phone');
  }, 90_000);

  it('shows this year\'s figures with charts and the published late lists of the last ended month', async () => {
    const page = await newPage(h);
    await page.goto('/thong-ke');
    const year = Number(vietnamDateOf(new Date()).slice(0, 4));
    const stats = ok(await h.app.inject({ method: 'GET', url: `/api/public/statistics?year=${year}` }));
    await page.getByRole('img', { name: /^Tỷ lệ giải quyết đúng hạn/ }).waitFor();
    const received = page.locator('.stat-tile').filter({ hasText: 'Hồ sơ tiếp nhận' });
    expect(await received.locator('.ant-statistic-content').innerText()).toBe(new Intl.NumberFormat('vi-VN').format(stats.total.received));
    await page.getByRole('img', { name: /^Kết quả theo tháng/ }).waitFor();
    await page.getByRole('cell', { name: 'Ủy ban nhân dân phường Đông Kinh' }).first().waitFor();

    const month = await page.getByLabel('Tháng công khai').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText();
    const [m, y] = month.replace('Tháng ', '').split('/');
    const lists = ok(await h.app.inject({ method: 'GET', url: `/api/public/late-lists?agency=LS&month=${y}-${m}` }));
    expect(lists.dossiers.total).toBeGreaterThan(0);
    await page.getByText(`${new Intl.NumberFormat('vi-VN').format(lists.dossiers.total)} hồ sơ giải quyết trễ hạn`).waitFor();
    await page.getByRole('cell', { name: lists.dossiers.levels[0].rows[0].code }).waitFor();
    await page.getByRole('tab', { name: /Cán bộ, công chức/ }).click();
    await page.getByRole('cell', { name: lists.officials.levels[0].rows[0].name }).first().waitFor();
    await page.getByRole('tab', { name: /Hồ sơ trễ hạn/ }).click();
    await screenshot(page, 'portal-statistics');
  }, 90_000);

  it('fits the home page on a phone', async () => {
    const page = await newPage(h, { width: 390, height: 844 });
    await page.goto('/');
    await page.getByRole('link', { name: 'Hộ tịch' }).waitFor();
    await page.getByText('hồ sơ giải quyết đúng hạn').waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    // A one-line header: the links live behind the menu button.
    const header = await page.locator('header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    await screenshot(page, 'portal-home-phone');
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Thống kê, công khai' }).click();
    await page.waitForURL('**/thong-ke');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  }, 60_000);
});
