import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import { buildApp } from '../../src/http/build-app';
import type { App } from '../../src/http/context';
import { loadConfig } from '../../src/config';
import { procedures, procedureVersions } from '../../src/catalog/schema';
import { seedDemoCatalog } from '../../src/catalog/demo-catalog';
import { insertDemoAgencies, procedureInput, userWithRole } from './catalog-fixtures';

describe(`catalog HTTP routes (${dbKind})`, () => {
  let database: Database;
  let app: App;
  let adminAuth: { authorization: string };
  let officerAuth: { authorization: string };
  let agencyIds: Map<string, number>;

  beforeAll(async () => {
    database = await createTestDatabase();
    agencyIds = await insertDemoAgencies(database.db);
    await seedDemoCatalog(database.db);
    adminAuth = { authorization: `Bearer ${(await userWithRole(database.db, 'admin', 'admin')).token}` };
    officerAuth = {
      authorization: `Bearer ${(await userWithRole(database.db, 'tiepnhan', 'receiving_officer', agencyIds.get('LS'))).token}`,
    };
    app = await buildApp({ db: database.db, config: loadConfig({}) });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lets anyone browse and search the catalog without signing in', async () => {
    const fields = await app.inject({ method: 'GET', url: '/api/procedure-fields' });
    expect(fields.statusCode).toBe(200);
    expect(fields.json<{ code: string }[]>().map((f) => f.code)).toContain('HOTICH');

    const list = await app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent('dang ky khai sinh')}` });
    expect(list.statusCode).toBe(200);
    const page = list.json<{ items: { code: string; current: { name: string } }[]; total: number; page: number; pageSize: number }>();
    expect(page.items.map((p) => p.current.name)).toEqual(['Thủ tục đăng ký khai sinh']);
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });

    const paged = await app.inject({ method: 'GET', url: '/api/procedures?level=commune&pageSize=2&page=2' });
    expect(paged.json<{ items: unknown[]; total: number }>()).toMatchObject({ total: expect.any(Number) as number });
    expect(paged.json<{ items: unknown[] }>().items).toHaveLength(2);

    const detail = await app.inject({ method: 'GET', url: '/api/procedures/1.009972' });
    expect(detail.statusCode).toBe(200);
    const d = detail.json<{ current: { components: unknown[]; workflows: { total: number; steps: { stage: number }[] }[] } }>();
    expect(d.current.components.length).toBeGreaterThan(0);
    expect(d.current.workflows[0]!.total).toBe(14);

    const version = await app.inject({ method: 'GET', url: '/api/procedures/1.009972/versions/1' });
    expect(version.statusCode).toBe(200);

    const cut = await app.inject({ method: 'GET', url: `/api/catalog/time-reduction?decisionNumber=${encodeURIComponent('1450/QĐ-UBND')}` });
    expect(cut.statusCode).toBe(200);
    expect(cut.json<{ totals: { procedures: number }[] }>().totals[0]!.procedures).toBeGreaterThan(0);
  });

  it('answers unknown procedures with 404 and bad queries with 400, each with a code', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/procedures/0.000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'PROCEDURE_NOT_FOUND', message: 'Không tìm thấy thủ tục hành chính mã 0.000000.' });
    const bad = await app.inject({ method: 'GET', url: '/api/procedures?level=galaxy&pageSize=1000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('requires sign-in, then the admin role, for every write', async () => {
    const body = procedureInput({ code: '8.000001', fieldCode: 'XAYDUNG' });
    const anonymous = await app.inject({ method: 'POST', url: '/api/procedures', payload: body });
    expect(anonymous.statusCode).toBe(401);
    const writes: { method: 'POST' | 'PUT' | 'GET'; url: string; payload?: object }[] = [
      { method: 'POST', url: '/api/procedures', payload: body },
      { method: 'POST', url: '/api/procedure-fields', payload: { code: 'MOI', name: 'Mới' } },
      { method: 'POST', url: '/api/procedures/1.009972/versions', payload: body },
      { method: 'POST', url: '/api/procedures/1.009972/abolish', payload: {} },
      { method: 'PUT', url: '/api/procedures/1.009972/workflow', payload: { agencyId: null, steps: [] } },
      { method: 'POST', url: '/api/catalog/import', payload: { format: 'json', catalog: {} } },
      { method: 'GET', url: '/api/catalog/export?format=json' },
    ];
    for (const w of writes) {
      const r = await app.inject({ ...w, headers: officerAuth });
      expect(r.statusCode, w.url).toBe(403);
      expect(r.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const [n] = await database.db.select({ n: count() }).from(procedures);
    const [v] = await database.db.select({ n: count() }).from(procedureVersions);
    expect([n?.n, v?.n]).toEqual([16, 16]);
  });

  it('creates, amends, sets a workflow and abolishes as an administrator', async () => {
    const create = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: adminAuth,
      payload: { ...procedureInput({ code: '8.000001', fieldCode: 'XAYDUNG' }), fees: undefined, components: [{ name: 'Đơn' }] },
    });
    expect(create.statusCode).toBe(201);
    expect(create.json()).toMatchObject({
      code: '8.000001',
      current: { version: 1, fees: [], components: [{ name: 'Đơn', required: true, originals: 1, copies: 0 }] },
    });

    const sxd = agencyIds.get('LS-SXD');
    const workflow = await app.inject({
      method: 'PUT',
      url: '/api/procedures/8.000001/workflow',
      headers: adminAuth,
      payload: {
        agencyId: agencyIds.get('LS-TTPVHCC'),
        steps: [
          { stage: 1, name: 'Tiếp nhận', role: 'receiving_officer', allotted: 0.5 },
          { stage: 2, name: 'Ý kiến A', role: 'specialist', agencyId: sxd, allotted: 9 },
          { stage: 2, name: 'Ý kiến B', role: 'specialist', agencyId: agencyIds.get('LS-SCT'), allotted: 7 },
          { stage: 3, name: 'Trả kết quả', role: 'receiving_officer', allotted: 0.5 },
        ],
      },
    });
    expect(workflow.statusCode).toBe(200);
    expect(workflow.json()).toMatchObject({ total: 10, agency: { code: 'LS-TTPVHCC' } });

    const mismatch = await app.inject({
      method: 'PUT',
      url: '/api/procedures/8.000001/workflow',
      headers: adminAuth,
      payload: { steps: [{ stage: 1, name: 'Xử lý', role: 'specialist', allotted: 9.5 }] },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({
      code: 'WORKFLOW_TOTAL_MISMATCH',
      message: expect.stringContaining('9,5 ngày làm việc') as string,
    });

    const amend = await app.inject({
      method: 'POST',
      url: '/api/procedures/8.000001/versions',
      headers: adminAuth,
      payload: procedureInput({ fieldCode: 'XAYDUNG', name: 'Tên mới', decisionNumber: '9/QĐ-UBND' }),
    });
    expect(amend.statusCode).toBe(201);
    expect(amend.json()).toMatchObject({ procedure: { current: { version: 2, name: 'Tên mới' } }, droppedWorkflows: [] });

    const abolish = await app.inject({
      method: 'POST',
      url: '/api/procedures/8.000001/abolish',
      headers: adminAuth,
      payload: { decisionNumber: '10/QĐ-UBND', decisionDate: '2025-12-01' },
    });
    expect(abolish.statusCode).toBe(200);
    expect(abolish.json()).toMatchObject({ current: { version: 3, status: 'abolished' } });
  });

  it('rejects bad input with 400 and a code, never 500', async () => {
    const cases: { url: string; method: 'POST' | 'PUT'; payload: unknown; code: string }[] = [
      { method: 'POST', url: '/api/procedures', payload: { code: '8.1' }, code: 'VALIDATION_FAILED' },
      { method: 'POST', url: '/api/procedures', payload: procedureInput({ code: '8 1 x', fieldCode: 'XAYDUNG' }), code: 'VALIDATION_FAILED' },
      { method: 'POST', url: '/api/procedures', payload: procedureInput({ code: '8.2', fieldCode: 'XAYDUNG', legalDuration: 1.005 }), code: 'VALIDATION_FAILED' },
      { method: 'POST', url: '/api/procedures', payload: procedureInput({ code: '8.3', fieldCode: 'KHONGCO' }), code: 'PROCEDURE_FIELD_NOT_FOUND' },
      { method: 'POST', url: '/api/procedures', payload: procedureInput({ code: '8.4', fieldCode: 'XAYDUNG', publishedDuration: 20 }), code: 'PUBLISHED_DURATION_EXCEEDS_LEGAL' },
      { method: 'POST', url: '/api/procedures', payload: { ...procedureInput({ code: '8.5', fieldCode: 'XAYDUNG' }), decisionDate: '31/12/2025' }, code: 'VALIDATION_FAILED' },
      { method: 'PUT', url: '/api/procedures/1.009972/workflow', payload: { steps: [] }, code: 'WORKFLOW_EMPTY' },
      { method: 'PUT', url: '/api/procedures/1.009972/workflow', payload: { steps: [{ stage: 0, name: 'x', role: 'boss', allotted: -1 }] }, code: 'VALIDATION_FAILED' },
      { method: 'POST', url: '/api/catalog/import', payload: { format: 'csv' }, code: 'VALIDATION_FAILED' },
      { method: 'POST', url: '/api/catalog/import', payload: { format: 'json', catalog: [] }, code: 'CATALOG_IMPORT_INVALID' },
      { method: 'POST', url: '/api/catalog/import', payload: { format: 'xlsx', base64: 'AAAA' }, code: 'CATALOG_FILE_UNREADABLE' },
    ];
    for (const c of cases) {
      const r = await app.inject({ method: c.method, url: c.url, headers: adminAuth, payload: c.payload as object });
      expect(r.statusCode, `${c.url} ${JSON.stringify(c.payload).slice(0, 80)}`).toBe(400);
      expect(r.json(), c.url).toMatchObject({ code: c.code });
    }
    const conflict = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: adminAuth,
      payload: procedureInput({ code: '1.009972', fieldCode: 'XAYDUNG' }),
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ code: 'PROCEDURE_CODE_TAKEN' });
  });

  it('exports JSON and Excel and imports them back over HTTP', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/catalog/export?format=json', headers: adminAuth });
    expect(json.statusCode).toBe(200);
    const catalog = json.json<{ format: string; procedures: unknown[] }>();
    expect(catalog.format).toBe('motcua-catalog');

    const reimport = await app.inject({ method: 'POST', url: '/api/catalog/import', headers: adminAuth, payload: { format: 'json', catalog } });
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json()).toMatchObject({ created: [], amended: [], unchanged: catalog.procedures.length });

    const xlsx = await app.inject({ method: 'GET', url: '/api/catalog/export?format=xlsx', headers: adminAuth });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Thủ tục')!.rowCount - 1).toBe(catalog.procedures.length);
    const back = await app.inject({
      method: 'POST',
      url: '/api/catalog/import',
      headers: adminAuth,
      payload: { format: 'xlsx', base64: xlsx.rawPayload.toString('base64') },
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ created: [], amended: [], unchanged: catalog.procedures.length });

    const bad = structuredClone(catalog) as { procedures: { timeUnit: string }[] };
    bad.procedures[1]!.timeUnit = 'weeks';
    const rejected = await app.inject({ method: 'POST', url: '/api/catalog/import', headers: adminAuth, payload: { format: 'json', catalog: bad } });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json()).toMatchObject({
      code: 'CATALOG_IMPORT_INVALID',
      details: [{ sheet: 'procedures', row: 2, path: 'procedures.1.timeUnit' }],
    });
  });
});
