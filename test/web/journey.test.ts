import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseContaining, loginUi, newPage, screenshot, startWeb, type WebHarness } from './browser';
import { actorFor, TestClock } from '../support/demo';
import { getDossier } from '../../src/dossiers/get-dossier';
import { loginAs, ok } from '../dossiers/api-helpers';

const COMMUNE = 'LS-X-05977';

/**
 * The whole life of one dossier through the screens people use: a citizen submits online, the commune
 * desk accepts it, the specialist appraises, the leader approves, the desk hands the result over, and
 * the monitor sees it counted in the standard report and on the dashboard.
 */
describe('full journey of an online dossier', () => {
  let h: WebHarness;
  const clock = new TestClock('2026-03-10T08:00:00+07:00'); // Tuesday, a working day
  let code = '';

  beforeAll(async () => {
    h = await startWeb({ clock });
  });
  afterAll(async () => {
    await h?.close();
  });

  const state = async () => (await getDossier(h.database.db, await actorFor(h.database.db, 'quantri'), code)).dossier;
  const pages: Page[] = [];
  const open = async (viewport?: { width: number; height: number }) => {
    const page = await newPage(h, viewport);
    pages.push(page);
    // Several officials' screens run on one loaded test machine: allow for slow first loads.
    page.setDefaultTimeout(30_000);
    return page;
  };
  const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Thao tác với hồ sơ' });

  it('citizen → desk → specialist → leader → hand-over → counted in form 06 and on the dashboard', async () => {
    try {
      await journey();
    } catch (e) {
      // What each screen showed when it went wrong, for whoever reads the failure.
      for (const [i, page] of pages.entries()) await screenshot(page, `journey-failure-${i}`).catch(() => undefined);
      throw e;
    }
  }, 300_000);

  async function journey() {
    // 1. The citizen submits on the portal.
    const citizen = await open();
    await loginUi(citizen, 'congdan');
    await citizen.goto('/nop-ho-so/1.010008');
    await chooseContaining(citizen, citizen.getByLabel('Nơi nộp hồ sơ'), 'Đông Kinh', 'Dong Kinh');
    await citizen.getByLabel('Họ và tên').fill('Phạm Văn An');
    await citizen.getByLabel('Số định danh cá nhân').fill('020201009876');
    await citizen.getByLabel('Số điện thoại').fill('0913 456 789');
    for (const name of ['Đơn đề nghị cấp giấy phép xây dựng', 'Giấy tờ chứng minh quyền sử dụng đất', 'Hai bộ bản vẽ thiết kế xây dựng']) {
      await citizen.getByRole('checkbox', { name }).check();
    }
    await citizen.getByLabel('Nội dung yêu cầu giải quyết').fill('Cấp giấy phép xây dựng nhà ở riêng lẻ 2 tầng tại thửa đất số 48');
    await citizen.getByRole('button', { name: /Nộp hồ sơ/ }).click();
    await citizen.getByText('Nộp hồ sơ thành công').waitFor();
    code = /LS-X-05977-260310-\d{4}/.exec(await citizen.locator('body').innerText())![0];
    expect((await state()).status).toBe('submitted');
    expect((await state()).channel).toBe('online');

    // 2. The commune desk accepts it from the intake queue, then forwards the desk step.
    clock.set('2026-03-10T09:00:00+07:00');
    const desk = await open();
    await loginUi(desk, 'motcua.xa');
    await desk.getByRole('tab', { name: /Hồ sơ trực tuyến chờ tiếp nhận/ }).click();
    await desk.getByRole('button', { name: `Tiếp nhận hồ sơ ${code}` }).waitFor();
    await screenshot(desk, 'journey-desk-intake');
    await desk.getByRole('button', { name: `Tiếp nhận hồ sơ ${code}` }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    await desk.getByText('Đã tiếp nhận hồ sơ.').waitFor();
    await desk.getByRole('link', { name: /In giấy tiếp nhận hồ sơ và hẹn trả kết quả \(mẫu 01\)/ }).waitFor();
    await desk.getByRole('button', { name: `Tiếp nhận hồ sơ ${code}` }).waitFor({ state: 'detached' });
    expect((await state()).status).toBe('processing');
    await desk.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
    await toolbar(desk).getByRole('button', { name: 'Chuyển bước tiếp theo' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Chuyển' }).click();
    await desk.getByText('Đã chuyển hồ sơ sang bước tiếp theo.').waitFor();

    // 3. The specialist finds it in the inbox and completes the appraisal.
    clock.set('2026-03-11T10:00:00+07:00');
    const specialist = await open();
    await loginUi(specialist, 'chuyenvien.xa');
    await specialist.getByRole('link', { name: code }).click();
    await specialist.getByRole('heading', { name: code }).waitFor();
    await toolbar(specialist).getByRole('button', { name: 'Chuyển bước tiếp theo' }).click();
    await specialist.getByRole('dialog').getByText('Phê duyệt, ký kết quả').waitFor();
    await specialist.getByRole('dialog').getByLabel('Ghi chú').fill('Hồ sơ đủ điều kiện, đề nghị cấp phép');
    await specialist.getByRole('dialog').getByRole('button', { name: 'Chuyển' }).click();
    await specialist.getByText('Đã chuyển hồ sơ sang bước tiếp theo.').waitFor();

    // 4. The leader approves.
    clock.set('2026-03-12T10:00:00+07:00');
    const leader = await open();
    await loginUi(leader, 'lanhdao.xa');
    await leader.getByRole('link', { name: code }).click();
    await toolbar(leader).getByRole('button', { name: 'Phê duyệt kết quả' }).click();
    await leader.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
    await leader.getByText('Đã ghi nhận kết quả giải quyết.').waitFor();
    await leader.locator('h3 + *').getByText('Có kết quả, chờ trả', { exact: true }).waitFor();

    // 5. The desk hands the result over (online, as it was submitted).
    clock.set('2026-03-12T14:00:00+07:00');
    await desk.goto('/can-bo/mot-cua?tab=tra-ket-qua');
    await desk.getByRole('button', { name: `Trả kết quả hồ sơ ${code}` }).waitFor();
    await screenshot(desk, 'journey-desk-handover');
    await desk.getByRole('button', { name: `Trả kết quả hồ sơ ${code}` }).click();
    const handOver = desk.getByRole('dialog');
    expect(await handOver.getByRole('radio', { name: 'Trực tuyến' }).isChecked()).toBe(true);
    await handOver.getByRole('button', { name: 'Xác nhận đã trả' }).click();
    await desk.getByText('Đã trả kết quả cho người nộp.').waitFor();
    const done = await state();
    expect(done).toMatchObject({ status: 'returned', outcome: 'approved', returnMethod: 'online' });
    expect(done.finishedAt?.toISOString()).toBe('2026-03-12T03:00:00.000Z');

    await desk.goto(`/can-bo/ho-so/${code}`);
    await desk.locator('h3 + *').getByText('Đã trả kết quả', { exact: true }).waitFor();
    const timeline = await desk.getByTestId('timeline-event').allInnerTexts();
    const labels = timeline.map((t) => t.split('\n')[0]);
    expect(labels[0]).toBe('Nộp hồ sơ');
    expect(labels).toContain('Tiếp nhận hồ sơ');
    expect(labels.filter((l) => l === 'Hoàn thành bước xử lý, chuyển tiếp').length).toBeGreaterThanOrEqual(2);
    expect(labels.slice(-2)).toEqual(['Ghi nhận kết quả giải quyết', 'Trả kết quả']);
    expect(timeline.join('\n')).toContain('Ghi chú: Hồ sơ đủ điều kiện, đề nghị cấp phép');
    await screenshot(desk, 'journey-dossier-returned');

    // 6. The monitor sees it counted: received online and resolved early in the standard report…
    const monitor = await loginAs(h.app, 'giamsat');
    const report = ok(await monitor.get(`/api/reports/form06?agency=${COMMUNE}&from=2026-03-01&to=2026-03-31`));
    expect(report.total.received).toEqual({ total: 1, online: 1, directOrPostal: 0, carriedOver: 0 });
    expect(report.total.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
    expect(report.total.pending.total).toBe(0);

    // …and on the dashboard.
    const dashboard = await open();
    await loginUi(dashboard, 'giamsat');
    await dashboard.goto(`/can-bo/giam-sat?agency=${COMMUNE}&from=2026-03-01&to=2026-03-31`);
    await dashboard.getByTestId('kpi-resolved').filter({ hasText: /^1$/ }).waitFor();
    expect(await dashboard.getByTestId('kpi-received').innerText()).toBe('1');
    await screenshot(dashboard, 'journey-dashboard');
  }
});
