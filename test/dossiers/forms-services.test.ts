import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTestDatabase, dbKind } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import { readZipEntry, docxText } from './forms-zip';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { Actor } from '../../src/accounts/actor';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';
import { login } from '../../src/accounts/login';
import { loadConfig } from '../../src/config';
import { checkAccess, requireAccessRule } from '../../src/http/access-hooks';
import { handleError } from '../../src/http/error-handler';
import type { App } from '../../src/http/context';
import { AppError } from '../../src/shared/errors';
import { receiveInput, submitOnlineInput } from '../../src/dossiers/dossier-inputs';
import { receiveDossier } from '../../src/dossiers/receive-dossier';
import { submitOnline } from '../../src/dossiers/submit-online';
import { checkSubmitted } from '../../src/dossiers/check-submitted';
import { completeStep } from '../../src/dossiers/complete-step';
import { returnStep } from '../../src/dossiers/return-step';
import { requestSupplement } from '../../src/dossiers/request-supplement';
import { issueApology } from '../../src/dossiers/issue-apology';
import { withdrawDossier } from '../../src/dossiers/withdraw-dossier';
import { recordResult } from '../../src/dossiers/record-result';
import { handOverResult } from '../../src/dossiers/hand-over-result';
import { getDossier } from '../../src/dossiers/get-dossier';
import { findUserId } from '../../src/dossiers/find-user-id';
import type { DossierRow } from '../../src/dossiers/record-transition';
import { renderDossierForm } from '../../src/dossiers/forms/render-dossier-form';
import { renderRegister } from '../../src/dossiers/forms/render-register';
import { registerFormRoutes } from '../../src/dossiers/forms/routes';
import type { DossierFormNumber } from '../../src/dossiers/forms/form-kinds';

/** Building permit of the demo catalog: led by LS-SXD, received at LS-TTPVHCC, a parallel inter-agency stage. */
const PROCEDURE = '1.009972';
const BASE_URL = 'https://dichvucong.langson.example/motcua/';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let database: Database;
let db: Db;
const clock = new TestClock('2026-03-02T08:30:00+07:00');
const actors: Record<string, Actor> = {};
const ids: Record<string, number> = {};
const at = (vn: string) => clock.set(`${vn}+07:00`);

/** Vietnam wall time by the platform's time-zone database: independent of the code under test and of TZ. */
function vn(d: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const applicantA = {
  kind: 'person' as const,
  name: 'Đỗ Thị Hạnh',
  idNumber: '020187001234',
  phone: '0912345678',
  email: 'hanh@example.vn',
  address: 'Số 5 <Đường> Trần Đăng Ninh & "Khu A", phường Đông Kinh',
  authorisedPerson: { name: 'Nguyễn Văn Toàn', idNumber: '020190004321', phone: '0987654321' },
};

const allComponents = [
  { position: 1, provided: true, originals: 1, copies: 0 },
  { position: 2, provided: true, originals: 0, copies: 1 },
  { position: 3, provided: true, originals: 0, copies: 1 },
  { position: 4, provided: true, originals: 2, copies: 0 },
];

async function receive(input: Record<string, unknown>): Promise<DossierRow> {
  return receiveDossier(db, actors.motcua!, clock, receiveInput.parse({ procedureCode: PROCEDURE, ...input }));
}

async function html(actor: string, code: string, form: DossierFormNumber): Promise<string> {
  const f = await renderDossierForm(db, actors[actor]!, code, form, 'html', BASE_URL);
  expect(f.contentType).toBe('text/html; charset=utf-8');
  expect(f.fileName).toBe(`mau-${form}-${code}.html`);
  return f.body as string;
}

async function docx(actor: string, code: string, form: DossierFormNumber): Promise<string> {
  const f = await renderDossierForm(db, actors[actor]!, code, form, 'docx', BASE_URL);
  expect(f.contentType).toBe(DOCX);
  expect(f.fileName).toBe(`mau-${form}-${code}.docx`);
  const xml = readZipEntry(f.body as Buffer, 'word/document.xml');
  expect(xml).not.toBeNull();
  return xml!;
}

async function refused(promise: Promise<unknown>): Promise<AppError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The rows of the first data table (`table.grid`) of a page, cells as plain text. */
function gridRows(page: string): string[][] {
  const table = /<table class="grid">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1]!.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ''))),
  );
}

