import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import { insertDossier, type DossierSpec } from '../support/insert-dossier';
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
import { listLateDossiers } from '../../src/reports/late-dossiers';
import { listLateOfficials } from '../../src/reports/late-officials';
import { exportLateDossiers, exportLateOfficials } from '../../src/reports/late-export';
import { listPublishedLateLists } from '../../src/reports/late-public';
import { lateSubcommands } from '../../src/reports/late-subcommands';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';

const vn = (s: string) => `${s}+07:00`;

interface StepSpec {
  dossier: string;
  agency: string;
  /** Username of whoever completed it (or, without `completedAt`, held it). */
  holder: string;
  startedAt: string | null;
  dueAt: string | null;
  completedAt?: string | null;
  status?: 'waiting' | 'active' | 'done' | 'returned' | 'cancelled';
  position?: number;
}

/** Writes a workflow step directly: who held it, when it was due and when it was completed. */
async function insertStep(db: Db, s: StepSpec): Promise<void> {
  const [d] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.code, s.dossier));
  const [a] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, s.agency));
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, s.holder));
  if (!d || !a || !u) throw new Error(`fixture: unknown dossier, agency or user in ${JSON.stringify(s)}`);
  const completed = s.completedAt ?? null;
  await db.insert(dossierSteps).values({
    dossierId: d.id,
    position: s.position ?? 1,
    stage: s.position ?? 1,
    name: `Bước ${s.position ?? 1}`,
    role: 'specialist',
    agencyId: a.id,
    assigneeId: u.id,
    status: s.status ?? (completed ? 'done' : 'active'),
    allotted: 1,
    startedAt: s.startedAt ? new Date(vn(s.startedAt)) : null,
    dueAt: s.dueAt ? new Date(vn(s.dueAt)) : null,
    completedAt: completed ? new Date(vn(completed)) : null,
    completedBy: completed ? u.id : null,
  });
}

async function insertOfficial(db: Db, username: string, fullName: string, agency: string): Promise<void> {
  const [a] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, agency));
  await db.insert(users).values({ username, fullName, agencyId: a!.id });
}

const dossier = (db: Db, spec: Omit<DossierSpec, 'receivedAt' | 'dueAt'> & { receivedAt: string; dueAt: string }) =>
  insertDossier(db, {
    ...spec,
    receivedAt: vn(spec.receivedAt),
    dueAt: vn(spec.dueAt),
    finishedAt: spec.finishedAt ? vn(spec.finishedAt) : null,
    resultSignedAt: spec.resultSignedAt ? vn(spec.resultSignedAt) : null,
  });

