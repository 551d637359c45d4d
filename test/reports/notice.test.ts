import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import { insertDossier } from '../support/insert-dossier';
import { docxText, readZipEntry } from '../dossiers/forms-zip';
import { loginAs, ok } from '../dossiers/api-helpers';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { Actor } from '../../src/accounts/actor';
import { agencies } from '../../src/agencies/schema';
import { users } from '../../src/accounts/schema';
import { dossiers, dossierSteps } from '../../src/dossiers/schema';
import { computeForm06 } from '../../src/reports/form06';
import { presetPeriod } from '../../src/reports/periods';
import { buildMonthlyNotice, previewMonthlyNotice } from '../../src/reports/notice-monthly';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';

const vn = (s: string) => new Date(`${s}+07:00`).toISOString();

/** Writes one overrun workflow step held by `holder` on a dossier. */
async function insertOverrunStep(db: Db, code: string, agency: string, holder: string, dueAt: string, completedAt: string): Promise<void> {
  const [d] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.code, code));
  const [a] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, agency));
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, holder));
  await db.insert(dossierSteps).values({
    dossierId: d!.id,
    position: 1,
    stage: 1,
    name: 'Thẩm định hồ sơ',
    role: 'specialist',
    agencyId: a!.id,
    assigneeId: u!.id,
    status: 'done',
    allotted: 2,
    startedAt: new Date(vn('2026-04-01T09:00')),
    dueAt: new Date(vn(dueAt)),
    completedAt: new Date(vn(completedAt)),
    completedBy: u!.id,
  });
}

