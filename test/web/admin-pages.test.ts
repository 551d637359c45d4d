import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, chooseAgency, loginUi, newPage, screenshot, startWeb, type WebHarness } from './browser';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';

// Each test drives several screens and signs in (argon2), so it gets more than the default 30 s on a busy machine.
describe('administration pages (as quantri)', { timeout: 60_000 }, () => {
  let h: WebHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startWeb();
    page = await newPage(h);
    await loginUi(page, 'quantri');
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshot(page, `admin-failed-${ctx.task.name.slice(0, 20)}`);
  });

  it('creates an agency under LS, refuses a taken code inline, records a merger and shows the tree on a past date', async () => {
    await page.goto('/can-bo/quan-tri');
    await page.waitForURL('**/can-bo/quan-tri/co-quan');
    await page.getByText('Ủy ban nhân dân tỉnh Lạng Sơn', { exact: true }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
    await choose(page, dialog.getByLabel('Cấp', { exact: true }), 'Sở, ban, ngành');
    // A code already used is refused by the server and the message shows under the field.
    await dialog.getByLabel('Mã cơ quan, đơn vị').fill('LS-SXD');
    await dialog.getByLabel('Tên cơ quan, đơn vị').fill('Sở Văn hóa, Thể thao và Du lịch');
    await dialog.getByLabel('Tên cơ quan, đơn vị').press('Enter');
    await dialog.getByText('Mã cơ quan, đơn vị LS-SXD đã được sử dụng.').waitFor();
    await dialog.getByLabel('Mã cơ quan, đơn vị').fill('LS-SVHTTDL');
    await dialog.getByRole('button', { name: 'Thêm' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const tree = page.getByLabel('Cây cơ cấu tổ chức');
    await tree.getByText('Sở Văn hóa, Thể thao và Du lịch', { exact: true }).waitFor();
    const created = await h.app.inject({ method: 'GET', url: '/api/agencies/by-code/LS-SVHTTDL' });
    expect(created.json()).toMatchObject({ name: 'Sở Văn hóa, Thể thao và Du lịch', level: 'department', parent: { code: 'LS' } });
    await screenshot(page, 'admin-agencies');

    // Merger: the new department merges into the Department of Construction from 01/01/2027.
    await page.getByRole('button', { name: 'Sáp nhập vào…' }).click();
    const merge = page.getByRole('dialog', { name: /Sáp nhập Sở Văn hóa/ });
    await merge.getByLabel('Ngày hiệu lực').fill('01/01/2027');
    await merge.getByLabel('Ngày hiệu lực').press('Enter');
    await chooseAgency(page, merge.getByLabel('Đơn vị kế thừa'), 'xay dung', 'Sở Xây dựng (LS-SXD)');
    await merge.getByRole('button', { name: 'Tiếp tục' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xác nhận sáp nhập' });
    await confirm.getByText('Thao tác này không thể hoàn tác', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Sáp nhập' }).click();
    const history = page.locator('.ant-timeline');
    await history.waitFor();
    expect(await history.innerText()).toMatch(/01\/01\/2027\s+Sáp nhập vào Sở Xây dựng \(LS-SXD\)/);
    const after = (await h.app.inject({ method: 'GET', url: '/api/agencies/by-code/LS-SVHTTDL' })).json();
    expect(after).toMatchObject({ validTo: '2026-12-31', successors: [{ code: 'LS-SXD', effectiveFrom: '2027-01-01' }] });

    // On 01/06/2025 the old district still existed; today it does not.
    expect(await tree.getByText('Ủy ban nhân dân huyện Cao Lộc', { exact: true }).count()).toBe(0);
    await page.getByLabel('Xem cơ cấu tại ngày').fill('01/06/2025');
    await page.getByLabel('Xem cơ cấu tại ngày').press('Enter');
    await tree.getByText('Ủy ban nhân dân huyện Cao Lộc', { exact: true }).waitFor();
    await page.getByText('Đang xem cơ cấu tổ chức tại ngày 01/06/2025.').waitFor();
    await screenshot(page, 'admin-agencies-2025-06-01');
  });

  it('creates a user with a role bound to an agency, who can then sign in', async () => {
    await page.goto('/can-bo/quan-tri/nguoi-dung');
    await page.getByText('chuyenvien', { exact: false }).first().waitFor();
    await screenshot(page, 'admin-users');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    const drawer = page.getByRole('dialog', { name: 'Tạo người dùng' });
    await drawer.getByLabel('Tên đăng nhập').fill('chuyenvien.moi');
    await drawer.getByLabel('Họ và tên').fill('Nguyễn Thị Hồng');
    await drawer.getByLabel('Email').fill('hong@example.vn');
    await chooseAgency(page, drawer.getByLabel('Cơ quan công tác'), 'quan ly xay', 'Phòng Quản lý xây dựng (LS-SXD-QLXD)');
    await drawer.getByLabel('Mật khẩu', { exact: true }).fill('MatKhau2026');
    await drawer.getByLabel('Nhập lại mật khẩu').fill('MatKhau2026');
    await choose(page, drawer.getByLabel('Vai trò 1', { exact: true }), 'Chuyên viên xử lý');
    await chooseAgency(page, drawer.getByLabel('Phạm vi của vai trò 1'), 'so xay dung', 'Sở Xây dựng (LS-SXD)');
    await drawer.getByText(/hồ sơ thử/).waitFor();
    await drawer.getByRole('button', { name: 'Tạo người dùng' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByLabel('Tìm kiếm').fill('hồng');
    await page.getByLabel('Tìm kiếm').press('Enter');
    await page.waitForURL(/tim=/);
    const row = page.getByRole('row', { name: /Nguyễn Thị Hồng/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Chuyên viên xử lý · LS-SXD/);

    // Training mode, after a confirmation that explains it.
    await row.getByRole('button', { name: 'Thao tác khác với chuyenvien.moi' }).click();
    await page.getByRole('menuitem', { name: 'Bật chế độ tập huấn' }).click();
    const confirm = page.getByRole('dialog', { name: 'Bật chế độ tập huấn cho chuyenvien.moi?' });
    await confirm.getByText(/không được tính vào số liệu thống kê/).waitFor();
    await confirm.getByRole('button', { name: 'Bật tập huấn' }).click();
    await row.getByText('Tập huấn').waitFor();

    const other = await newPage(h);
    await loginUi(other, 'chuyenvien.moi', 'MatKhau2026');
    expect(new URL(other.url()).pathname).toBe('/can-bo/xu-ly');
    await other.getByText('Nguyễn Thị Hồng').waitFor();
    await other.getByText('Chế độ tập huấn').waitFor();
    await other.context().close();
  });

  it('refuses a workflow that does not add up with the server message and saves one that does', async () => {
    await page.goto('/can-bo/quan-tri/thu-tuc');
    await page.getByText('1.010008', { exact: true }).waitFor();
    await screenshot(page, 'admin-procedures');
    await page.getByRole('link', { name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }).click();
    const drawer = page.getByRole('dialog', { name: /1\.010008/ });
    await drawer.getByRole('tab', { name: 'Quy trình xử lý' }).click();
    const step2 = drawer.getByLabel('Thời gian thực hiện bước 2');
    await expect(step2.inputValue()).resolves.toBe('6,00');
    await drawer.getByText('Khớp thời hạn công bố').waitFor();

    await step2.fill('5');
    await step2.blur();
    await drawer.getByText('Còn thiếu 1 ngày làm việc').waitFor();
    await drawer.getByRole('button', { name: 'Lưu quy trình' }).click();
    await drawer.getByText(/Tổng thời gian các bước của quy trình là 9 ngày làm việc, không khớp với thời hạn giải quyết công bố 10 ngày làm việc/).waitFor();
    await page.screenshot({ path: 'test-results/admin-workflow-refused.png', animations: 'disabled' });

    // Back to 6 days, plus a parallel consultation of 4 days in the same stage: still 10 days.
    await step2.fill('6');
    await step2.blur();
    await drawer.getByRole('button', { name: 'Thêm bước song song với bước 2' }).click();
    await drawer.getByLabel('Tên bước 3').fill('Lấy ý kiến cơ quan liên quan');
    await drawer.getByLabel('Thời gian thực hiện bước 3').fill('4');
    await drawer.getByLabel('Thời gian thực hiện bước 3').blur();
    await drawer.getByText('Khớp thời hạn công bố').waitFor();
    await drawer.getByRole('button', { name: 'Lưu quy trình' }).click();
    await page.getByText('Đã lưu quy trình xử lý.').waitFor();
    const saved = (await h.app.inject({ method: 'GET', url: '/api/procedures/1.010008' })).json();
    const workflow = saved.current.workflows.find((w: { agency: unknown }) => w.agency === null);
    expect(workflow.total).toBe(10);
    expect(workflow.steps.map((s: { stage: number; allotted: number }) => [s.stage, s.allotted])).toEqual([
      [1, 0.5],
      [2, 6],
      [2, 4],
      [3, 3],
      [4, 0.5],
    ]);
    await page.screenshot({ path: 'test-results/admin-workflow-saved.png', animations: 'disabled' });
  });

  it('imports the exported catalog, and lists every row error of a file that cannot be imported', async () => {
    const login = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: DEMO_PASSWORD } });
    const exported = (
      await h.app.inject({ method: 'GET', url: '/api/catalog/export?format=json', headers: { authorization: `Bearer ${login.json().token}` } })
    ).json();
    await page.goto('/can-bo/quan-tri/thu-tuc');
    await page.getByRole('button', { name: 'Nhập danh mục' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh mục thủ tục' });
    const upload = (name: string, catalog: unknown) =>
      dialog.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalog)) });

    // The file as exported changes nothing.
    await upload('danh-muc.json', exported);
    await dialog.getByText('Đã nhập danh-muc.json').waitFor();
    expect(await dialog.innerText()).toMatch(/Thủ tục không đổi\s+16/);

    // A workflow that does not add up and an unknown field: nothing is written, each row is listed.
    const broken = structuredClone(exported);
    const house = broken.procedures.findIndex((p: { code: string }) => p.code === '1.010008');
    broken.procedures[house].workflows[0].steps[1].allotted = 5;
    broken.procedures[0].fieldCode = 'KHONG-CO';
    await upload('danh-muc-loi.json', broken);
    await dialog.getByText('Tệp danh mục có 2 lỗi nên chưa ghi dữ liệu nào. Xem chi tiết từng dòng và sửa lại tệp.').waitFor();
    const rows = dialog.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: '1.010008' }).innerText()).toMatch(new RegExp(`Thủ tục \\(JSON\\)\\s+${house + 1}\\s+1\\.010008\\s+Tổng thời gian các bước của quy trình là 9 ngày làm việc`));
    expect(await rows.filter({ hasText: 'KHONG-CO' }).innerText()).toMatch(/Không có lĩnh vực mã KHONG-CO trong danh mục/);
    await page.screenshot({ path: 'test-results/admin-import-errors.png', animations: 'disabled' });
  });

  it('imports a history file with upload progress and a summary, and lists the line errors of a refused one', async () => {
    const ndjson = (lines: unknown[]) => Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const at = (s: string) => `${s}:00+07:00`;
    const lines = [
      { type: 'agency', code: 'LS-NHAPTHU', name: 'Ban Nhập thử', parent: 'LS', level: 'department' },
      { type: 'procedure', code: '9.000777', name: 'Thủ tục nhập thử', field: 'Lĩnh vực nhập thử', days: 5 },
      { type: 'official', username: 'cv.nhapthu', name: 'Nông Văn Thử', agency: 'LS-NHAPTHU' },
      ...[1, 2].map((i) => ({
        type: 'dossier',
        code: `LS-NHAPTHU-260302-000${i}`,
        procedure: '9.000777',
        agency: 'LS-NHAPTHU',
        channel: 'online',
        receivedAt: at('2026-03-02T09:00'),
        dueAt: at('2026-03-09T17:00'),
        finishedAt: i === 1 ? at('2026-03-05T10:00') : null,
        outcome: i === 1 ? 'approved' : null,
        returnedAt: null,
        test: false,
        steps: [{ official: 'cv.nhapthu', agency: 'LS-NHAPTHU', startedAt: at('2026-03-02T09:00'), dueAt: at('2026-03-09T17:00'), completedAt: i === 1 ? at('2026-03-05T10:00') : null }],
      })),
    ];
    await page.goto('/can-bo/quan-tri');
    await page.getByRole('tab', { name: 'Nhập dữ liệu lịch sử' }).click();
    await page.waitForURL('**/can-bo/quan-tri/nhap-lich-su');
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'lich-su.ndjson', mimeType: 'application/x-ndjson', buffer: ndjson(lines) });
    const result = page.locator('.ant-result');
    await result.getByText('Đã nhập lich-su.ndjson').waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/Hồ sơ tạo mới \/ đã có\s+2 \/ 0/);
    expect(text).toMatch(/Cơ quan tạo mới \/ đã có\s+1 \/ 0/);
    expect(text).toMatch(/Cán bộ tạo mới \/ đã có\s+1 \/ 0/);
    const imported = await h.app.inject({ method: 'GET', url: '/api/agencies/by-code/LS-NHAPTHU' });
    expect(imported.json()).toMatchObject({ name: 'Ban Nhập thử', level: 'department' });
    await screenshot(page, 'admin-history-import');

    // A dossier of an unknown procedure and a line that is not JSON: nothing is written, each line is listed.
    const bad = Buffer.concat([ndjson([{ ...lines[3]!, code: 'LS-NHAPTHU-260302-0003', procedure: '9.999999' }]), Buffer.from('{không phải JSON\n')]);
    await input.setInputFiles({ name: 'lich-su-loi.ndjson', mimeType: 'application/x-ndjson', buffer: bad });
    await page.getByText('Tệp nhập có 2 dòng lỗi; không có dữ liệu nào được ghi.', { exact: false }).waitFor();
    const rows = page.getByRole('table', { name: 'Lỗi từng dòng của tệp' }).getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toMatch(/^1\s+.*9\.999999/);
    expect(await rows.nth(2).innerText()).toMatch(/^2\s+/);
    await page.screenshot({ path: 'test-results/admin-history-import-errors.png', animations: 'disabled' });
  });

  it('shows the 2026 Tết days off and Saturday 10/01/2026 worked, and saves an edited year', async () => {
    await page.goto('/can-bo/quan-tri/lich?nam=2026');
    const tet = [
      ['16', 'Thứ Hai 16/02/2026 – Ngày nghỉ: Tết Nguyên đán (29 tháng Chạp)'],
      ['17', 'Thứ Ba 17/02/2026 – Ngày nghỉ: Tết Nguyên đán (mùng 1 Tết)'],
      ['18', 'Thứ Tư 18/02/2026 – Ngày nghỉ: Tết Nguyên đán (mùng 2 Tết)'],
      ['19', 'Thứ Năm 19/02/2026 – Ngày nghỉ: Tết Nguyên đán (mùng 3 Tết)'],
      ['20', 'Thứ Sáu 20/02/2026 – Ngày nghỉ: Tết Nguyên đán (mùng 4 Tết)'],
    ] as const;
    await page.locator('td[data-date="2026-02-16"]').waitFor();
    for (const [day, label] of tet) {
      const cell = page.locator(`td[data-date="2026-02-${day}"]`);
      expect(await cell.getAttribute('aria-label')).toBe(label);
      expect(await cell.getAttribute('data-kind')).toBe('day_off');
    }
    expect(await page.locator('td[data-date="2026-01-10"]').getAttribute('aria-label')).toBe(
      'Thứ Bảy 10/01/2026 – Thứ Bảy làm việc: Làm bù cho thứ Sáu 02/01/2026',
    );
    expect(await page.locator('td[data-date="2026-02-21"]').getAttribute('data-kind')).toBe('weekend');
    await screenshot(page, 'admin-calendar-2026');

    // A new day off: the server accepts it and the grid shows it.
    await page.getByRole('button', { name: 'Cập nhật lịch nghỉ năm 2026' }).click();
    const drawer = page.getByRole('dialog', { name: 'Cập nhật lịch nghỉ năm 2026' });
    await drawer.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
    const last = drawer.getByLabel('Ngày nghỉ 14', { exact: true });
    await last.fill('31/12/2026');
    await last.press('Enter');
    await drawer.getByLabel('Tên, lý do: ngày nghỉ 14').fill('Nghỉ cuối năm theo quyết định của tỉnh');
    await drawer.getByRole('button', { name: 'Lưu lịch nghỉ' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('td[data-date="2026-12-31"][data-kind="day_off"]').waitFor();
    const year = (await h.app.inject({ method: 'GET', url: '/api/calendar/years/2026' })).json();
    expect(year.daysOff.at(-1)).toMatchObject({ date: '2026-12-31', name: 'Nghỉ cuối năm theo quyết định của tỉnh' });
  });

  it('works on a phone-width screen', async () => {
    const phone = await newPage(h, { width: 390, height: 844 });
    await loginUi(phone, 'quantri');
    await phone.goto('/can-bo/quan-tri/lich?nam=2026');
    await phone.locator('td[data-date="2026-02-17"]').waitFor();
    // A string: the test project has no DOM types.
    const overflow = async () => Number(await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'admin-calendar-phone');
    await phone.screenshot({ path: 'test-results/admin-calendar-phone-top.png' });
    await phone.goto('/can-bo/quan-tri/nguoi-dung');
    await phone.getByRole('button', { name: 'Tạo người dùng' }).waitFor();
    await phone.getByText('chuyenvien.xa').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'admin-users-phone');
    await phone.getByRole('button', { name: 'Tạo người dùng' }).click();
    await phone.getByRole('dialog', { name: 'Tạo người dùng' }).getByLabel('Họ và tên').waitFor();
    await phone.screenshot({ path: 'test-results/admin-user-form-phone.png', animations: 'disabled' });
    await phone.goto('/can-bo/quan-tri/nhap-lich-su');
    await phone.getByText('Bấm hoặc kéo tệp NDJSON vào đây để nhập').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'admin-history-import-phone');
    await phone.context().close();
  });
});
