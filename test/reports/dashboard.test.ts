import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import { insertDossier, type DossierSpec } from '../support/insert-dossier';
import { loginAs, ok, type Api } from '../dossiers/api-helpers';
import { dashboardHistory, expectedFigures, insertHistory } from './dashboard-fixtures';
import type { Database } from '../../src/db/open-database';
import type { App } from '../../src/http/context';
import type { Actor } from '../../src/accounts/actor';
import { systemActor } from '../../src/accounts/actor';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import { computeDashboard, type Dashboard } from '../../src/reports/dashboard';
import { computeForm06 } from '../../src/reports/form06';
import type { Figures } from '../../src/reports/form06-figures';
import type { PublicStatistics } from '../../src/reports/dashboard-public';

const vn = (s: string) => `${s}+07:00`;
const PERIOD = { from: '2026-01-01', to: '2026-04-30' };
const NOW = new Date(vn('2026-05-10T10:00'));

/** The form 06 figures of a dashboard row, without the rates the dashboard adds. */
const figuresOnly = (f: Figures): Figures => ({ received: f.received, resolved: f.resolved, pending: f.pending, overdueTotal: f.overdueTotal });

describe('monitoring dashboard and public statistics', () => {
  let database: Database;
  let app: App;
  let monitorActor: Actor;
  let monitor: Api, admin: Api, specialist: Api, departmentLeader: Api, communeLeader: Api;
  let specs: DossierSpec[];
  let codes: string[];
  let dashboard: Dashboard;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await seedDemo(db);
    specs = dashboardHistory({ from: '2025-12-01', to: '2026-05-09', count: 90, asOf: NOW });
    // A test dossier overdue in the period and a dossier of an old commune merged on 01/07/2025,
    // still pending: carried over into the new ward.
    specs.push(
      { agency: 'LS-X-05977', receivedAt: vn('2026-02-02T09:00'), dueAt: vn('2026-02-10T17:00'), isTest: true },
      { agency: 'LS-H-CL-06247', receivedAt: vn('2025-06-20T09:00'), dueAt: vn('2025-07-10T17:00') },
    );
    codes = await insertHistory(db, specs);
    app = await buildApp({ db, config: loadConfig({}), clock: new TestClock(NOW) });
    monitor = await loginAs(app, 'giamsat');
    admin = await loginAs(app, 'quantri');
    specialist = await loginAs(app, 'chuyenvien');
    departmentLeader = await loginAs(app, 'lanhdao');
    communeLeader = await loginAs(app, 'lanhdao.xa');
    monitorActor = await actorFor(db, 'giamsat');
    dashboard = await computeDashboard(db, monitorActor, { agencyCode: 'LS', ...PERIOD });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('has the figures of form 06: totals and rows by child agency', async () => {
    const form06 = await computeForm06(database.db, monitorActor, { agencyCode: 'LS', ...PERIOD, by: 'child' });
    expect(figuresOnly(dashboard.total)).toEqual(form06.total);
    expect(dashboard.byChild.map((r) => ({ key: r.key, name: r.name, ...figuresOnly(r) }))).toEqual(form06.rows);
    // And the Decision definitions, computed independently from the fixtures.
    const expected = expectedFigures(specs, PERIOD.from, PERIOD.to);
    expect(dashboard.total.received.online + dashboard.total.received.directOrPostal).toBe(expected.receivedNew);
    expect(dashboard.total.received.carriedOver).toBe(expected.carriedOver);
    expect(dashboard.total.resolved.total).toBe(expected.resolved);
    expect(dashboard.total.resolved.late).toBe(expected.late);
    expect(dashboard.total.pending.overdue).toBe(expected.overdue);
    expect(expected.resolved).toBeGreaterThan(20);
    expect(expected.late).toBeGreaterThan(3);
    expect(expected.overdue).toBeGreaterThan(3);
    const t = dashboard.total;
    expect(t.onTimeRate).toBeCloseTo((t.resolved.early + t.resolved.onTime) / t.resolved.total, 12);
    expect(t.overdueRate).toBeCloseTo(t.overdueTotal / t.received.total, 12);
    expect(dashboard).toMatchObject({ agency: 'LS', agencyName: 'Ủy ban nhân dân tỉnh Lạng Sơn', ...PERIOD });
  });

  it('splits the period by month, each month matching the standard report of that month, the months adding up to the period', async () => {
    expect(dashboard.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    for (const m of dashboard.months) {
      const report = await computeForm06(database.db, monitorActor, { agencyCode: 'LS', from: m.from, to: m.to, by: 'child' });
      const t = report.total;
      expect(
        { online: m.online, directOrPostal: m.directOrPostal, early: m.early, onTime: m.onTime, late: m.late, resolved: m.resolved },
        m.month,
      ).toEqual({ online: t.received.online, directOrPostal: t.received.directOrPostal, early: t.resolved.early, onTime: t.resolved.onTime, late: t.resolved.late, resolved: t.resolved.total });
      expect(m.receivedNew).toBe(expectedFigures(specs, m.from, m.to).receivedNew);
      expect(m.onTimeRate).toBe(m.resolved === 0 ? null : (m.early + m.onTime) / m.resolved);
    }
    const sum = (f: (m: Dashboard['months'][number]) => number) => dashboard.months.reduce((s, m) => s + f(m), 0);
    const t = dashboard.total;
    expect(sum((m) => m.receivedNew)).toBe(t.received.online + t.received.directOrPostal);
    expect(sum((m) => m.online)).toBe(t.received.online);
    expect(sum((m) => m.resolved)).toBe(t.resolved.total);
    expect(sum((m) => m.early)).toBe(t.resolved.early);
    expect(sum((m) => m.onTime)).toBe(t.resolved.onTime);
    expect(sum((m) => m.late)).toBe(t.resolved.late);

    // A reporting cut-off period is cut into clipped months.
    const cutoff = await computeDashboard(database.db, monitorActor, { agencyCode: 'LS', from: '2026-01-15', to: '2026-03-14' });
    expect(cutoff.months.map((m) => [m.from, m.to])).toEqual([
      ['2026-01-15', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-14'],
    ]);
    expect(cutoff.months.reduce((s, m) => s + m.receivedNew, 0)).toBe(cutoff.total.received.online + cutoff.total.received.directOrPostal);
    expect(cutoff.months[0]!.receivedNew).toBe(expectedFigures(specs, '2026-01-15', '2026-01-31').receivedNew);
  });

  it('ranks the procedures and units with the most overdue, each row a form 06 row', async () => {
    for (const [list, by] of [
      [dashboard.worstProcedures, 'procedure'],
      [dashboard.worstUnits, 'agency'],
    ] as const) {
      const form06 = await computeForm06(database.db, monitorActor, { agencyCode: 'LS', ...PERIOD, by });
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(10);
      for (const r of list) expect({ key: r.key, name: r.name, ...figuresOnly(r) }).toEqual(form06.rows.find((x) => x.key === r.key));
      const totals = list.map((r) => r.overdueTotal);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      const listed = new Set(list.map((r) => r.key));
      const rest = form06.rows.filter((r) => !listed.has(r.key));
      for (const r of rest) expect(r.overdueTotal).toBeLessThanOrEqual(totals.at(-1)!);
      expect(list.reduce((s, r) => s + r.overdueTotal, 0) + rest.reduce((s, r) => s + r.overdueTotal, 0)).toBe(dashboard.total.overdueTotal);
    }
    expect(dashboard.worstUnits.map((r) => r.key)).not.toContain('LS-SYT');
  });

  it('serves the dashboard over HTTP, each figure drilling down to as many dossiers', async () => {
    const query = `agency=LS&from=${PERIOD.from}&to=${PERIOD.to}`;
    const body = ok<Dashboard>(await monitor.get(`/api/reports/dashboard?${query}`));
    expect(body.total).toEqual(dashboard.total);
    expect(body.months).toEqual(dashboard.months);
    const cells = async (extra: string) => ok<{ total: number }>(await monitor.get(`/api/reports/form06/cells?${extra}&pageSize=1`)).total;
    expect(await cells(`${query}&cell=pending.overdue`)).toBe(body.total.pending.overdue);
    const unit = body.worstUnits[0]!;
    expect(await cells(`${query}&by=agency&row=${unit.key}&cell=overdueTotal`)).toBe(unit.overdueTotal);
    const procedure = body.worstProcedures[0]!;
    expect(await cells(`${query}&by=procedure&row=${procedure.key}&cell=resolved.late`)).toBe(procedure.resolved.late);
    const child = body.byChild.find((r) => r.key === 'LS-X-05977')!;
    expect(await cells(`${query}&by=child&row=${child.key}&cell=resolved.total`)).toBe(child.resolved.total);
    const march = body.months[2]!;
    expect(await cells(`agency=LS&from=${march.from}&to=${march.to}&cell=resolved.late`)).toBe(march.late);
    expect(await cells(`agency=LS&from=${march.from}&to=${march.to}&cell=received.online`)).toBe(march.online);
    expect(ok<Dashboard>(await admin.get(`/api/reports/dashboard?${query}`)).total).toEqual(dashboard.total);
  });

  it('serves typed JSON views of the drill-down, the late officials and the monthly notice, as subsets of the originals', async () => {
    const query = `agency=LS&from=${PERIOD.from}&to=${PERIOD.to}`;
    const drill = `${query}&by=child&row=LS-X-05977&cell=resolved.late&page=1&pageSize=5`;
    const view = ok<{ total: number; items: { code: string }[] }>(await monitor.get(`/api/reports/views/dossiers?${drill}`));
    expect(view).toEqual(ok(await monitor.get(`/api/reports/form06/cells?${drill}`)));
    expect(view.total).toBe(dashboard.byChild.find((r) => r.key === 'LS-X-05977')!.resolved.late);
    expect(view.items.length).toBe(Math.min(5, view.total));
    expect((await departmentLeader.get(`/api/reports/views/dossiers?${drill}`)).statusCode).toBe(403);
    expect((await monitor.get(`/api/reports/views/dossiers?${query}&cell=khong-co`)).statusCode).toBe(400);

    const officials = ok(await monitor.get(`/api/reports/views/late-officials?${query}`));
    expect(officials).toMatchObject({ agency: 'LS', ...PERIOD });
    expect(ok(await monitor.get(`/api/reports/late-officials?${query}`))).toMatchObject(officials);
    expect((await departmentLeader.get(`/api/reports/views/late-officials?${query}`)).statusCode).toBe(403);

    const notice = ok<{ paragraph: string; month: string }>(await monitor.get('/api/reports/views/monthly-notice?agency=LS&month=2026-03'));
    expect(notice.month).toBe('2026-03');
    expect(notice.paragraph.length).toBeGreaterThan(50);
    expect(ok(await monitor.get('/api/reports/monthly-notice/preview?agency=LS&month=2026-03'))).toMatchObject(notice);
    const badMonth = await monitor.get('/api/reports/views/monthly-notice?agency=LS&month=2026-13');
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json().code).toBe('LATE_INVALID_MONTH');
  });

  it('lets leaders see their own subtree only, and refuses other roles and anonymous callers', async () => {
    const period = `from=${PERIOD.from}&to=${PERIOD.to}`;
    const own = ok<Dashboard>(await departmentLeader.get(`/api/reports/dashboard?agency=LS-SXD&${period}`));
    expect(figuresOnly(own.total)).toEqual(figuresOnly(dashboard.byChild.find((r) => r.key === 'LS-SXD')!));
    expect(own.total).toEqual((await computeDashboard(database.db, systemActor, { agencyCode: 'LS-SXD', ...PERIOD })).total);
    expect((await departmentLeader.get(`/api/reports/dashboard?agency=LS&${period}`)).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await departmentLeader.get(`/api/reports/dashboard?agency=LS-X-05977&${period}`)).statusCode).toBe(403);
    expect((await communeLeader.get(`/api/reports/dashboard?agency=LS-X-05977&${period}`)).statusCode).toBe(200);
    expect((await communeLeader.get(`/api/reports/dashboard?agency=LS-SXD&${period}`)).statusCode).toBe(403);
    expect((await specialist.get(`/api/reports/dashboard?agency=LS-SXD-QLXD&${period}`)).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: `/api/reports/dashboard?agency=LS&${period}` });
    expect(anonymous.statusCode).toBe(401);
    await expect(computeDashboard(database.db, await actorFor(database.db, 'lanhdao'), { agencyCode: 'LS', ...PERIOD })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers bad input with 400 and a code, an unknown agency with 404', async () => {
    const get = async (q: string) => monitor.get(`/api/reports/dashboard?${q}`);
    const expectCode = async (q: string, status: number, code: string) => {
      const res = await get(q);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().code).toBe(code);
    };
    await expectCode('agency=LS&from=2026-04-01&to=2026-03-01', 400, 'REPORT_INVALID_PERIOD');
    await expectCode('agency=LS&from=2026-02-30&to=2026-03-01', 400, 'REPORT_INVALID_PERIOD');
    await expectCode('agency=LS&from=2023-01-01&to=2026-04-30', 400, 'DASHBOARD_PERIOD_TOO_LONG');
    expect((await get('agency=LS&from=2023-01-01&to=2026-04-30')).json().message).toBe(
      'Bảng điều khiển hiển thị tối đa 36 tháng (kỳ đã chọn có 40 tháng); hãy chọn kỳ ngắn hơn.',
    );
    await expectCode('agency=LS&from=2026-01-01', 400, 'VALIDATION_FAILED');
    await expectCode('agency=KHONG-CO&from=2026-01-01&to=2026-01-31', 404, 'AGENCY_NOT_FOUND');
    // 36 months is the longest trend drawn.
    expect((await get('agency=LS&from=2023-05-01&to=2026-04-30')).statusCode).toBe(200);
  });

  it('publishes yearly statistics to anyone, as form 06 figures without personal data or test dossiers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/statistics?year=2026' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const stats = res.json<PublicStatistics>();
    // The running year stops today, so nothing due later is counted overdue.
    expect(stats).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-05-10', agency: 'LS' });
    expect(stats.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const form06 = await computeForm06(database.db, systemActor, { agencyCode: 'LS', from: '2026-01-01', to: '2026-05-10', by: 'child' });
    const expected = expectedFigures(specs, '2026-01-01', '2026-05-10');
    expect(stats.total).toMatchObject({
      received: form06.total.received.total,
      receivedNew: expected.receivedNew,
      resolved: expected.resolved,
      onTime: form06.total.resolved.early + form06.total.resolved.onTime,
      late: expected.late,
      pending: expected.pending,
      overdue: expected.overdue,
    });
    expect(stats.byAgency.map((a) => a.code)).toEqual(form06.rows.map((r) => r.key));
    expect(stats.byAgency.reduce((s, a) => s + a.late, 0)).toBe(stats.total.late);
    expect(stats.byMonth.reduce((s, m) => s + m.receivedNew, 0)).toBe(stats.total.receivedNew);
    expect(stats.byMonth.reduce((s, m) => s + m.resolved, 0)).toBe(stats.total.resolved);
    // Counts only: no dossier code, applicant, or official appears.
    for (const code of codes) expect(res.body).not.toContain(code);
    expect(res.body).not.toContain('Người nộp thử');
    expect(res.body).not.toMatch(/username|applicant|idNumber|phone/i);

    // A signed-in user gets the same; another agency and a past year work too.
    expect(ok<PublicStatistics>(await specialist.get('/api/public/statistics?year=2026&agency=LS')).total).toEqual(stats.total);
    const department = ok<PublicStatistics>(await app.inject({ method: 'GET', url: '/api/public/statistics?year=2026&agency=LS-SXD' }));
    expect(department.total.received).toBe(stats.byAgency.find((a) => a.code === 'LS-SXD')!.received);
    const lastYear = ok<PublicStatistics>(await app.inject({ method: 'GET', url: '/api/public/statistics?year=2025' }));
    expect(lastYear.to).toBe('2025-12-31');
    expect(lastYear.byMonth).toHaveLength(12);
    expect(lastYear.byAgency.map((a) => a.code)).toContain('LS-H-CL');
  });

  it('refuses a year not begun, a malformed year and an unknown agency with clear codes', async () => {
    const get = (q: string) => app.inject({ method: 'GET', url: `/api/public/statistics?${q}` });
    expect((await get('year=2027')).json()).toMatchObject({ code: 'REPORT_INVALID_PERIOD' });
    expect((await get('year=2027')).statusCode).toBe(400);
    expect((await get('year=hai-nghin')).statusCode).toBe(400);
    expect((await get('')).statusCode).toBe(400);
    const unknown = await get('year=2026&agency=KHONG-CO');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('AGENCY_NOT_FOUND');
  });

  it('counts a test dossier in no figure, public or not', async () => {
    const before = ok<PublicStatistics>(await app.inject({ method: 'GET', url: '/api/public/statistics?year=2026&agency=LS-X-05986' }));
    await insertDossier(database.db, { agency: 'LS-X-05986', receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-04T17:00'), isTest: true });
    const after = ok<PublicStatistics>(await app.inject({ method: 'GET', url: '/api/public/statistics?year=2026&agency=LS-X-05986' }));
    expect(after.total).toEqual(before.total);
    const d = await computeDashboard(database.db, monitorActor, { agencyCode: 'LS-X-05986', ...PERIOD });
    expect(figuresOnly(d.total)).toEqual(figuresOnly(dashboard.byChild.find((r) => r.key === 'LS-X-05986')!));
  });
});