describe('monthly notice on late dossiers and officials', () => {
  let database: Database;
  let db: Db;
  let monitor: Actor;
  let app: App;
  const late: string[] = [];
  const ward = 'LS-X-05983';

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDemo(db);
    monitor = await actorFor(db, 'giamsat');
    const [office] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'LS-STP-HCTP'));
    await db.insert(users).values({ username: 'cv.stp', fullName: 'Phạm Thị Lan', agencyId: office!.id });
    /** `n` dossiers due on 20 April 17:00, resolved at `finishedAt`. */
    const resolved = async (agency: string, n: number, finishedAt: string, extra: { receivedAt?: string; resultSignedAt?: string } = {}) => {
      const codes: string[] = [];
      for (let i = 0; i < n; i++) {
        codes.push(
          await insertDossier(db, {
            agency,
            receivedAt: vn(extra.receivedAt ?? '2026-04-01T09:00'),
            dueAt: vn('2026-04-20T17:00'),
            finishedAt: vn(finishedAt),
            resultSignedAt: extra.resultSignedAt ? vn(extra.resultSignedAt) : null,
          }),
        );
      }
      return codes;
    };
    // Ward: 100 resolved (one carried over from March), 4 late: 3 actual, 1 only in the software.
    await resolved(ward, 1, '2026-04-15T09:00', { receivedAt: '2026-03-25T09:00' });
    await resolved(ward, 47, '2026-04-15T09:00');
    await resolved(ward, 48, '2026-04-20T10:00');
    late.push(...(await resolved(ward, 3, '2026-04-22T09:00')));
    late.push(...(await resolved(ward, 1, '2026-04-21T09:00', { resultSignedAt: '2026-04-20T09:00' })));
    // Department of Justice: 40 resolved, 3 late: 2 actual, 1 only in the software.
    await resolved('LS-STP', 37, '2026-04-17T09:00');
    late.push(...(await resolved('LS-STP', 2, '2026-04-23T09:00')));
    late.push(...(await resolved('LS-STP', 1, '2026-04-22T09:00', { resultSignedAt: '2026-04-20T16:00' })));
    // Pending at the end of April: 3 within their time, 2 overdue.
    for (let i = 0; i < 3; i++) await insertDossier(db, { agency: 'LS-STP', receivedAt: vn('2026-04-25T09:00'), dueAt: vn('2026-05-10T17:00') });
    for (let i = 0; i < 2; i++) await insertDossier(db, { agency: ward, receivedAt: vn('2026-04-02T09:00'), dueAt: vn('2026-04-20T17:00') });
    // A step held by another ward's office: its official is listed under that ward (the step's unit).
    await insertOverrunStep(db, late[0]!, 'LS-X-05977-VP', 'chuyenvien.xa', '2026-04-10T17:00', '2026-04-14T09:00');
    await insertOverrunStep(db, late[4]!, 'LS-STP-HCTP', 'cv.stp', '2026-04-15T17:00', '2026-04-21T09:00');
    app = await buildApp({ db, config: loadConfig({}), clock: new TestClock('2026-05-05T09:00:00+07:00') });
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });

  const april = { agencyCode: 'LS', year: 2026, month: 4 };

  it('computes the figures and percentages of section I from the dossiers, as form 06 counts them', async () => {
    const p = await previewMonthlyNotice(db, monitor, april);
    const f06 = await computeForm06(db, monitor, { agencyCode: 'LS', ...presetPeriod('month', 2026, 4), by: 'child' });
    expect(f06.total.resolved).toMatchObject({ total: 140, late: 7 });
    expect(p).toMatchObject({
      month: '2026-04',
      monthLabel: '04/2026',
      received: f06.total.received.total,
      carriedOver: 1,
      resolved: 140,
      onTime: 133,
      late: 7,
      onTimePercent: '95,00%',
      latePercent: '5,00%',
      actual: 5,
      softwareOnly: 2,
      pending: 5,
      notDue: 3,
      overdue: 2,
      officials: 2,
      officialUnits: 2,
    });
    expect(p.received).toBe(145);
    expect(p.paragraph).toBe(
      'Thông qua việc trích xuất dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, trong tháng 04/2026 (từ ngày 01/04/2026 đến ngày 30/04/2026) ' +
        'toàn tỉnh tiếp nhận 145 hồ sơ (kể cả 01 hồ sơ kỳ trước chuyển sang), trong đó: đã giải quyết và trả kết quả 140 hồ sơ (trước hạn và đúng hạn: 133 hồ sơ, chiếm tỷ lệ 95,00%; ' +
        'trễ hạn 07 hồ sơ, chiếm tỷ lệ 5,00%, gồm trễ hạn thực tế 05 hồ sơ và trễ hạn do chậm thao tác trên Hệ thống 02 hồ sơ); ' +
        'số hồ sơ đang giải quyết 05 hồ sơ (còn hạn 03 hồ sơ; quá hạn 02 hồ sơ).',
    );
    expect(p.levels.map((l) => [l.level, l.resolved, l.late, l.onTimePercent, l.latePercent])).toEqual([
      ['commune', 100, 4, '96,00%', '4,00%'],
      ['department', 40, 3, '92,50%', '7,50%'],
    ]);
    expect(p.levelSentences[1]).toBe(
      'Các sở, ban, ngành: tiếp nhận 43 hồ sơ; đã giải quyết 40 hồ sơ (trước hạn và đúng hạn 37 hồ sơ, chiếm tỷ lệ 92,50%; trễ hạn 03 hồ sơ, chiếm tỷ lệ 7,50%); đang giải quyết 03 hồ sơ (quá hạn 0 hồ sơ).',
    );
    expect(p.sections.officials.intro).toBe('Trong tháng 04/2026, có 02 công chức, viên chức thuộc 02 cơ quan, đơn vị giải quyết trễ hạn hồ sơ thủ tục hành chính, gồm:');
    expect(p.sections.officials.items).toEqual([
      '- Đối với cấp xã: Có 01 công chức, viên chức thuộc 01 cơ quan, đơn vị, gồm: Ủy ban nhân dân phường Đông Kinh (01 người). (Có phụ lục 01 kèm theo)',
      '- Đối với cấp huyện: Không có công chức, viên chức giải quyết hồ sơ trễ hạn.',
      '- Đối với cấp tỉnh: Có 01 công chức, viên chức thuộc 01 cơ quan, đơn vị, gồm: Sở Tư pháp (01 người). (Có phụ lục 03 kèm theo)',
    ]);
    expect(p.sections.dossiers[0]).toBe(
      '- Đối với Ủy ban nhân dân các xã, phường, thị trấn: Có 04 hồ sơ giải quyết trễ hạn (trễ hạn thực tế 03 hồ sơ; trễ hạn do chậm thao tác trên Hệ thống 01 hồ sơ) ' +
        'thuộc 01 cơ quan, đơn vị, gồm: Ủy ban nhân dân phường Lương Văn Tri (04 hồ sơ). (Có phụ lục 04 kèm theo)',
    );
    expect(p.sections.pending).toContain('toàn tỉnh có 02 hồ sơ quá hạn đang giải quyết');
  });

  it('prints the notice with its appendices 01–06 (notice portrait, appendices landscape)', async () => {
    const docx = await buildMonthlyNotice(db, monitor, { ...april, number: '57/TB-VP', signer: { title: 'KT. Chánh Văn phòng\nPhó Chánh Văn phòng', name: 'Nguyễn Văn Tùng' }, issuedOn: '2026-05-05' });
    const xml = readZipEntry(docx, 'word/document.xml')!;
    const text = docxText(xml);
    for (const t of [
      'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      'VĂN PHÒNG',
      'Số: 57/TB-VP',
      'Lạng Sơn, ngày 05 tháng 05 năm 2026',
      'THÔNG BÁO',
      'trước hạn và đúng hạn: 133 hồ sơ, chiếm tỷ lệ 95,00%; trễ hạn 07 hồ sơ, chiếm tỷ lệ 5,00%',
      'chiếm tỷ lệ 7,50%',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Nguyễn Văn Tùng',
      'Lộc Văn Bình (demo)',
      'Phạm Thị Lan',
      '(Kèm theo Thông báo số 57/TB-VP ngày 05/05/2026 của Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn)',
      ...late,
    ]) {
      expect(text, t).toContain(t);
    }
    for (const n of ['01', '02', '03', '04', '05', '06']) expect(text).toContain(`Phụ lục ${n}`);
    expect(text.indexOf('Phụ lục 01')).toBeLessThan(text.indexOf('Phụ lục 06'));
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(6);
    // The published notice names officials, never their sign-in names.
    expect(text).not.toContain('cv.stp');
  });

  it('HTTP: the notice and its preview for readers of the subtree only', async () => {
    const api = await loginAs(app, 'giamsat');
    const res = await api.get('/api/reports/monthly-notice?agency=LS&month=2026-04&number=57%2FTB-VP');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="thong-bao-tre-han-LS-2026-04.docx"');
    expect(docxText(readZipEntry(res.rawPayload, 'word/document.xml')!)).toContain('Số: 57/TB-VP');
    const preview = ok(await api.get('/api/reports/monthly-notice/preview?agency=LS&month=2026-04'));
    expect(preview.latePercent).toBe('5,00%');
    expect(preview.paragraph).toContain('chiếm tỷ lệ 95,00%');
    const badMonth = await api.get('/api/reports/monthly-notice/preview?agency=LS&month=04-2026');
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json().code).toBe('LATE_INVALID_MONTH');
    const badDate = await api.get('/api/reports/monthly-notice?agency=LS&month=2026-04&issuedOn=05/05/2026');
    expect(badDate.statusCode).toBe(400);
    const leader = await loginAs(app, 'lanhdao');
    expect((await leader.get('/api/reports/monthly-notice?agency=LS&month=2026-04')).statusCode).toBe(403);
    const own = ok(await leader.get('/api/reports/monthly-notice/preview?agency=LS-SXD&month=2026-04'));
    expect(own).toMatchObject({ received: 0, resolved: 0, onTimePercent: null });
    expect(own.paragraph).toContain('Sở Xây dựng tiếp nhận 0 hồ sơ, trong đó: chưa có hồ sơ đã giải quyết và trả kết quả');
    const specialist = await loginAs(app, 'chuyenvien');
    expect((await specialist.get('/api/reports/monthly-notice/preview?agency=LS&month=2026-04')).statusCode).toBe(403);
  });
});