let A: DossierRow; // full lifecycle, with a return and a late inter-agency opinion
let B: DossierRow; // incomplete at intake
let C: DossierRow; // refused at intake
let D: DossierRow; // supplement during processing, apology, withdrawn
let E: DossierRow; // submitted online by the demo citizen

describe(`printable forms (${dbKind})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDemo(db);
    for (const u of ['motcua', 'chuyenvien', 'lanhdao', 'quantri', 'congdan']) {
      actors[u] = await actorFor(db, u);
      ids[u] = await findUserId(db, u);
    }

    at('2026-03-02T08:30:00');
    A = await receive({ applicant: applicantA, components: allComponents, requestSummary: 'Xây nhà xưởng 2 tầng' });
    at('2026-03-02T09:30:00');
    await completeStep(db, actors.motcua!, clock, A.code, { nextAssigneeId: ids.chuyenvien });
    at('2026-03-03T10:00:00');
    await returnStep(db, actors.chuyenvien!, clock, A.code, { reason: 'Thiếu bản vẽ mặt bằng' });
    at('2026-03-03T14:00:00');
    await completeStep(db, actors.motcua!, clock, A.code, { nextAssigneeId: ids.chuyenvien });
    at('2026-03-05T10:00:00');
    await completeStep(db, actors.chuyenvien!, clock, A.code, {});
    const parallel = (await getDossier(db, actors.quantri!, A.code)).steps.filter((s) => s.stage === 3);
    at('2026-03-06T09:00:00');
    await completeStep(db, actors.quantri!, clock, A.code, { stepId: parallel.find((s) => s.agency?.code === 'LS-SNNMT-DD')!.id });
    at('2026-03-16T09:00:00');
    await completeStep(db, actors.quantri!, clock, A.code, {
      stepId: parallel.find((s) => s.agency?.code === 'LS-SCT')!.id,
      nextAssigneeId: ids.chuyenvien,
    });
    at('2026-03-16T15:00:00');
    await completeStep(db, actors.chuyenvien!, clock, A.code, { nextAssigneeId: ids.lanhdao });
    at('2026-03-17T09:00:00');
    await completeStep(db, actors.lanhdao!, clock, A.code, { nextAssigneeId: ids.motcua });
    at('2026-03-17T10:00:00');
    await completeStep(db, actors.motcua!, clock, A.code, {});
    at('2026-03-17T10:30:00');
    await recordResult(db, actors.motcua!, clock, A.code, { outcome: 'approved', files: [] });
    at('2026-03-17T14:00:00');
    A = await handOverResult(db, actors.motcua!, clock, A.code, { method: 'counter' });

    at('2026-03-02T15:00:00');
    B = await receive({
      applicant: { ...applicantA, name: 'Hoàng Văn Nam', authorisedPerson: null },
      components: [{ position: 4, provided: true, originals: 2 }],
      decision: 'request_supplement',
      reason: 'Đề nghị bổ sung đơn và giấy tờ về đất theo danh mục',
    });
    at('2026-03-02T16:00:00');
    C = await receive({
      applicant: { ...applicantA, name: 'Vi Thị Lan', authorisedPerson: null },
      decision: 'refuse',
      reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của Sở Xây dựng',
    });

    // Received before dawn Vietnam time, i.e. still the previous day in UTC.
    at('2026-03-03T06:45:00');
    D = await receive({ applicant: { ...applicantA, name: 'Lương Văn Đức', authorisedPerson: null }, components: allComponents });
    at('2026-03-03T08:00:00');
    await requestSupplement(db, actors.motcua!, clock, D.code, {
      reason: '- Bản sao giấy tờ về quyền sử dụng đất\n- Bản vẽ mặt bằng có chữ ký của chủ đầu tư',
    });
    at('2026-03-04T09:00:00');
    await issueApology(db, actors.motcua!, clock, D.code, {
      reason: 'Phải lấy thêm ý kiến của cơ quan phối hợp',
      newAppointmentAt: new Date('2026-03-27T16:00:00+07:00'),
    });
    at('2026-03-05T10:00:00');
    D = await withdrawDossier(db, actors.motcua!, clock, D.code, { reason: 'Người nộp đề nghị rút hồ sơ để hoàn thiện giấy tờ' });

    at('2026-03-04T08:00:00');
    E = await submitOnline(
      db,
      actors.congdan!,
      clock,
      submitOnlineInput.parse({
        procedureCode: PROCEDURE,
        deskAgencyCode: 'LS-TTPVHCC',
        applicant: { ...applicantA, name: 'Phạm Văn An', authorisedPerson: null },
        components: allComponents,
      }),
    );
    at('2026-03-04T09:00:00');
    E = await checkSubmitted(db, actors.motcua!, clock, E.code, { decision: 'accept' });
  });

  afterAll(async () => {
    await database?.close();
  });

  describe('01 receipt and appointment slip', () => {
    it('prints the unit, the applicant, the components, Vietnam times and the lookup QR code', async () => {
      const page = await html('motcua', A.code, '01');
      expect(page).toContain('<html lang="vi">');
      expect(page).toContain('@page { size: A4;');
      expect(page).toContain("font-family: 'Times New Roman'");
      expect(page).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(page).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(page).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(page).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
      expect(page).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
      expect(page).toContain('Lạng Sơn, ngày 02 tháng 03 năm 2026');
      expect(page).toContain(A.code);
      expect(page).toContain('Đỗ Thị Hạnh');
      expect(page).toContain('020187001234');
      expect(page).toContain('0912345678');
      expect(page).toContain('hanh@example.vn');
      expect(page).toContain('Nguyễn Văn Toàn, số định danh 020190004321, điện thoại 0987654321');
      expect(page).toContain('Thủ tục cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt');
      expect(page).toContain('Xây nhà xưởng 2 tầng');
      expect(page).toContain('Hai bộ bản vẽ thiết kế xây dựng');
      expect(page).toContain('14 ngày làm việc');
      expect(page).toContain('08:30 ngày 02/03/2026');
      expect(page).toContain(vn(A.appointmentAt!));
      expect(page).toContain('Nguyễn Thị Mai (demo)');
      expect(page).toContain('Tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn');
      // User text is escaped, never markup.
      expect(page).toContain(escaped(applicantA.address));
      expect(page).not.toContain(applicantA.address);
      const lookup = `https://dichvucong.langson.example/motcua/tra-cuu?ma=${A.code}`;
      expect(page).toContain(lookup);
      expect(page).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{200,}"/);
    });

    it('is the same slip as a Word document, with the QR code as a PNG', async () => {
      const f = await renderDossierForm(db, actors.motcua!, A.code, '01', 'docx', BASE_URL);
      const zip = f.body as Buffer;
      expect(zip.subarray(0, 2).toString()).toBe('PK');
      const text = docxText(readZipEntry(zip, 'word/document.xml')!);
      for (const s of ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', A.code, 'Đỗ Thị Hạnh', '08:30 ngày 02/03/2026', vn(A.appointmentAt!), applicantA.address]) {
        expect(text).toContain(s);
      }
      const rels = readZipEntry(zip, 'word/_rels/document.xml.rels')!;
      expect(rels).toMatch(/media\/[^"]+\.png/);
      const styles = readZipEntry(zip, 'word/styles.xml')!;
      expect(styles).toContain('Times New Roman');
      expect(readZipEntry(zip, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    });

    it('is refused for a dossier never received', async () => {
      for (const code of [B.code, C.code]) {
        const e = await refused(html('motcua', code, '01'));
        expect(e.code).toBe('DOSSIER_FORM_UNAVAILABLE');
        expect(e.status).toBe(409);
        expect(e.message).toBe('Mẫu 01 không áp dụng cho hồ sơ ở trạng thái hiện tại.');
      }
    });

    it('lets a citizen print the slip of their own online dossier but not anyone else’s', async () => {
      const own = await html('congdan', E.code, '01');
      expect(own).toContain('Phạm Văn An');
      expect(own).toContain('09:00 ngày 04/03/2026');
      expect(own).toContain('Trực tuyến trên Cổng Dịch vụ công');
      const e = await refused(html('congdan', A.code, '01'));
      expect(e.code).toBe('DOSSIER_NOT_FOUND');
      const e2 = await refused(docx('congdan', A.code, '06'));
      expect(e2.code).toBe('DOSSIER_NOT_FOUND');
    });
  });

  describe('02 supplementation request', () => {
    it('lists the missing components of an intake request', async () => {
      const page = await html('motcua', B.code, '02');
      expect(page).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
      expect(page).toContain('Hoàng Văn Nam');
      expect(page).toMatch(/<li>Đơn đề nghị cấp giấy phép xây dựng<\/li>/);
      expect(page).toMatch(/<li>Giấy tờ chứng minh quyền sử dụng đất<\/li>/);
      expect(page).not.toMatch(/<li>Hai bộ bản vẽ/);
      expect(page).toContain('Đề nghị bổ sung đơn và giấy tờ về đất theo danh mục');
      expect(page).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
      expect(page).toContain('Lạng Sơn, ngày 02 tháng 03 năm 2026');
      expect(page).toContain('NGƯỜI HƯỚNG DẪN');
      expect(page).toContain('Nguyễn Thị Mai (demo)');
    });

    it('during processing lists the request item by item and says the clock is paused', async () => {
      const page = await html('motcua', D.code, '02');
      expect(page).toContain('<li>Bản sao giấy tờ về quyền sử dụng đất</li>');
      expect(page).toContain('<li>Bản vẽ mặt bằng có chữ ký của chủ đầu tư</li>');
      expect(page).toContain('tạm dừng từ 08:00 ngày 03/03/2026');
      // Asked by the desk officer holding the first step: issued by the desk.
      expect(page).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
      expect(page).toContain('liên hệ với Nguyễn Thị Mai (demo) (Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn)');
      expect(page).toContain('Lạng Sơn, ngày 03 tháng 03 năm 2026');
      const text = docxText(await docx('motcua', D.code, '02'));
      expect(text).toContain('Bản vẽ mặt bằng có chữ ký của chủ đầu tư');
    });

    it('is refused for a dossier without a supplementation request', async () => {
      expect((await refused(html('motcua', A.code, '02'))).code).toBe('DOSSIER_FORM_UNAVAILABLE');
    });
  });

  describe('03 refusal slip', () => {
    it('gives the reason of the refusal at intake', async () => {
      const page = await html('motcua', C.code, '03');
      expect(page).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
      expect(page).toContain(C.code);
      expect(page).toContain('Vi Thị Lan');
      expect(page).toContain('Hồ sơ không thuộc thẩm quyền giải quyết của Sở Xây dựng');
      expect(page).toContain('Lạng Sơn, ngày 02 tháng 03 năm 2026');
      const text = docxText(await docx('motcua', C.code, '03'));
      expect(text).toContain('Hồ sơ không thuộc thẩm quyền giải quyết của Sở Xây dựng');
    });

    it('is refused for an accepted dossier', async () => {
      const e = await refused(html('motcua', A.code, '03'));
      expect(e.code).toBe('DOSSIER_FORM_UNAVAILABLE');
      expect(e.message).toBe('Mẫu 03 không áp dụng cho hồ sơ ở trạng thái hiện tại.');
    });
  });

  describe('04 apology and new appointment', () => {
    it('gives the reason, the original due time and the new appointment', async () => {
      const detail = await getDossier(db, actors.motcua!, D.code);
      const page = await html('lanhdao', D.code, '04');
      expect(page).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
      expect(page).toContain('Lương Văn Đức');
      expect(page).toContain('Phải lấy thêm ý kiến của cơ quan phối hợp');
      expect(page).toContain(vn(detail.dossier.appointmentAt!));
      expect(page).toContain('16:00 ngày 27/03/2026');
      expect(page).toContain('Ngày 03/03/2026');
      expect(page).toContain('SỞ XÂY DỰNG');
      expect(page).toContain('Lạng Sơn, ngày 04 tháng 03 năm 2026');
      const text = docxText(await docx('lanhdao', D.code, '04'));
      expect(text).toContain('16:00 ngày 27/03/2026');
    });

    it('is refused without an apology', async () => {
      expect((await refused(html('motcua', A.code, '04'))).code).toBe('DOSSIER_FORM_UNAVAILABLE');
    });
  });

  describe('05 stop notice', () => {
    it('gives the reason and when processing stopped', async () => {
      const page = await html('motcua', D.code, '05');
      expect(page).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
      expect(page).toContain('Người nộp đề nghị rút hồ sơ để hoàn thiện giấy tờ');
      expect(page).toContain('10:00 ngày 05/03/2026');
      expect(page).toContain('Lương Văn Đức');
      const text = docxText(await docx('motcua', D.code, '05'));
      expect(text).toContain('Người nộp đề nghị rút hồ sơ để hoàn thiện giấy tờ');
    });

    it('is refused for a dossier not withdrawn', async () => {
      expect((await refused(html('motcua', A.code, '05'))).code).toBe('DOSSIER_FORM_UNAVAILABLE');
    });
  });

  describe('06 process-control slip', () => {
    it('has one row per hand-over, judged early, on time or late against each step’s due time', async () => {
      const page = await html('lanhdao', A.code, '06');
      expect(page).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(page).toContain('Phòng Đất đai; Sở Công Thương');
      const rows = gridRows(page);
      const times = rows.map((r) => r[2]);
      expect(times).toEqual([
        '09:30 ngày 02/03/2026',
        '10:00 ngày 03/03/2026',
        '14:00 ngày 03/03/2026',
        '10:00 ngày 05/03/2026',
        '09:00 ngày 06/03/2026',
        '09:00 ngày 16/03/2026',
        '15:00 ngày 16/03/2026',
        '09:00 ngày 17/03/2026',
        '14:00 ngày 17/03/2026',
      ]);
      expect(rows.map((r) => r[5])).toEqual([
        'Đúng hạn', // desk step, finished the same day it was due
        'Trước hạn', // returned by the specialist the day after it started
        'Đúng hạn',
        'Trước hạn',
        'Trước hạn',
        'Quá hạn', // the slower inter-agency opinion, six days past its due time
        'Trước hạn',
        'Trước hạn',
        'Trước hạn', // the dossier as a whole, returned before its appointment
      ]);
      // First row: the desk hands the dossier to the processing unit.
      expect(rows[0]![1]).toBe('Giao: Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn\nNhận: Phòng Quản lý xây dựng');
      expect(rows[0]![3]).toBe('Nguyễn Thị Mai (demo)');
      expect(rows[0]![4]).toBe('Trần Văn Hùng (demo)');
      // The return goes back to the desk, with its reason.
      expect(rows[1]![1]).toBe('Giao: Phòng Quản lý xây dựng\nNhận: Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn');
      expect(rows[1]![6]).toContain('Thiếu bản vẽ mặt bằng');
      expect(rows[3]![1]).toBe('Giao: Phòng Quản lý xây dựng\nNhận: Phòng Đất đai; Sở Công Thương');
      expect(rows[5]![1]).toBe('Giao: Sở Công Thương\nNhận: Phòng Quản lý xây dựng');
      // The signed result goes back to the desk; the desk's own closing step is no hand-over.
      expect(rows[7]![1]).toBe('Giao: Sở Xây dựng\nNhận: Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn');
      expect(rows[7]![3]).toBe('Hoàng Văn Minh (demo)');
      expect(rows[7]![4]).toBe('Nguyễn Thị Mai (demo)');
      expect(rows[8]![1]).toBe('Giao: Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn\nNhận: Người nộp hồ sơ');
      expect(rows[8]![4]).toBe('Đỗ Thị Hạnh');
      expect(rows[8]![6]).toBe('Trả kết quả — Tại Bộ phận Một cửa');
    });

    it('is the same table in Word', async () => {
      const text = docxText(await docx('lanhdao', A.code, '06'));
      expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(text.split('Quá hạn').length - 1).toBe(1);
      expect(text.split('Trước hạn').length - 1).toBeGreaterThanOrEqual(6);
      expect(text).toContain('09:00 ngày 16/03/2026');
    });

    it('is refused before receipt', async () => {
      expect((await refused(html('motcua', B.code, '06'))).code).toBe('DOSSIER_FORM_UNAVAILABLE');
    });
  });

  describe('07 tracking register', () => {
    it('lists the dossiers received in the period by Vietnam date, never those refused or incomplete at intake', async () => {
      const f = await renderRegister(db, actors.lanhdao!, { agencyCode: 'LS-SXD', from: '2026-03-01', to: '2026-03-31', format: 'html' });
      expect(f.fileName).toBe('mau-07-LS-SXD-2026-03-01-2026-03-31.html');
      const page = f.body as string;
      expect(page).toContain('SỔ THEO DÕI HỒ SƠ');
      expect(page).toContain('size: A4 landscape');
      expect(page).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
      const rows = gridRows(page);
      expect(rows.map((r) => r[1])).toEqual([A.code, D.code, E.code]);
      const a = rows[0]!;
      expect(a[0]).toBe('1');
      expect(a[2]).toContain('Thủ tục cấp giấy phép xây dựng mới');
      expect(a[3]).toBe('Đỗ Thị Hạnh');
      expect(a[4]).toBe(`${applicantA.address}\n0912345678`);
      expect(a[5]).toBe('Sở Xây dựng');
      expect(a[6]).toBe('08:30\n02/03/2026');
      expect(a[7]).toBe(vn(A.appointmentAt!).replace(' ngày ', '\n'));
      expect(a[8]).toBe('14:00\n17/03/2026');
      expect(a[9]).toBe('Tại Bộ phận Một cửa');
      expect(a[10]).toBe('');
      expect(rows[1]![6]).toBe('06:45\n03/03/2026');
      expect(rows[1]![11]).toContain('Hẹn lại: 16:00 27/03/2026');
      expect(rows[1]![11]).toContain('Đã dừng xử lý');
      expect(page).not.toContain(B.code);
      expect(page).not.toContain(C.code);
    });

    it('cuts the period at Vietnam midnight', async () => {
      const day = async (d: string) =>
        gridRows((await renderRegister(db, actors.motcua!, { agencyCode: 'LS-TTPVHCC', from: d, to: d, format: 'html' })).body as string);
      expect((await day('2026-03-02')).map((r) => r[1])).toEqual([A.code]);
      expect((await day('2026-03-03')).map((r) => r[1])).toEqual([D.code]);
      expect(await day('2026-03-01')).toEqual([['Không có hồ sơ tiếp nhận trong kỳ']]);
    });

    it('is a landscape Word document', async () => {
      const f = await renderRegister(db, actors.lanhdao!, { agencyCode: 'LS-SXD', from: '2026-03-01', to: '2026-03-31', format: 'docx' });
      expect(f.contentType).toBe(DOCX);
      const xml = readZipEntry(f.body as Buffer, 'word/document.xml')!;
      expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
      const text = docxText(xml);
      for (const s of ['SỔ THEO DÕI HỒ SƠ', A.code, D.code, E.code, 'Đỗ Thị Hạnh', 'Ký nhận']) expect(text).toContain(s);
    });

    it('is only for officials of the agency’s subtree, with a valid period', async () => {
      const input = { agencyCode: 'LS-SXD', from: '2026-03-01', to: '2026-03-31', format: 'html' as const };
      expect((await refused(renderRegister(db, actors.chuyenvien!, input))).code).toBe('FORBIDDEN');
      expect((await refused(renderRegister(db, actors.congdan!, input))).code).toBe('FORBIDDEN');
      const own = await renderRegister(db, actors.chuyenvien!, { ...input, agencyCode: 'LS-SXD-QLXD' });
      expect(gridRows(own.body as string)).toEqual([['Không có hồ sơ tiếp nhận trong kỳ']]);
      expect((await refused(renderRegister(db, actors.quantri!, { ...input, agencyCode: 'KHONG-CO' }))).code).toBe('AGENCY_NOT_FOUND');
      const backwards = await refused(renderRegister(db, actors.quantri!, { ...input, from: '2026-04-01' }));
      expect(backwards.code).toBe('VALIDATION_FAILED');
      expect(backwards.status).toBe(400);
      expect((await refused(renderRegister(db, actors.quantri!, { ...input, from: '2025-01-01' }))).code).toBe('VALIDATION_FAILED');
      expect((await refused(renderRegister(db, actors.quantri!, { ...input, to: '2026-02-30' }))).code).toBe('VALIDATION_FAILED');
    });
  });

  describe('HTTP routes', () => {
    let app: App;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      // The lead wires registerFormRoutes into buildApp; until then, the same plumbing around these routes only.
      app = Fastify().withTypeProvider<ZodTypeProvider>();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      app.decorateRequest('actor', null);
      app.addHook('onRoute', requireAccessRule);
      app.setErrorHandler(handleError);
      await app.register(cookie);
      app.addHook('onRequest', checkAccess(db));
      registerFormRoutes(app, { db, config: loadConfig({}), clock });
      await app.ready();
      for (const u of ['motcua', 'congdan', 'lanhdao']) tokens[u] = (await login(db, { username: u, password: DEMO_PASSWORD })).token;
    });
    afterAll(async () => {
      await app?.close();
    });

    const get = (user: string | null, url: string) =>
      app.inject({ method: 'GET', url, headers: { host: 'motcua.langson.example', ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}) } });

    it('serves a form as HTML by default and as DOCX on request', async () => {
      const page = await get('motcua', `/api/dossiers/${A.code}/forms/01`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-disposition']).toBe(`inline; filename="mau-01-${A.code}.html"`);
      expect(page.body).toContain(`http://motcua.langson.example/tra-cuu?ma=${A.code}`);
      const word = await get('motcua', `/api/dossiers/${A.code}/forms/06?format=docx`);
      expect(word.statusCode).toBe(200);
      expect(word.headers['content-type']).toBe(DOCX);
      expect(word.headers['content-disposition']).toBe(`attachment; filename="mau-06-${A.code}.docx"`);
      expect(docxText(readZipEntry(word.rawPayload, 'word/document.xml')!)).toContain('Quá hạn');
    });

    it('answers with typed errors', async () => {
      expect((await get(null, `/api/dossiers/${A.code}/forms/01`)).statusCode).toBe(401);
      const notOwner = await get('congdan', `/api/dossiers/${A.code}/forms/01`);
      expect(notOwner.statusCode).toBe(404);
      expect(notOwner.json()).toMatchObject({ code: 'DOSSIER_NOT_FOUND' });
      const unavailable = await get('motcua', `/api/dossiers/${A.code}/forms/03`);
      expect(unavailable.statusCode).toBe(409);
      expect(unavailable.json()).toMatchObject({ code: 'DOSSIER_FORM_UNAVAILABLE' });
      expect(unavailable.json().message).toBe('Mẫu 03 không áp dụng cho hồ sơ ở trạng thái hiện tại.');
      const badForm = await get('motcua', `/api/dossiers/${A.code}/forms/08`);
      expect(badForm.statusCode).toBe(400);
      expect(badForm.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      const badFormat = await get('motcua', `/api/dossiers/${A.code}/forms/01?format=pdf`);
      expect(badFormat.statusCode).toBe(400);
    });

    it('serves the register to officials only', async () => {
      const ok = await get('lanhdao', '/api/forms/register?agency=LS-SXD&from=2026-03-01&to=2026-03-31&format=docx');
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers['content-disposition']).toBe('attachment; filename="mau-07-LS-SXD-2026-03-01-2026-03-31.docx"');
      expect((await get('congdan', '/api/forms/register?agency=LS-SXD&from=2026-03-01&to=2026-03-31')).statusCode).toBe(403);
      const bad = await get('lanhdao', '/api/forms/register?agency=LS-SXD&from=01/03/2026&to=2026-03-31');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
});
