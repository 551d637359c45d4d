import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot, startWeb, type WebHarness } from './browser';
import { loginAs, ok } from '../dossiers/api-helpers';

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

/** Picks a file the way a person does: the button opens the file chooser. */
async function attach(page: Page, buttonName: string, fileName: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName }).click()]);
  await chooser.setFiles(pdf(fileName));
  await page.getByText(fileName).waitFor();
}

/** A citizen registers, submits online with an upload, follows the dossier, supplements it and withdraws it. */
describe('online submission and "Hồ sơ của tôi"', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await startWeb();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('registers, submits a commune procedure online and finds it in the citizen’s dossiers', async () => {
    const page = await newPage(h);
    // A new citizen registers from the procedure page and is signed in straight away.
    await page.goto('/thu-tuc/1.010008');
    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.waitForURL(/\/dang-nhap\?tiep=/);
    await page.goto(`/dang-ky?tiep=${encodeURIComponent('/nop-ho-so/1.010008')}`);
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Mai');
    await page.getByLabel('Tên đăng nhập').fill('nguyenthimai');
    await page.getByLabel('Số điện thoại').fill('0912 345 678');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau2026');
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau2027');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByText('Mật khẩu nhập lại không khớp').waitFor();
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau2026');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL('**/nop-ho-so/1.010008');

    // The profile fills name and phone; the commune is chosen by typing without diacritics.
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Thị Mai');
    expect((await page.getByLabel('Số điện thoại').inputValue()).replace(/\s/g, '')).toBe('0912345678');
    await page.getByLabel('Nơi nộp hồ sơ').fill('dong kinh');
    await page.keyboard.press('Enter');
    await page.getByLabel('Số định danh cá nhân').fill('020201009876');
    await attach(page, 'Chọn tệp cho Đơn đề nghị cấp giấy phép xây dựng', 'don-de-nghi.pdf');
    expect(await page.getByRole('checkbox', { name: 'Đơn đề nghị cấp giấy phép xây dựng' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Giấy tờ chứng minh quyền sử dụng đất' }).check();
    // One required component is still missing: the applicant is told before submitting.
    await page.getByText('Còn thiếu giấy tờ bắt buộc').waitFor();
    await page.getByRole('checkbox', { name: 'Hai bộ bản vẽ thiết kế xây dựng' }).check();
    await expect.poll(() => page.getByText('Còn thiếu giấy tờ bắt buộc').count()).toBe(0);
    await page.getByLabel('Nội dung yêu cầu giải quyết').fill('Xây nhà ở riêng lẻ 3 tầng tại thửa đất số 12, tờ bản đồ số 5');
    await screenshot(page, 'portal-submit-form');

    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await page.getByText('Nộp hồ sơ thành công').waitFor();
    const code = (await page.getByText(/^LS-X-05977-\d{6}-\d{4}$/).innerText()).trim();
    await screenshot(page, 'portal-submit-success');

    // What the server stored: the chosen desk, the applicant, the ticked components and the file.
    const desk = await loginAs(h.app, 'motcua.xa');
    const stored = ok(await desk.get(`/api/dossiers/${code}`));
    expect(stored.desk.code).toBe('LS-X-05977');
    expect(stored.dossier.channel).toBe('online');
    expect(stored.dossier.applicantIdNumber).toBe('020201009876');
    expect(stored.components.map((c: { provided: boolean }) => c.provided)).toEqual([true, true, true]);
    expect(stored.files.map((f: { fileName: string; componentPosition: number }) => [f.fileName, f.componentPosition])).toEqual([['don-de-nghi.pdf', 1]]);

    await page.getByRole('button', { name: 'Xem hồ sơ của tôi' }).click();
    await page.waitForURL(/\/ho-so-cua-toi\?ma=/);
    await page.getByRole('listitem', { name: `Hồ sơ ${code}` }).waitFor();
    const drawer = page.getByRole('dialog', { name: `Hồ sơ ${code}` });
    await drawer.getByText('Chờ tiếp nhận').first().waitFor();
    await drawer.getByText('don-de-nghi.pdf').waitFor();

    // Incomplete at intake: the citizen completes it online and it goes back to the desk's queue.
    ok(await desk.post(`/api/dossiers/${code}/intake`, { decision: 'request_supplement', reason: 'Thiếu ảnh chụp hiện trạng khu đất' }));
    await page.reload();
    await drawer.getByText('Thiếu ảnh chụp hiện trạng khu đất').first().waitFor();
    await drawer.getByText('Cần bổ sung khi tiếp nhận').first().waitFor();
    await screenshot(page, 'portal-my-dossier-resubmit');
    await attach(page, 'Chọn tệp cho hồ sơ bổ sung', 'anh-hien-trang.pdf');
    await drawer.getByRole('button', { name: 'Nộp lại hồ sơ' }).click();
    await drawer.getByText('Chờ tiếp nhận').first().waitFor();
    expect(ok(await desk.get(`/api/dossiers/${code}`)).dossier.status).toBe('submitted');

    // The desk accepts it and, holding the first step, asks for one more document.
    ok(await desk.post(`/api/dossiers/${code}/intake`, { decision: 'accept' }));
    ok(await desk.post(`/api/dossiers/${code}/supplement-request`, { reason: 'Bổ sung bản vẽ mặt cắt công trình' }));
    await page.reload();
    await drawer.getByText('Bổ sung bản vẽ mặt cắt công trình').first().waitFor();
    await drawer.getByText('Cần bổ sung hồ sơ').first().waitFor();
    await screenshot(page, 'portal-my-dossier-supplement');
    await attach(page, 'Chọn tệp cho hồ sơ bổ sung', 'ban-ve-mat-cat.pdf');
    await drawer.getByRole('button', { name: 'Gửi hồ sơ bổ sung' }).click();
    await drawer.getByText('Đang xử lý', { exact: true }).first().waitFor();
    const resumed = ok(await desk.get(`/api/dossiers/${code}`));
    expect(resumed.dossier.status).toBe('processing');
    expect(resumed.files.filter((f: { kind: string }) => f.kind === 'supplement').map((f: { fileName: string }) => f.fileName)).toEqual([
      'anh-hien-trang.pdf',
      'ban-ve-mat-cat.pdf',
    ]);

    // Withdrawal asks for a reason and a confirmation first.
    await drawer.getByRole('button', { name: 'Rút hồ sơ' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Lý do rút hồ sơ' });
    await confirm.getByRole('button', { name: 'Rút hồ sơ' }).click();
    await confirm.getByText('Nêu lý do rút hồ sơ').waitFor();
    await confirm.getByLabel('Lý do rút hồ sơ').fill('Thay đổi thiết kế, sẽ nộp lại sau');
    await confirm.getByRole('button', { name: 'Rút hồ sơ' }).click();
    await drawer.getByText('Đã rút hồ sơ').first().waitFor();
    expect(ok(await desk.get(`/api/dossiers/${code}`)).dossier.status).toBe('withdrawn');
    await page.getByRole('button', { name: 'Close' }).or(page.getByRole('button', { name: 'Đóng' })).first().click();
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForFunction('document.getAnimations().length === 0');
    await page.getByRole('listitem', { name: `Hồ sơ ${code}` }).getByText('Đã rút hồ sơ').waitFor();
    await screenshot(page, 'portal-my-dossiers');
  }, 180_000);
});
