import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginUi, newPage, screenshot, startWeb, type WebHarness } from './browser';
import { actorFor } from '../support/demo';
import { dashboardHistory, insertHistory } from '../reports/dashboard-fixtures';
import { computeDashboard, type Dashboard } from '../../src/reports/dashboard';
import { computeForm06 } from '../../src/reports/form06';
import { addDays, addMonths, vietnamDateOf } from '../../src/calendar/vietnam-time';

const today = vietnamDateOf(new Date());
// Six months of history up to yesterday: enough months for a trend, some late, some pending overdue.
const from = `${addMonths(today, -5).slice(0, 7)}-01`;
const period = { from, to: today };
const vnNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('monitoring dashboard and reports pages', { timeout: 90_000 }, () => {
  let h: WebHarness;
  let expected: Dashboard;

  beforeAll(async () => {
    h = await startWeb({
      prepare: async ({ db }) => {
        await insertHistory(db, dashboardHistory({ from, to: addDays(today, -1), count: 200, asOf: new Date(), seed: 7 }));
      },
    });
    expected = await computeDashboard(h.database.db, await actorFor(h.database.db, 'giamsat'), { agencyCode: 'LS', ...period });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the province dashboard: KPIs equal to the API, charts, and a KPI opening its dossiers', async () => {
    expect(expected.total.received.total).toBeGreaterThan(150);
    const page = await newPage(h);
    await loginUi(page, 'giamsat');
    expect(new URL(page.url()).pathname).toBe('/can-bo/giam-sat');
    await page.goto(`/can-bo/giam-sat?agency=LS&from=${period.from}&to=${period.to}`);
    const received = page.getByTestId('kpi-received');
    await received.waitFor();
    expect(await received.innerText()).toBe(vnNumber(expected.total.received.total));
    expect(await page.getByTestId('kpi-overdue').innerText()).toBe(vnNumber(expected.total.pending.overdue));
    await page.getByRole('img', { name: /Biểu đồ kết quả giải quyết theo đơn vị/ }).locator('canvas').first().waitFor();
    await page.getByRole('img', { name: /Biểu đồ đường/ }).locator('canvas').first().waitFor();
    const worst = expected.worstProcedures[0]!;
    await page.getByText(worst.name).first().waitFor();
    await screenshot(page, 'monitor-dashboard');

    await page.getByRole('button', { name: /Hồ sơ tiếp nhận: xem danh sách hồ sơ/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('drill-total').waitFor();
    expect(await drawer.getByTestId('drill-total').innerText()).toBe(vnNumber(expected.total.received.total));
    expect(await drawer.getByRole('link').count()).toBeGreaterThan(5);
    // Another cell of the same figure: the pending overdue ones.
    await page.getByRole('button', { name: 'Đang quá hạn: xem danh sách hồ sơ' }).isVisible();
    await screenshot(page, 'monitor-dashboard-drill');
    await page.context().close();
  });

  it('fits a phone screen', async () => {
    const page = await newPage(h, { width: 390, height: 844 });
    await loginUi(page, 'giamsat');
    await page.goto(`/can-bo/giam-sat?agency=LS&from=${period.from}&to=${period.to}`);
    await page.getByTestId('kpi-received').waitFor();
    await page.getByRole('img', { name: /Biểu đồ đường/ }).locator('canvas').first().waitFor();
    await screenshot(page, 'monitor-dashboard-phone');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('shows the standard report whose total row equals the API and downloads it as Excel', async () => {
    const report = await computeForm06(h.database.db, await actorFor(h.database.db, 'giamsat'), { agencyCode: 'LS', ...period, by: 'child' });
    const page = await newPage(h);
    await loginUi(page, 'giamsat');
    await page.goto(`/can-bo/bao-cao?agency=LS&from=${period.from}&to=${period.to}`);
    const totalRow = page.getByRole('row', { name: /Tổng cộng/ });
    await totalRow.waitFor();
    const cells = await totalRow.getByRole('cell').allInnerTexts();
    expect(cells.slice(2, 5)).toEqual([report.total.received.total, report.total.received.online, report.total.received.carriedOver].map(vnNumber));
    expect(cells.at(-1)).toBe(vnNumber(report.total.overdueTotal));
    await screenshot(page, 'monitor-reports');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    expect(path).toBeTruthy();

    // A figure of the table opens its dossiers.
    await totalRow.getByRole('button', { name: /Giải quyết quá hạn — Tổng cộng/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('drill-total').waitFor();
    expect(await drawer.getByTestId('drill-total').innerText()).toBe(vnNumber(report.total.resolved.late));
    await page.keyboard.press('Escape');

    // The late dossiers tab lists the same "resolved late" cell, paged by the server.
    await page.getByRole('tab', { name: 'Hồ sơ trễ hạn' }).click();
    await page.getByTestId('drill-total').waitFor();
    expect(await page.getByTestId('drill-total').innerText()).toBe(vnNumber(report.total.resolved.late));
    await screenshot(page, 'monitor-reports-late');
    await page.getByRole('tab', { name: 'Thông báo hằng tháng' }).click();
    await page.getByRole('article', { name: 'Xem trước thông báo' }).waitFor();
    await screenshot(page, 'monitor-reports-notice');
    await page.context().close();
  });

  it('lets a leader publish a closed period after confirming, then compare it with the current figures', async () => {
    const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
    const lastMonth = { from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd };
    const page = await newPage(h);
    await loginUi(page, 'lanhdao');
    await page.goto(`/can-bo/bao-cao?tab=da-cong-bo&agency=LS-SXD&from=${lastMonth.from}&to=${lastMonth.to}`);
    await page.getByText('Chưa có báo cáo nào được công bố').waitFor();
    await page.getByRole('button', { name: /Công bố số liệu kỳ này/ }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('không thể sửa').waitFor();
    await confirm.getByRole('button', { name: 'Công bố' }).click();
    const row = page.getByRole('row', { name: /Sở Xây dựng/ });
    await row.waitFor({ timeout: 30_000 });
    await screenshot(page, 'monitor-reports-snapshots');
    await row.getByRole('button', { name: /Đối chiếu/ }).click();
    await page.getByText('khớp hoàn toàn với số liệu đã công bố').waitFor();
    await page.context().close();
  });
});