describe('late dossiers and officials', () => {
  let database: Database;
  let db: Db;
  let monitor: Actor;
  let app: App;
  const clock = new TestClock('2026-04-15T09:00:00+07:00');
  const c: Record<string, string> = {};
  const march = { agencyCode: 'LS', ...presetPeriod('month', 2026, 3) };
  const june2025 = { agencyCode: 'LS', ...presetPeriod('month', 2025, 6) };
  const july2025 = { agencyCode: 'LS', ...presetPeriod('month', 2025, 7) };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDemo(db);
    monitor = await actorFor(db, 'giamsat');
    await insertOfficial(db, 'cv.caoloc', 'Nông Văn Tú', 'LS-H-CL');
    await insertOfficial(db, 'cv.yentrach', 'Hoàng Thị Nga', 'LS-H-CL-06247');
    const commune = 'LS-X-05977';

    // Actually late at the ward: the office's specialist overran, the leader did not.
    c.wardLate = await dossier(db, { agency: commune, receivedAt: '2026-03-02T09:00', dueAt: '2026-03-10T17:00', finishedAt: '2026-03-12T09:00' });
    await insertStep(db, { dossier: c.wardLate, agency: `${commune}-VP`, holder: 'chuyenvien.xa', startedAt: '2026-03-02T09:00', dueAt: '2026-03-06T17:00', completedAt: '2026-03-09T10:00', position: 1 });
    await insertStep(db, { dossier: c.wardLate, agency: commune, holder: 'lanhdao.xa', startedAt: '2026-03-09T10:00', dueAt: '2026-03-10T17:00', completedAt: '2026-03-10T16:00', position: 2 });
    await insertStep(db, { dossier: c.wardLate, agency: commune, holder: 'motcua.xa', startedAt: '2026-03-12T09:00', dueAt: '2026-03-13T17:00', position: 3 });

    // Late only in the software at the department: signed on time, closed late by the leader.
    c.softwareLate = await dossier(db, {
      agency: 'LS-SXD',
      procedure: '1.009972',
      receivedAt: '2026-03-05T09:00',
      dueAt: '2026-03-20T17:00',
      resultSignedAt: '2026-03-20T10:00',
      finishedAt: '2026-03-23T09:00',
    });
    await insertStep(db, { dossier: c.softwareLate, agency: 'LS-SXD-QLXD', holder: 'chuyenvien', startedAt: '2026-03-05T09:00', dueAt: '2026-03-15T17:00', completedAt: '2026-03-13T10:00', position: 1 });
    await insertStep(db, { dossier: c.softwareLate, agency: 'LS-SXD', holder: 'lanhdao', startedAt: '2026-03-13T10:00', dueAt: '2026-03-20T17:00', completedAt: '2026-03-23T09:00', position: 2 });

    // On time although a step overran: nobody is listed for it.
    c.onTime = await dossier(db, { agency: 'LS-SXD', procedure: '1.009972', receivedAt: '2026-03-05T09:00', dueAt: '2026-03-25T17:00', finishedAt: '2026-03-24T09:00' });
    await insertStep(db, { dossier: c.onTime, agency: 'LS-SXD-QLXD', holder: 'chuyenvien', startedAt: '2026-03-05T09:00', dueAt: '2026-03-10T17:00', completedAt: '2026-03-12T10:00' });

    // Late at the department: the specialist's step was dropped open when the leader concluded.
    c.deptLate = await dossier(db, { agency: 'LS-SXD', procedure: '1.009972', receivedAt: '2026-03-02T09:00', dueAt: '2026-03-16T17:00', finishedAt: '2026-03-18T15:00' });
    await insertStep(db, { dossier: c.deptLate, agency: 'LS-SXD-QLXD', holder: 'chuyenvien', startedAt: '2026-03-02T09:00', dueAt: '2026-03-12T17:00', status: 'cancelled', position: 1 });
    await insertStep(db, { dossier: c.deptLate, agency: 'LS-SXD', holder: 'lanhdao', startedAt: '2026-03-02T09:00', dueAt: '2026-03-16T17:00', completedAt: '2026-03-16T10:00', position: 2 });

    // Late at the Department of Justice, the overrun step held by a construction office: listed under the step's unit.
    c.justiceLate = await dossier(db, { agency: 'LS-STP', receivedAt: '2026-03-03T09:00', dueAt: '2026-03-11T17:00', finishedAt: '2026-03-13T09:00' });
    await insertStep(db, { dossier: c.justiceLate, agency: 'LS-SXD-QLXD', holder: 'chuyenvien', startedAt: '2026-03-03T09:00', dueAt: '2026-03-06T17:00', completedAt: '2026-03-10T09:00' });

    // Not in March's lists: finished late in April; a test dossier; still pending and overdue.
    c.aprilLate = await dossier(db, { agency: commune, receivedAt: '2026-03-20T09:00', dueAt: '2026-03-30T17:00', finishedAt: '2026-04-02T09:00' });
    await insertStep(db, { dossier: c.aprilLate, agency: commune, holder: 'lanhdao.xa', startedAt: '2026-03-20T09:00', dueAt: '2026-03-25T17:00', completedAt: '2026-04-01T09:00' });
    c.testLate = await dossier(db, { agency: commune, receivedAt: '2026-03-02T09:00', dueAt: '2026-03-04T17:00', finishedAt: '2026-03-06T09:00', isTest: true });
    await insertStep(db, { dossier: c.testLate, agency: commune, holder: 'lanhdao.xa', startedAt: '2026-03-02T09:00', dueAt: '2026-03-04T17:00', completedAt: '2026-03-06T09:00' });
    c.pending = await dossier(db, { agency: commune, receivedAt: '2026-03-02T09:00', dueAt: '2026-03-06T17:00' });

    // Before the July 2025 reform: the old district and one of its communes.
    c.districtLate = await dossier(db, { agency: 'LS-H-CL', receivedAt: '2025-06-02T09:00', dueAt: '2025-06-16T17:00', finishedAt: '2025-06-18T09:00' });
    await insertStep(db, { dossier: c.districtLate, agency: 'LS-H-CL', holder: 'cv.caoloc', startedAt: '2025-06-02T09:00', dueAt: '2025-06-12T17:00', completedAt: '2025-06-17T09:00' });
    c.oldCommuneLate = await dossier(db, { agency: 'LS-H-CL-06247', receivedAt: '2025-06-03T09:00', dueAt: '2025-06-10T17:00', finishedAt: '2025-06-12T09:00' });
    await insertStep(db, { dossier: c.oldCommuneLate, agency: 'LS-H-CL-06247', holder: 'cv.yentrach', startedAt: '2025-06-03T09:00', dueAt: '2025-06-09T17:00', completedAt: '2025-06-11T09:00' });
    // Received by the old commune, finished late after the merger: listed under the new ward.
    c.mergedLate = await dossier(db, { agency: 'LS-H-CL-06247', receivedAt: '2025-06-25T09:00', dueAt: '2025-07-03T17:00', finishedAt: '2025-07-07T09:00' });
    await insertStep(db, { dossier: c.mergedLate, agency: 'LS-H-CL-06247', holder: 'cv.yentrach', startedAt: '2025-06-25T09:00', dueAt: '2025-07-02T17:00', completedAt: '2025-07-04T09:00' });

    app = await buildApp({ db, config: loadConfig({}), clock });
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });

  it('lists exactly the dossiers resolved late, by level, actual or only in the software', async () => {
    const list = await listLateDossiers(db, monitor, march);
    expect(list).toMatchObject({ from: '2026-03-01', to: '2026-03-31', agency: 'LS', total: 4, actual: 3, softwareOnly: 1 });
    expect(list.levels.map((l) => l.level)).toEqual(['commune', 'department']);
    const [commune, department] = list.levels;
    expect(commune!.rows.map((r) => r.code)).toEqual([c.wardLate]);
    expect(commune!.rows[0]).toMatchObject({ unitCode: 'LS-X-05977', lateness: 'actual', dueAt: new Date(vn('2026-03-10T17:00')), finishedAt: new Date(vn('2026-03-12T09:00')) });
    expect(department!.units).toEqual([
      { code: 'LS-STP', name: 'Sở Tư pháp', count: 1 },
      { code: 'LS-SXD', name: 'Sở Xây dựng', count: 2 },
    ]);
    expect(department!.rows.find((r) => r.code === c.softwareLate)).toMatchObject({ lateness: 'software', resultSignedAt: new Date(vn('2026-03-20T10:00')) });
    expect(department!.rows.find((r) => r.code === c.deptLate)!.lateness).toBe('actual');
    expect(department).toMatchObject({ total: 3, actual: 2, softwareOnly: 1 });
    const all = list.levels.flatMap((l) => l.rows.map((r) => r.code));
    for (const absent of [c.onTime, c.aprilLate, c.testLate, c.pending]) expect(all).not.toContain(absent);
    // No applicant data in the rows.
    expect(JSON.stringify(list)).not.toContain('Người nộp thử');
  });

  it('counts as many late dossiers as form 06 resolved.late, whatever the scope and period', async () => {
    for (const q of [march, june2025, july2025, { ...march, agencyCode: 'LS-SXD' }, { ...march, agencyCode: 'LS-X-05977' }, { agencyCode: 'LS', from: '2025-01-01', to: '2026-12-31' }]) {
      const f06 = await computeForm06(db, monitor, { ...q, by: 'child' });
      const list = await listLateDossiers(db, monitor, q);
      expect(list.total, JSON.stringify(q)).toBe(f06.total.resolved.late);
      expect(list.levels.reduce((s, l) => s + l.rows.length, 0)).toBe(f06.total.resolved.late);
    }
    expect((await listLateDossiers(db, monitor, { agencyCode: 'LS', from: '2025-01-01', to: '2026-12-31' })).total).toBe(8);
  });

  it('groups an old district and its commune before July 2025, and the merged commune under the new ward after', async () => {
    const june = await listLateDossiers(db, monitor, june2025);
    expect(june.levels.map((l) => [l.level, l.rows.map((r) => r.code)])).toEqual([
      ['commune', [c.oldCommuneLate]],
      ['district', [c.districtLate]],
    ]);
    expect(june.levels[0]!.label).toBe('Cấp xã');
    expect(june.levels[1]!.label).toBe('Cấp huyện (trước 01/7/2025)');
    const officials = await listLateOfficials(db, monitor, june2025);
    expect(officials.levels.map((l) => [l.level, l.rows.map((r) => [r.username, r.agencyCode])])).toEqual([
      ['commune', [['cv.yentrach', 'LS-H-CL-06247']]],
      ['district', [['cv.caoloc', 'LS-H-CL']]],
    ]);
    const july = await listLateDossiers(db, monitor, july2025);
    expect(july.levels).toHaveLength(1);
    expect(july.levels[0]!.rows[0]).toMatchObject({ code: c.mergedLate, unitCode: 'LS-X-05977', agencyCode: 'LS-H-CL-06247' });
    const julyOfficials = await listLateOfficials(db, monitor, july2025);
    expect(julyOfficials.levels[0]!.rows[0]).toMatchObject({ username: 'cv.yentrach', agencyCode: 'LS-X-05977', dossierCodes: [c.mergedLate] });
  });

  it('lists an official only for a step they overran, under the step’s unit', async () => {
    const list = await listLateOfficials(db, monitor, march);
    expect(list).toMatchObject({ officials: 3, units: 2 });
    const rows = list.levels.flatMap((l) => l.rows.map((r) => ({ level: l.level, ...r })));
    expect(rows.map((r) => [r.level, r.username, r.agencyCode, r.dossierCodes])).toEqual([
      ['commune', 'chuyenvien.xa', 'LS-X-05977', [c.wardLate]],
      ['department', 'chuyenvien', 'LS-SXD', [c.deptLate, c.justiceLate].sort()],
      ['department', 'lanhdao', 'LS-SXD', [c.softwareLate]],
    ]);
    const specialist = rows.find((r) => r.username === 'chuyenvien')!;
    expect(specialist).toMatchObject({ name: 'Trần Văn Hùng (demo)', agencyName: 'Sở Xây dựng', officialAgencyCode: 'LS-SXD-QLXD', dossierCount: 2 });
    expect(specialist.steps.map((s) => s.stepAgencyCode)).toEqual(['LS-SXD-QLXD', 'LS-SXD-QLXD']);
    // The ward leader finished on time, the desk's hand-over step was due after the finish, and the
    // on-time dossier's overrun is not listed.
    for (const u of ['lanhdao.xa', 'motcua.xa']) expect(rows.map((r) => r.username)).not.toContain(u);
    expect(rows.flatMap((r) => r.dossierCodes)).not.toContain(c.onTime);
    const level = list.levels.find((l) => l.level === 'department')!;
    expect(level).toMatchObject({ officials: 2, units: 1, unitList: [{ code: 'LS-SXD', name: 'Sở Xây dựng', count: 2 }] });
  });

  it('is refused outside the reader subtree and for bad periods', async () => {
    const specialist = await actorFor(db, 'chuyenvien');
    await expect(listLateDossiers(db, specialist, march)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const wardLeader = await actorFor(db, 'lanhdao.xa');
    await expect(listLateOfficials(db, wardLeader, march)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const own = await listLateOfficials(db, wardLeader, { ...march, agencyCode: 'LS-X-05977' });
    expect(own.levels.flatMap((l) => l.rows.map((r) => r.username))).toEqual(['chuyenvien.xa']);
    await expect(listLateDossiers(db, monitor, { agencyCode: 'LS', from: '2026-03-31', to: '2026-03-01' })).rejects.toMatchObject({ code: 'REPORT_INVALID_PERIOD' });
  });

  it('exports both lists to Excel and Word with Vietnamese headers, A4 landscape', async () => {
    const x = await exportLateDossiers(db, monitor, { ...march, format: 'xlsx' });
    if (x.format === 'json') throw new Error('expected a file');
    expect(x.file.fileName).toBe('ho-so-tre-han-LS-2026-03-01-2026-03-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.file.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    for (const text of ['Mã hồ sơ', 'Hạn giải quyết', 'I. Cấp xã: 01 hồ sơ thuộc 01 cơ quan, đơn vị', 'II. Các sở, ban, ngành: 03 hồ sơ thuộc 02 cơ quan, đơn vị', c.wardLate, c.softwareLate]) {
      expect(cells, text).toContain(text);
    }
    expect(cells).toContain('Trễ hạn do chậm thao tác trên hệ thống (kết quả ký đúng hạn)');
    expect(cells.some((v) => v.includes('12/03/2026'))).toBe(true);

    const xo = await exportLateOfficials(db, monitor, { ...march, format: 'xlsx' });
    if (xo.format === 'json') throw new Error('expected a file');
    const wbo = new ExcelJS.Workbook();
    await wbo.xlsx.load(xo.file.body as unknown as ArrayBuffer);
    const ocells: string[] = [];
    wbo.worksheets[0]!.eachRow((row) => row.eachCell((cell) => ocells.push(cell.text)));
    for (const text of ['Họ và tên', 'Tài khoản', 'Trần Văn Hùng (demo)', 'chuyenvien', [c.deptLate, c.justiceLate].sort().join(', ')]) expect(ocells, text).toContain(text);

    const d = await exportLateOfficials(db, monitor, { ...march, format: 'docx' });
    if (d.format === 'json') throw new Error('expected a file');
    const xml = readZipEntry(d.file.body, 'word/document.xml')!;
    expect(xml).toContain('w:orient="landscape"');
    const text = docxText(xml);
    for (const t of ['DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỄ HẠN', 'Từ ngày 01/03/2026 đến ngày 31/03/2026', 'Hoàng Văn Minh (demo)', c.softwareLate]) {
      expect(text, t).toContain(t);
    }
    const dd = await exportLateDossiers(db, monitor, { ...june2025, format: 'docx' });
    if (dd.format === 'json') throw new Error('expected a file');
    const dtext = docxText(readZipEntry(dd.file.body, 'word/document.xml')!);
    expect(dtext).toContain('II. Cấp huyện (trước 01/7/2025): 01 hồ sơ thuộc 01 cơ quan, đơn vị');
    expect(dtext).toContain(c.districtLate);
    // An empty period still gives a readable document.
    const empty = await exportLateDossiers(db, monitor, { agencyCode: 'LS', from: '2024-01-01', to: '2024-01-31', format: 'docx' });
    if (empty.format === 'json') throw new Error('expected a file');
    expect(docxText(readZipEntry(empty.file.body, 'word/document.xml')!)).toContain('Không có hồ sơ giải quyết trễ hạn trong kỳ.');
  });

  it('publishes a closed month without personal data, and refuses the current one', async () => {
    const pub = await listPublishedLateLists(db, { agencyCode: 'LS', month: '2026-03', now: new Date(vn('2026-04-01T00:00')) });
    expect(pub.dossiers.total).toBe(4);
    expect(pub.officials.levels.flatMap((l) => l.rows.map((r) => r.name))).toEqual(['Lộc Văn Bình (demo)', 'Trần Văn Hùng (demo)', 'Hoàng Văn Minh (demo)']);
    const json = JSON.stringify(pub);
    expect(json).not.toContain('Người nộp thử');
    expect(json).not.toContain('"username"');
    expect(json).not.toContain('chuyenvien');
    await expect(listPublishedLateLists(db, { agencyCode: 'LS', month: '2026-03', now: new Date(vn('2026-03-31T23:59')) })).rejects.toMatchObject({
      code: 'LATE_MONTH_NOT_ENDED',
      status: 400,
    });
  });

  it('HTTP: readers get JSON and files, others are refused, the public sees closed months', async () => {
    const api = await loginAs(app, 'giamsat');
    const q = 'agency=LS&from=2026-03-01&to=2026-03-31';
    const dossiersJson = ok(await api.get(`/api/reports/late-dossiers?${q}`));
    expect(dossiersJson.total).toBe(4);
    expect(dossiersJson.levels[0].rows[0].dueAt).toBe(new Date(vn('2026-03-10T17:00')).toISOString());
    const officialsJson = ok(await api.get(`/api/reports/late-officials?${q}`));
    for (const row of officialsJson.levels.flatMap((l: any) => l.rows)) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['username', 'name', 'agencyCode', 'dossierCodes']));
    }
    const xlsx = await api.get(`/api/reports/late-officials?${q}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="can-bo-tre-han-LS-2026-03-01-2026-03-31.xlsx"');
    const docx = await api.get(`/api/reports/late-dossiers?${q}&format=docx`);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docxText(readZipEntry(docx.rawPayload, 'word/document.xml')!)).toContain(c.wardLate);

    const bad = await api.get('/api/reports/late-dossiers?agency=LS&from=2026-03-31&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('REPORT_INVALID_PERIOD');
    expect((await api.get(`/api/reports/late-dossiers?${q}&format=pdf`)).statusCode).toBe(400);
    expect((await api.get('/api/reports/late-dossiers?agency=NOPE&from=2026-03-01&to=2026-03-31')).statusCode).toBe(404);

    const specialist = await loginAs(app, 'chuyenvien');
    expect((await specialist.get(`/api/reports/late-dossiers?${q}`)).statusCode).toBe(403);
    const wardLeader = await loginAs(app, 'lanhdao.xa');
    expect((await wardLeader.get(`/api/reports/late-officials?${q}`)).statusCode).toBe(403);
    expect((await wardLeader.get('/api/reports/late-officials?agency=LS-X-05977&from=2026-03-01&to=2026-03-31')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/reports/late-dossiers?${q}` })).statusCode).toBe(401);

    // The clock says 15 April 2026: March is closed, April is not.
    const pub = await app.inject({ method: 'GET', url: '/api/public/late-lists?agency=LS&month=2026-03' });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().dossiers.total).toBe(4);
    expect(pub.body).not.toContain('Người nộp thử');
    expect(pub.body).not.toContain('"username"');
    const current = await app.inject({ method: 'GET', url: '/api/public/late-lists?agency=LS&month=2026-04' });
    expect(current.statusCode).toBe(400);
    expect(current.json().code).toBe('LATE_MONTH_NOT_ENDED');
    const badMonth = await app.inject({ method: 'GET', url: '/api/public/late-lists?agency=LS&month=2026-4' });
    expect(badMonth.json().code).toBe('LATE_INVALID_MONTH');

    const docs = ok(await app.inject({ method: 'GET', url: '/api/docs/json' }));
    for (const path of ['/api/reports/late-dossiers', '/api/reports/late-officials', '/api/reports/monthly-notice', '/api/reports/monthly-notice/preview', '/api/public/late-lists']) {
      expect(docs.paths[path].get.summary, path).toBeTruthy();
    }
  });

  it('CLI subcommands write JSON, Excel and Word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-late-'));
    const log = console.log;
    console.log = () => undefined;
    try {
      const cli = lateSubcommands(async (fn) => fn(database, loadConfig({})));
      const jsonFile = join(dir, 'officials.json');
      expect(await cli.lateOfficials(['--agency', 'LS', '--from', '2026-03-01', '--to', '2026-03-31', '--out', jsonFile])).toBe(0);
      const parsed = JSON.parse(readFileSync(jsonFile, 'utf8'));
      expect(parsed.levels.flatMap((l: any) => l.rows.map((r: any) => r.username))).toEqual(['chuyenvien.xa', 'chuyenvien', 'lanhdao']);
      const xlsxFile = join(dir, 'dossiers.xlsx');
      expect(await cli.lateDossiers(['--agency', 'LS', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'xlsx', '--out', xlsxFile])).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxFile);
      expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(4);
      const noticeFile = join(dir, 'notice.docx');
      expect(await cli.notice(['--agency', 'LS', '--month', '2026-03', '--out', noticeFile, '--number', '12/TB-VP'])).toBe(0);
      expect(docxText(readZipEntry(readFileSync(noticeFile), 'word/document.xml')!)).toContain('Số: 12/TB-VP');
      await expect(cli.lateDossiers(['--agency', 'LS', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'docx'])).rejects.toMatchObject({ code: 'LATE_CLI_USAGE' });
      await expect(cli.lateDossiers(['--agency', 'LS', '--from', '2026-03-01'])).rejects.toMatchObject({ code: 'LATE_CLI_USAGE' });
      await expect(cli.lateDossiers(['--agency', 'LS', '--bogus', 'x'])).rejects.toMatchObject({ code: 'LATE_CLI_USAGE' });
      await expect(cli.notice(['--agency', 'LS', '--month', '2026-3', '--out', noticeFile])).rejects.toMatchObject({ code: 'LATE_INVALID_MONTH' });
    } finally {
      console.log = log;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
