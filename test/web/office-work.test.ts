import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseContaining, loginUi, newPage, screenshot, startWeb, type WebHarness } from './browser';
import { actorFor, TestClock } from '../support/demo';
import { getDossier } from '../../src/dossiers/get-dossier';
import { seedCommuneInbox } from './office-fixtures';

const NOW = '2026-03-10T09:00:00+07:00'; // Tuesday, a working day

/** The officials' daily work in the browser: counter receipt, inbox, dossier page, supplementation, access. */
describe('officials at work', () => {
  let h: WebHarness;
  const clock = new TestClock(NOW);
  let fixtures: string[] = [];
  let received = '';

  beforeAll(async () => {
    h = await startWeb({
      clock,
      prepare: async (database) => {
        fixtures = await seedCommuneInbox(database, clock, NOW);
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const open = async (viewport?: { width: number; height: number }) => {
    const page = await newPage(h, viewport);
    // Several officials' screens on one loaded test machine: allow for slow first loads.
    page.setDefaultTimeout(30_000);
    return page;
  };
  const detail = async (code: string) => getDossier(h.database.db, await actorFor(h.database.db, 'quantri'), code);

  async function fillApplicant(page: Page, name: string) {
    await page.getByLabel('Họ và tên', { exact: true }).fill(name);
    await page.getByLabel('Số định danh cá nhân', { exact: true }).fill('020201001234');
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 345 678');
  }

  async function chooseProcedure(page: Page) {
    await chooseContaining(page, page.getByLabel('Thủ tục hành chính'), 'nhà ở riêng lẻ', 'cap giay phep xay dung');
    await page.getByRole('checkbox', { name: 'Đã nhận: Đơn đề nghị cấp giấy phép xây dựng' }).waitFor();
  }

  it('the desk receives at the counter, prints the slip and forwards to a named specialist', async () => {
    const page = await open();
    await loginUi(page, 'motcua.xa');
    await chooseProcedure(page);
    await page.getByRole('status').filter({ hasText: 'Đã nhận 0/3 thành phần bắt buộc' }).waitFor();
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả thành phần' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã nhận 3/3 thành phần bắt buộc' }).waitFor();
    // Live validation matches the server's rule: 12 digits for a personal ID.
    await page.getByLabel('Số định danh cá nhân', { exact: true }).fill('02020100123');
    await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số (đang có 11 chữ số)').waitFor();
    await fillApplicant(page, 'Nguyễn Văn Bình');
    await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số').waitFor({ state: 'detached' });
    await page.getByLabel('Địa chỉ', { exact: true }).fill('Số 5 đường Trần Đăng Ninh, phường Đông Kinh');
    await page.getByLabel('Nội dung yêu cầu giải quyết').fill('Cấp giấy phép xây dựng nhà ở riêng lẻ 3 tầng');
    await page.getByLabel('Chọn tệp đính kèm').setInputFiles({ name: 'don-de-nghi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 don') });
    await page.getByText('don-de-nghi.pdf').waitFor();
    await screenshot(page, 'office-desk-form');

    await page.getByRole('button', { name: /Tiếp nhận$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    const title = page.getByText(/^Đã tiếp nhận hồ sơ LS-X-05977-260310-\d{4}$/);
    await title.waitFor();
    received = (await title.innerText()).replace('Đã tiếp nhận hồ sơ ', '');
    // 10 working days, the day of receipt not counted: Tuesday 24/03/2026 at the end of the day.
    await page.getByText('Hẹn trả kết quả: 17:00 24/03/2026').waitFor();

    const [slip] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /In giấy tiếp nhận và hẹn trả \(mẫu 01\)/ }).click()]);
    await slip.waitForLoadState();
    expect(slip.url()).toContain(`/api/dossiers/${received}/forms/01?format=html`);
    expect(await slip.content()).toContain(received);
    await slip.close();
    await screenshot(page, 'office-desk-received');

    await page.getByRole('button', { name: 'Chuyển bước tiếp theo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Thẩm định hồ sơ, dự thảo kết quả').waitFor();
    await chooseContaining(page, dialog.getByLabel('Người xử lý bước tiếp theo'), 'Lộc Văn Bình');
    await dialog.getByRole('button', { name: 'Chuyển' }).click();
    await page.getByText('Đã chuyển hồ sơ sang bước tiếp theo.').waitFor();
    const after = await detail(received);
    expect(after.files.map((f) => f.fileName)).toEqual(['don-de-nghi.pdf']);
    const active = after.steps.find((s) => s.status === 'active')!;
    expect(active.name).toBe('Thẩm định hồ sơ, dự thảo kết quả');
    expect(active.assignee?.username).toBe('chuyenvien.xa');

    // An incomplete dossier: the request lists everything missing at once and prints form 02.
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ mới' }).click();
    await chooseProcedure(page);
    await page.getByRole('checkbox', { name: 'Đã nhận: Đơn đề nghị cấp giấy phép xây dựng' }).check();
    await fillApplicant(page, 'Trần Thị Thu');
    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    const reason = page.getByLabel('Các thành phần, nội dung cần bổ sung (nêu đầy đủ một lần)');
    expect(await reason.inputValue()).toBe(
      'Đề nghị bổ sung các thành phần sau:\n1. Giấy tờ chứng minh quyền sử dụng đất\n2. Hai bộ bản vẽ thiết kế xây dựng',
    );
    await page.getByRole('button', { name: 'Lập phiếu yêu cầu bổ sung' }).click();
    await page.getByText(/^Đã lập phiếu yêu cầu bổ sung hồ sơ LS-X-05977-260310-\d{4}$/).waitFor();
    const print = page.getByRole('link', { name: 'In phiếu yêu cầu bổ sung (mẫu 02)' });
    const form02 = await page.request.get((await print.getAttribute('href'))!);
    expect(form02.status()).toBe(200);
    expect(await form02.text()).toContain('Giấy tờ chứng minh quyền sử dụng đất');
  }, 120_000);

  it('the inbox counts by deadline, filters by card, pages on the server and opens a dossier', async () => {
    const page = await open();
    await loginUi(page, 'chuyenvien.xa');
    expect(new URL(page.url()).pathname).toBe('/can-bo/xu-ly');
    await page.getByRole('button', { name: 'Quá hạn: 1 hồ sơ' }).waitFor();
    await page.getByRole('button', { name: 'Đến hạn hôm nay: 1 hồ sơ' }).waitFor();
    await page.getByRole('button', { name: 'Sắp đến hạn: 1 hồ sơ' }).waitFor();
    await page.getByRole('button', { name: 'Tất cả: 5 hồ sơ' }).waitFor();
    await page.getByRole('link', { name: received }).waitFor();
    await page.getByText('Thử nghiệm').first().waitFor();
    await screenshot(page, 'office-inbox');

    await page.getByRole('button', { name: 'Quá hạn: 1 hồ sơ' }).click();
    await page.waitForURL(/bucket=overdue/);
    await page.getByRole('link', { name: fixtures[0]! }).waitFor();
    await page.getByRole('link', { name: received }).waitFor({ state: 'detached' });
    await page.getByText(/quá hạn \d/).first().waitFor();

    await page.getByRole('button', { name: 'Tất cả: 5 hồ sơ' }).click();
    await page.getByText('Của tôi', { exact: true }).click();
    await page.waitForURL(/view=mine/);
    await page.getByRole('link', { name: received }).waitFor();
    await page.getByText('1 hồ sơ', { exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(received) }).getByText('Nguyễn Văn Bình').click();
    await page.waitForURL(`**/can-bo/ho-so/${received}`);
    await page.getByRole('heading', { name: received }).waitFor();

    const phone = await open({ width: 390, height: 844 });
    await loginUi(phone, 'chuyenvien.xa');
    await phone.getByRole('link', { name: received }).waitFor();
    await screenshot(phone, 'office-inbox-phone');
  }, 120_000);

  it('a supplementation round: request, "Chờ bổ sung", receive, new due date shown', async () => {
    clock.set(NOW);
    const page = await open();
    await loginUi(page, 'chuyenvien.xa');
    await page.goto(`/can-bo/ho-so/${received}`);
    await page.getByRole('toolbar', { name: 'Thao tác với hồ sơ' }).getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await page.getByLabel('Nội dung cần bổ sung (nêu đầy đủ một lần)').fill('Bổ sung bản vẽ mặt bằng tầng 3 có chữ ký của đơn vị thiết kế');
    await page.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await page.getByText('Đã yêu cầu bổ sung; hồ sơ chuyển sang "Chờ bổ sung".').waitFor();
    await page.locator('h3 + *').getByText('Chờ bổ sung', { exact: true }).waitFor();
    await page.getByRole('link', { name: /Mẫu 02/ }).waitFor();

    // The applicant brings the drawing the next morning; the desk receives it.
    clock.set('2026-03-11T09:00:00+07:00');
    const desk = await open();
    await loginUi(desk, 'motcua.xa');
    await desk.goto(`/can-bo/ho-so/${received}`);
    await desk.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await desk.getByLabel('Chọn tệp đính kèm').setInputFiles({ name: 'ban-ve-tang-3.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 ve') });
    await desk.getByRole('dialog').getByRole('button', { name: 'Nhận bổ sung' }).click();
    await desk.getByText('Đã nhận hồ sơ bổ sung; thời hạn mới đã được tính.').waitFor();
    await desk.locator('h3 + *').getByText('Đang xử lý', { exact: true }).waitFor();
    // Counted again from zero on Wednesday: 10 working days → Wednesday 25/03/2026 at the end of the day.
    const due = desk.locator('.ant-descriptions-item').filter({ has: desk.getByText('Hạn giải quyết', { exact: true }) });
    await due.getByText('17:00 25/03/2026').waitFor();
    await desk.getByText('Hạn giải quyết mới: 17:00 25/03/2026').waitFor();
    await desk.getByText('ban-ve-tang-3.pdf').waitFor();
    expect((await detail(received)).dossier.dueAt?.toISOString()).toBe('2026-03-25T10:00:00.000Z');
    await desk.getByText('Đã nhận hồ sơ bổ sung; thời hạn mới đã được tính.').waitFor({ state: 'detached' });
    await screenshot(desk, 'office-dossier-page');

    // The specialist's screen still shows "Chờ bổ sung": acting on it is refused as stale, with a way to reload.
    await page.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nhận bổ sung' }).click();
    await page.getByRole('dialog').getByText(/Hồ sơ đã được người khác cập nhật .* Vui lòng tải lại hồ sơ/).waitFor();
    await page.getByRole('button', { name: 'Tải lại hồ sơ' }).click();
    await page.locator('h3 + *').getByText('Đang xử lý', { exact: true }).waitFor();
    expect((await detail(received)).events.filter((e) => e.type === 'SUPPLEMENT_RECEIVED')).toHaveLength(1);
  }, 120_000);

  it('a provincial specialist opening a commune dossier gets a clear Vietnamese page, not a crash', async () => {
    const page = await open();
    await loginUi(page, 'chuyenvien');
    await page.goto(`/can-bo/ho-so/${received}`);
    await page.getByText('Không tìm thấy hồ sơ', { exact: true }).waitFor();
    await page.getByText(`Hồ sơ ${received} không tồn tại hoặc bạn không có quyền xem hồ sơ này.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Về danh sách hồ sơ' }).waitFor();
    expect(await page.getByText('Nguyễn Văn Bình').count()).toBe(0);
  }, 120_000);
});
