import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import { insertDossier } from '../support/insert-dossier';
import { loginAs, ok, type Api } from '../dossiers/api-helpers';
import { docxText, readZipEntry } from '../dossiers/forms-zip';
import type { Database } from '../../src/db/open-database';
import type { App } from '../../src/http/context';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import { computeForm06, type Form06Report } from '../../src/reports/form06';
import { presetPeriod } from '../../src/reports/periods';
import { xlsxLayout } from '../../src/reports/form06-xlsx';
import { figureValues } from '../../src/reports/form06-layout';
import { markTestDossier } from '../../src/dossiers/mark-test-dossier';
import { publishReport } from '../../src/reports/publish-report';
import { compareSnapshot } from '../../src/reports/compare-snapshot';
import { reportSnapshotDossiers, reportSnapshots } from '../../src/reports/schema';
import { auditLog } from '../../src/audit/schema';
import type { Actor } from '../../src/accounts/actor';

const vn = (s: string) => `${s}+07:00`;
const COMMUNE = 'LS-X-05977';
const march = presetPeriod('month', 2026, 3);
const q = (extra: string) => `agency=LS&from=${march.from}&to=${march.to}${extra}`;

describe('report routes and published snapshots', () => {
  let database: Database;
  let app: App;
  let monitor: Api, admin: Api, specialist: Api, departmentLeader: Api;
  let monitorActor: Actor;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await seedDemo(db);
    codes.late = await insertDossier(db, { agency: COMMUNE, channel: 'postal', receivedAt: vn('2026-03-03T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-12T09:00') });
    codes.onTime = await insertDossier(db, { agency: COMMUNE, channel: 'online', receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-10T16:00') });
    codes.overdue = await insertDossier(db, { agency: COMMUNE, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-20T17:00') });
    codes.carried = await insertDossier(db, { agency: COMMUNE, receivedAt: vn('2026-02-20T09:00'), dueAt: vn('2026-03-05T17:00'), finishedAt: vn('2026-03-04T10:00') });
    codes.department = await insertDossier(db, { agency: 'LS-SXD', procedure: '1.009972', receivedAt: vn('2026-03-05T09:00'), dueAt: vn('2026-03-25T17:00'), finishedAt: vn('2026-03-20T09:00') });
    app = await buildApp({ db, config: loadConfig({}) });
    monitor = await loginAs(app, 'giamsat');
    admin = await loginAs(app, 'quantri');
    specialist = await loginAs(app, 'chuyenvien');
    departmentLeader = await loginAs(app, 'lanhdao');
    monitorActor = await actorFor(db, 'giamsat');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('returns the computeForm06 JSON, by dates or by preset period', async () => {
    const expected = await computeForm06(database.db, monitorActor, { agencyCode: 'LS', ...march, by: 'child' });
    expect(expected.total.received.total).toBe(5);
    expect(ok(await monitor.get(`/api/reports/form06?${q('')}`))).toEqual(expected);
    expect(ok(await monitor.get('/api/reports/form06?agency=LS&period=month&year=2026&index=3'))).toEqual(expected);
    const byField = ok<Form06Report>(await monitor.get(`/api/reports/form06?${q('&by=field')}`));
    expect(byField.by).toBe('field');
    expect(byField.total).toEqual(expected.total);
  });

  it('documents the routes in the OpenAPI description under Vietnamese tags', async () => {
    const doc = ok(await app.inject({ method: 'GET', url: '/api/docs/json' }));
    for (const path of ['/api/reports/form06', '/api/reports/form06/cells', '/api/reports/periods', '/api/reports/snapshots', '/api/reports/snapshots/{id}', '/api/reports/snapshots/{id}/compare']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/reports/form06'].get.tags).toEqual(['Báo cáo thống kê']);
    expect(doc.paths['/api/reports/snapshots'].post.tags).toEqual(['Báo cáo đã công bố']);
  });

  it('is for monitors, leaders and administrators of the subtree only; bad input is a 400', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/reports/form06?${q('')}` })).statusCode).toBe(401);
    expect((await specialist.get(`/api/reports/form06?${q('')}`)).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await specialist.get(`/api/reports/form06?${q('')}`)).statusCode).toBe(403);
    // A department leader may read their department, not the province.
    expect((await departmentLeader.get(`/api/reports/form06?${q('')}`)).statusCode).toBe(403);
    ok(await departmentLeader.get(`/api/reports/form06?agency=LS-SXD&from=${march.from}&to=${march.to}`));
    const bad = await monitor.get('/api/reports/form06?agency=LS&from=2026-03-31&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'REPORT_INVALID_PERIOD' });
    expect((await monitor.get('/api/reports/form06?agency=LS&from=2026-13-01&to=2026-13-31')).json()).toMatchObject({ code: 'REPORT_INVALID_PERIOD' });
    expect((await monitor.get('/api/reports/form06?agency=LS&from=2026-03-01')).json()).toMatchObject({ code: 'REPORT_PERIOD_REQUIRED' });
    expect((await monitor.get('/api/reports/form06?agency=LS&period=month&year=2026&index=13')).json()).toMatchObject({ code: 'REPORT_INVALID_PRESET' });
    const badGrouping = await monitor.get(`/api/reports/form06?${q('&by=street')}`);
    expect(badGrouping.statusCode).toBe(400);
    expect(badGrouping.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await monitor.get(`/api/reports/form06?${q('&format=pdf')}`)).statusCode).toBe(400);
  });

  it('downloads Excel, Word and CSV with Vietnamese-safe file names and the same figures', async () => {
    const report = ok<Form06Report>(await monitor.get(`/api/reports/form06?${q('')}`));
    const xlsx = await monitor.get(`/api/reports/form06?${q('&format=xlsx')}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = String(xlsx.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="Bao cao TTHC theo don vi truc thuoc LS 2026-03-01_2026-03-31\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('Báo cáo TTHC theo đơn vị trực thuộc LS 2026-03-01_2026-03-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(xlsxLayout.sheetName)!;
    const totalRow = xlsxLayout.firstDataRow + report.rows.length;
    expect(ws.getCell(totalRow, 2).value).toBe('Tổng cộng');
    expect(Array.from({ length: 12 }, (_, i) => ws.getCell(totalRow, i + 3).result)).toEqual(figureValues(report.total));
    const communeRow = xlsxLayout.firstDataRow + report.rows.findIndex((r) => r.key === COMMUNE);
    expect(Array.from({ length: 12 }, (_, i) => ws.getCell(communeRow, i + 3).result ?? ws.getCell(communeRow, i + 3).value)).toEqual(
      figureValues(report.rows.find((r) => r.key === COMMUNE)!),
    );
    // The parent of the reporting agency heads the sheet when there is one.
    const sxd = await monitor.get(`/api/reports/form06?agency=LS-SXD&from=${march.from}&to=${march.to}&format=xlsx`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(sxd.rawPayload as unknown as ArrayBuffer);
    expect(wb2.getWorksheet(xlsxLayout.sheetName)!.getCell('A1').text).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSỞ XÂY DỰNG');

    const docx = await monitor.get(`/api/reports/form06?${q('&format=docx&signerTitle=KT. CHÁNH VĂN PHÒNG&signerName=Trương Quốc Việt')}`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain('.docx');
    const text = docxText(readZipEntry(docx.rawPayload, 'word/document.xml')!).replace(/\u0001/g, '');
    expect(text).toContain('Tình hình, kết quả giải quyết thủ tục hành chính');
    expect(text).toContain('Lạng Sơn, ngày');
    expect(text).toContain('Trương Quốc Việt');
    expect(text).toContain('tiếp nhận giải quyết 5 hồ sơ');

    const csv = await monitor.get(`/api/reports/form06?${q('&format=csv')}`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(report.rows.length + 2);
    expect(lines.at(-1)).toBe(`,,Tổng cộng,${figureValues(report.total).join(',')}`);
  });

  it('drills down to the dossiers of a cell and computes preset periods', async () => {
    const late = ok(await monitor.get(`/api/reports/form06/cells?${q(`&row=${COMMUNE}&cell=resolved.late`)}`));
    expect(late.total).toBe(1);
    expect(late.items[0]).toMatchObject({ code: codes.late, agencyCode: COMMUNE, channel: 'postal' });
    const all = ok(await monitor.get(`/api/reports/form06/cells?${q('&cell=received.total&pageSize=2&page=2')}`));
    expect(all.total).toBe(5);
    expect(all.items).toHaveLength(2);
    const csv = await monitor.get(`/api/reports/form06/cells?${q(`&row=${COMMUNE}&cell=resolved.late&format=csv`)}`);
    expect(csv.body).toContain(codes.late);
    expect(String(csv.headers['content-disposition'])).toContain("filename*=UTF-8''");
    expect((await monitor.get(`/api/reports/form06/cells?${q('&cell=resolved.never')}`)).statusCode).toBe(400);
    expect((await specialist.get(`/api/reports/form06/cells?${q('&cell=resolved.late')}`)).statusCode).toBe(403);

    expect(ok(await monitor.get('/api/reports/periods?preset=quarter&year=2026&index=1'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(ok(await monitor.get('/api/reports/periods?preset=cutoff&year=2026&index=1'))).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect((await monitor.get('/api/reports/periods?preset=half&year=2026&index=3')).json()).toMatchObject({ code: 'REPORT_INVALID_PRESET' });
    expect((await app.inject({ method: 'GET', url: '/api/reports/periods?preset=year&year=2026' })).statusCode).toBe(401);
  });

  it('publishes an immutable snapshot once, and explains later changes dossier by dossier', async () => {
    const body = { agency: 'LS', period: 'month', year: 2026, index: 3, note: 'Báo cáo tháng 3/2026' };
    expect((await monitor.post('/api/reports/snapshots', body)).statusCode).toBe(403);
    expect((await departmentLeader.post('/api/reports/snapshots', body)).statusCode).toBe(403);
    expect((await admin.post('/api/reports/snapshots', { agency: 'LS', from: '2099-01-01', to: '2099-01-31' })).json()).toMatchObject({ code: 'REPORT_PERIOD_NOT_ENDED' });
    const published = ok(await admin.post('/api/reports/snapshots', body), 201);
    expect(published).toMatchObject({ agency: 'LS', from: march.from, to: march.to, by: 'child', dossierCount: 5, publishedBy: 'quantri', note: 'Báo cáo tháng 3/2026' });
    expect(published.hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await admin.post('/api/reports/snapshots', { agency: 'LS', from: march.from, to: march.to });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'REPORT_ALREADY_PUBLISHED' });
    expect(again.json().message).toContain(`#${published.id}`);
    // Another grouping of the same period is a separate publication.
    ok(await admin.post('/api/reports/snapshots', { ...body, by: 'procedure' }), 201);

    // How each dossier counted is stored, and adds up to the figures.
    const stored = await database.db.select().from(reportSnapshotDossiers).where(eq(reportSnapshotDossiers.snapshotId, published.id));
    expect(stored).toHaveLength(5);
    const late = await database.db.execute<{ id: number }>(sql`select id from dossiers where code = ${codes.late}`);
    expect(stored.find((s) => s.dossierId === late.rows[0]!.id)).toMatchObject({ rowKey: COMMUNE, receipt: 'new_direct', result: 'late' });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.subject, `report_snapshot:${published.id}`));
    expect(audit.map((a) => a.type)).toEqual(['REPORT_PUBLISHED']);

    const list = ok(await monitor.get('/api/reports/snapshots?agency=LS'));
    expect(list.total).toBe(2);
    expect(list.items.map((i: { id: number }) => i.id)).toContain(published.id);
    expect(ok(await departmentLeader.get('/api/reports/snapshots')).total).toBe(0);
    expect((await departmentLeader.get(`/api/reports/snapshots/${published.id}`)).statusCode).toBe(403);
    expect((await monitor.get('/api/reports/snapshots/999999')).json()).toMatchObject({ code: 'REPORT_SNAPSHOT_NOT_FOUND' });
    const detail = ok(await monitor.get(`/api/reports/snapshots/${published.id}`));
    expect(detail.intact).toBe(true);
    const original = detail.report as Form06Report;
    expect(original).toEqual(ok(await monitor.get(`/api/reports/form06?${q('')}`)));

    const unchanged = ok(await monitor.get(`/api/reports/snapshots/${published.id}/compare`));
    expect(unchanged).toMatchObject({ changed: false, cells: [], dossiers: [], changedDossiers: 0, intact: true });

    // After publication: an administrator marks the late dossier as a test dossier, and an import
    // brings in a March dossier of the old system.
    const adminActor = await actorFor(database.db, 'quantri');
    await markTestDossier(database.db, adminActor, new TestClock(vn('2026-04-15T10:00')), codes.late!, { isTest: true, reason: 'Hồ sơ nhập thử' });
    codes.imported = await insertDossier(database.db, { agency: COMMUNE, channel: 'online', receivedAt: vn('2026-03-09T09:00'), dueAt: vn('2026-03-16T17:00'), finishedAt: vn('2026-03-13T09:00') });

    const compared = ok(await monitor.get(`/api/reports/snapshots/${published.id}/compare`));
    expect(compared.changed).toBe(true);
    expect(compared.changedDossiers).toBe(2);
    const cell = (rowKey: string | null, name: string) => compared.cells.find((c: { rowKey: string | null; cell: string }) => c.rowKey === rowKey && c.cell === name);
    expect(cell(COMMUNE, 'resolved.late')).toMatchObject({ published: 1, current: 0, difference: -1, dossiers: [{ code: codes.late, change: 'removed' }] });
    expect(cell(COMMUNE, 'resolved.early')).toMatchObject({ published: 1, current: 2, dossiers: [{ code: codes.imported, change: 'added' }] });
    // One dossier left the row and another entered it: its total did not change.
    expect(cell(COMMUNE, 'received.total')).toBeUndefined();
    expect(cell(COMMUNE, 'received.online')).toMatchObject({ published: 1, current: 2 });
    expect(cell(null, 'overdueTotal')).toMatchObject({ published: 2, current: 1, dossiers: [{ code: codes.late, change: 'removed' }] });
    const removed = compared.dossiers.find((d: { code: string }) => d.code === codes.late);
    expect(removed).toMatchObject({ change: 'removed', after: null, before: { rowKey: COMMUNE, receipt: 'new_direct', result: 'late' } });
    expect(removed.reasons[0]).toBe('15/04/2026 10:00 — Đánh dấu hồ sơ thử nghiệm (quantri): hồ sơ thử nghiệm: không → có — Hồ sơ nhập thử');
    const added = compared.dossiers.find((d: { code: string }) => d.code === codes.imported);
    expect(added).toMatchObject({ change: 'added', before: null, after: { rowKey: COMMUNE, receipt: 'new_online', result: 'early' } });
    expect(added.reasons[0]).toContain('Chuyển đổi từ hệ thống cũ sau khi công bố');
    expect(compared.current.total.received.total).toBe(5);

    // The publication itself never changed.
    const after = ok(await monitor.get(`/api/reports/snapshots/${published.id}`));
    expect(after.report).toEqual(original);
    expect(after.hash).toBe(published.hash);
    expect(after.intact).toBe(true);

    // Altering the stored figures outside the application is detected by the hash.
    await database.db
      .update(reportSnapshots)
      .set({ report: { ...original, total: { ...original.total, overdueTotal: 0 } } })
      .where(eq(reportSnapshots.id, published.id));
    expect(ok(await monitor.get(`/api/reports/snapshots/${published.id}`)).intact).toBe(false);
  });

  it('refuses a publication before the period ends and lists changes without a dossier event as structural', async () => {
    const adminActor = await actorFor(database.db, 'quantri');
    await expect(
      publishReport(database.db, adminActor, { agencyCode: COMMUNE, ...presetPeriod('month', 2026, 4), by: 'child' }, new TestClock(vn('2026-04-30T23:00'))),
    ).rejects.toMatchObject({ code: 'REPORT_PERIOD_NOT_ENDED' });
    const snapshot = await publishReport(database.db, adminActor, { agencyCode: COMMUNE, ...march, by: 'level' }, new TestClock(vn('2026-04-01T00:00')));
    expect(snapshot.publishedAt).toEqual(new Date(vn('2026-04-01T00:00')));
    // A dossier moved to another agency by a direct data fix leaves no event behind.
    await database.db.execute(sql`update dossiers set agency_id = (select id from agencies where code = 'LS-SXD') where code = ${codes.overdue}`);
    const c = await compareSnapshot(database.db, adminActor, snapshot.id);
    const moved = c.dossiers.find((d) => d.code === codes.overdue)!;
    expect(moved.change).toBe('removed');
    expect(moved.reasons[0]).toContain('Không có thay đổi nào trên hồ sơ sau khi công bố');
    await database.db.execute(sql`update dossiers set agency_id = (select id from agencies where code = ${COMMUNE}) where code = ${codes.overdue}`);
  });
});
