import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import { buildApp } from '../../src/http/build-app';
import type { App } from '../../src/http/context';
import { loadConfig } from '../../src/config';
import { agencies, agencySuccessions, divisionWards } from '../../src/agencies/schema';
import { seedDivisions } from '../../src/agencies/seed-divisions';
import { DEMO_PROVINCE_AGENCIES, DEMO_WARDS, seedDemoProvince } from '../../src/agencies/demo-province';
import { loadReportRows } from '../../src/agencies/load-report-rows';
import { userWithRole } from './support';

let database: Database;
let db: Db;
let app: App;
let adminToken: string;
let officerToken: string;

const byCode = async (code: string) => (await db.select().from(agencies).where(eq(agencies.code, code)))[0]!;

const EXPECTED_CODES = [
  'LS',
  'LS-TTPVHCC',
  'LS-STP',
  'LS-SXD',
  'LS-SNNMT',
  'LS-STC',
  'LS-SYT',
  'LS-SGDDT',
  'LS-SCT',
  'LS-SXD-QLXD',
  'LS-STP-HCTP',
  'LS-SNNMT-DD',
  'LS-STC-DKKD',
  ...DEMO_WARDS.flatMap((w) => [`LS-X-${w.code}`, `LS-X-${w.code}-VP`]),
  'LS-H-CL',
  'LS-H-CL-06187',
  'LS-H-CL-06247',
];

describe(`demo province and agency routes (${dbKind})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDivisions(db);
    await seedDemoProvince(db);
    app = await buildApp({ db, config: loadConfig({}) });
    adminToken = (await userWithRole(db, 'admin')).token;
    officerToken = (await userWithRole(db, 'receiving_officer', (await byCode('LS')).id)).token;
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });

  describe('demo province', () => {
    it('creates exactly the agreed agencies, with their parents and levels', async () => {
      const root = await byCode('LS');
      const rows = await db.select().from(agencies).where(inArray(agencies.code, EXPECTED_CODES));
      expect(rows.map((r) => r.code).sort()).toEqual([...EXPECTED_CODES].sort());
      const all = await db.select({ code: agencies.code }).from(agencies);
      expect(all.filter((a) => a.code === 'LS' || a.code.startsWith('LS-')).map((a) => a.code).sort()).toEqual([...EXPECTED_CODES].sort());
      const code = new Map(rows.map((r) => [r.id, r.code]));
      const parentOf = (c: string) => code.get(rows.find((r) => r.code === c)!.parentId ?? -1) ?? null;
      const levelOf = (c: string) => rows.find((r) => r.code === c)!.level;
      expect(root).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province', parentId: null, divisionCode: '20' });
      for (const d of ['LS-TTPVHCC', 'LS-STP', 'LS-SXD', 'LS-SNNMT', 'LS-STC', 'LS-SYT', 'LS-SGDDT', 'LS-SCT']) {
        expect([d, parentOf(d), levelOf(d)]).toEqual([d, 'LS', 'department']);
      }
      expect(['LS-SXD-QLXD', 'LS-STP-HCTP', 'LS-SNNMT-DD', 'LS-STC-DKKD'].map((u) => [parentOf(u), levelOf(u)])).toEqual([
        ['LS-SXD', 'unit'],
        ['LS-STP', 'unit'],
        ['LS-SNNMT', 'unit'],
        ['LS-STC', 'unit'],
      ]);
      for (const w of DEMO_WARDS) {
        const commune = rows.find((r) => r.code === `LS-X-${w.code}`)!;
        expect(commune).toMatchObject({ level: 'commune', divisionCode: w.code, validFrom: '2025-07-01', validTo: null });
        expect(parentOf(commune.code)).toBe('LS');
        expect([parentOf(`${commune.code}-VP`), levelOf(`${commune.code}-VP`)]).toEqual([commune.code, 'unit']);
      }
      expect(rows.find((r) => r.code === 'LS-H-CL')).toMatchObject({ level: 'district', validTo: '2025-06-30', name: 'Ủy ban nhân dân huyện Cao Lộc' });
      for (const c of ['LS-H-CL-06187', 'LS-H-CL-06247']) {
        expect([parentOf(c), levelOf(c), rows.find((r) => r.code === c)!.validTo]).toEqual(['LS-H-CL', 'commune', '2025-06-30']);
      }
      expect(rows.find((r) => r.code === 'LS-SXD-QLXD')!.path).toBe(`/${root.id}/${(await byCode('LS-SXD')).id}/${(await byCode('LS-SXD-QLXD')).id}/`);
    });

    it('uses real wards of Lạng Sơn with their official names', async () => {
      const wards = await db.select().from(divisionWards).where(inArray(divisionWards.code, DEMO_WARDS.map((w) => w.code)));
      expect(wards.map((w) => [w.code, w.name, w.provinceCode]).sort()).toEqual(DEMO_WARDS.map((w) => [w.code, w.name, '20']).sort());
      const names = DEMO_PROVINCE_AGENCIES.filter((a) => a.level === 'commune' && a.validTo === undefined).map((a) => a.name);
      expect(names).toEqual(DEMO_WARDS.map((w) => `Ủy ban nhân dân ${w.name.replace('Phường', 'phường')}`));
    });

    it('old communes are succeeded from 2025-07-01 by new ones, as in the national mapping', async () => {
      const links = await db.select().from(agencySuccessions);
      const pairs = await Promise.all(
        links.map(async (l) => {
          const [p] = await db.select().from(agencies).where(eq(agencies.id, l.predecessorId));
          const [s] = await db.select().from(agencies).where(eq(agencies.id, l.successorId));
          return [p!.code, s!.code, l.effectiveFrom];
        }),
      );
      expect(pairs.sort()).toEqual([
        ['LS-H-CL-06187', 'LS-X-06187', '2025-07-01'],
        ['LS-H-CL-06247', 'LS-X-05977', '2025-07-01'],
      ]);
      const plan = await loadReportRows(db, { rootId: (await byCode('LS')).id, periodStart: '2025-07-01', periodEnd: '2025-09-30', groupBy: 'child-of-root' });
      expect(plan.rowOf.get((await byCode('LS-H-CL-06247')).id)).toBe((await byCode('LS-X-05977')).id);
      const before = await loadReportRows(db, { rootId: (await byCode('LS')).id, periodStart: '2025-01-01', periodEnd: '2025-03-31', groupBy: 'child-of-root' });
      expect(before.rowOf.get((await byCode('LS-H-CL-06247')).id)).toBe((await byCode('LS-H-CL')).id);
      expect(before.rows).toContain((await byCode('LS-H-CL')).id);
      expect(before.rows).not.toContain((await byCode('LS-X-05977')).id);
    });

    it('is idempotent', async () => {
      const snapshot = async () => ({
        agencies: await db.select().from(agencies).orderBy(agencies.id),
        links: await db.select().from(agencySuccessions),
      });
      const before = await snapshot();
      await seedDemoProvince(db);
      await seedDemoProvince(db);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('routes', () => {
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });

    it('tree as of a date is public', async () => {
      const before = await app.inject({ method: 'GET', url: '/api/agencies/tree?root=LS&asOf=2025-06-30' });
      expect(before.statusCode).toBe(200);
      const [ls] = before.json<{ code: string; children: { code: string; children: { code: string }[] }[] }[]>();
      expect(ls!.code).toBe('LS');
      const codes = ls!.children.map((c) => c.code);
      expect(codes).toContain('LS-H-CL');
      expect(codes).not.toContain('LS-X-05977');
      expect(ls!.children.find((c) => c.code === 'LS-H-CL')!.children.map((c) => c.code).sort()).toEqual(['LS-H-CL-06187', 'LS-H-CL-06247']);
      const after = await app.inject({ method: 'GET', url: '/api/agencies/tree?root=LS&asOf=2025-07-01' });
      const afterCodes = after.json<{ children: { code: string }[] }[]>()[0]!.children.map((c) => c.code);
      expect(afterCodes).toContain('LS-X-05977');
      expect(afterCodes).not.toContain('LS-H-CL');
      const whole = await app.inject({ method: 'GET', url: '/api/agencies/tree' });
      expect(whole.statusCode).toBe(200);
      expect(whole.json<{ code: string }[]>().map((t) => t.code)).toContain('LS');
    });

    it('bad input is a 400 with a code, unknown agencies a 404', async () => {
      const bad = await app.inject({ method: 'GET', url: '/api/agencies/tree?asOf=2025-02-30' });
      expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const unknownRoot = await app.inject({ method: 'GET', url: '/api/agencies/tree?root=KHONG-CO' });
      expect([unknownRoot.statusCode, unknownRoot.json().code]).toEqual([404, 'AGENCY_NOT_FOUND']);
      const notNumber = await app.inject({ method: 'GET', url: '/api/agencies/abc' });
      expect([notNumber.statusCode, notNumber.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const missing = await app.inject({ method: 'GET', url: '/api/agencies/999999' });
      expect([missing.statusCode, missing.json().code]).toEqual([404, 'AGENCY_NOT_FOUND']);
      expect(missing.json().message).toContain('Không tìm thấy cơ quan');
      const badBody = await app.inject({ method: 'POST', url: '/api/agencies', headers: auth(adminToken), payload: { code: 'X', level: 'nope' } });
      expect([badBody.statusCode, badBody.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const notJson = await app.inject({ method: 'POST', url: '/api/agencies', headers: { ...auth(adminToken), 'content-type': 'application/json' }, payload: '{' });
      expect([notJson.statusCode, notJson.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('one agency by id or by code, with its succession history', async () => {
      const byCodeRes = await app.inject({ method: 'GET', url: '/api/agencies/by-code/LS-X-05977' });
      expect(byCodeRes.statusCode).toBe(200);
      const detail = byCodeRes.json();
      expect(detail).toMatchObject({ code: 'LS-X-05977', name: 'Ủy ban nhân dân phường Đông Kinh', parent: { code: 'LS' } });
      expect(detail.predecessors.map((p: { code: string }) => p.code)).toEqual(['LS-H-CL-06247']);
      const byId = await app.inject({ method: 'GET', url: `/api/agencies/${detail.id}` });
      expect(byId.json()).toEqual(detail);
      const children = await app.inject({ method: 'GET', url: `/api/agencies/${(await byCode('LS-SXD')).id}/children` });
      expect(children.json().map((c: { code: string }) => c.code)).toEqual(['LS-SXD-QLXD']);
    });

    it('writes: admin ok, other roles 403, anonymous 401', async () => {
      const ls = await byCode('LS');
      const payload = { code: 'LS-SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', level: 'department', parentId: ls.id };
      const anon = await app.inject({ method: 'POST', url: '/api/agencies', payload });
      expect([anon.statusCode, anon.json().code]).toEqual([401, 'UNAUTHENTICATED']);
      const officer = await app.inject({ method: 'POST', url: '/api/agencies', headers: auth(officerToken), payload });
      expect([officer.statusCode, officer.json().code]).toEqual([403, 'FORBIDDEN']);
      const created = await app.inject({ method: 'POST', url: '/api/agencies', headers: auth(adminToken), payload });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: 'LS-SVHTTDL', level: 'department', parentId: ls.id, path: `${ls.path}${created.json().id}/` });
      const dup = await app.inject({ method: 'POST', url: '/api/agencies', headers: auth(adminToken), payload });
      expect([dup.statusCode, dup.json().code]).toEqual([409, 'AGENCY_CODE_TAKEN']);

      const id = created.json().id as number;
      const patchAnon = await app.inject({ method: 'PATCH', url: `/api/agencies/${id}`, payload: { name: 'X' } });
      expect(patchAnon.statusCode).toBe(401);
      const patchOfficer = await app.inject({ method: 'PATCH', url: `/api/agencies/${id}`, headers: auth(officerToken), payload: { name: 'X' } });
      expect(patchOfficer.statusCode).toBe(403);
      const patched = await app.inject({ method: 'PATCH', url: `/api/agencies/${id}`, headers: auth(adminToken), payload: { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn' } });
      expect([patched.statusCode, patched.json().name]).toEqual([200, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn']);
      const empty = await app.inject({ method: 'PATCH', url: `/api/agencies/${id}`, headers: auth(adminToken), payload: {} });
      expect([empty.statusCode, empty.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const unit = await byCode('LS-SXD-QLXD');
      const cycle = await app.inject({ method: 'PATCH', url: `/api/agencies/${ls.id}`, headers: auth(adminToken), payload: { parentId: unit.id } });
      expect([cycle.statusCode, cycle.json().code]).toEqual([400, 'AGENCY_MOVE_CYCLE']);
      const moved = await app.inject({ method: 'PATCH', url: `/api/agencies/${unit.id}`, headers: auth(adminToken), payload: { parentId: id } });
      expect([moved.statusCode, moved.json().path]).toEqual([200, `${ls.path}${id}/${unit.id}/`]);
      const back = await app.inject({ method: 'PATCH', url: `/api/agencies/${unit.id}`, headers: auth(adminToken), payload: { parentId: (await byCode('LS-SXD')).id } });
      expect(back.statusCode).toBe(200);
    });

    it('succession: admin only', async () => {
      const a = await byCode('LS-X-05986');
      const b = await byCode('LS-X-05983');
      const payload = { predecessorId: a.id, successorId: b.id, effectiveFrom: '2026-01-01' };
      const anon = await app.inject({ method: 'POST', url: '/api/agencies/successions', payload });
      expect(anon.statusCode).toBe(401);
      const officer = await app.inject({ method: 'POST', url: '/api/agencies/successions', headers: auth(officerToken), payload });
      expect(officer.statusCode).toBe(403);
      const bad = await app.inject({ method: 'POST', url: '/api/agencies/successions', headers: auth(adminToken), payload: { ...payload, effectiveFrom: 'mai' } });
      expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
      const ok = await app.inject({ method: 'POST', url: '/api/agencies/successions', headers: auth(adminToken), payload });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ predecessor: { code: 'LS-X-05986', validTo: '2025-12-31' }, successor: { code: 'LS-X-05983' }, effectiveFrom: '2026-01-01' });
      // Its office ended with it.
      expect((await byCode('LS-X-05986-VP')).validTo).toBe('2025-12-31');
      const again = await app.inject({ method: 'POST', url: '/api/agencies/successions', headers: auth(adminToken), payload });
      expect([again.statusCode, again.json().code]).toEqual([409, 'AGENCY_ALREADY_SUCCEEDED']);
    });

    it('divisions are public', async () => {
      const provinces = await app.inject({ method: 'GET', url: '/api/agencies/divisions/provinces' });
      expect([provinces.statusCode, provinces.json().length]).toEqual([200, 34]);
      const wards = await app.inject({ method: 'GET', url: '/api/agencies/divisions/provinces/20/wards' });
      expect(wards.json().wards).toHaveLength(65);
      const unknown = await app.inject({ method: 'GET', url: '/api/agencies/divisions/provinces/99/wards' });
      expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'DIVISION_PROVINCE_NOT_FOUND']);
      const badCode = await app.inject({ method: 'GET', url: '/api/agencies/divisions/provinces/abc/wards' });
      expect(badCode.statusCode).toBe(400);
      const lookup = await app.inject({ method: 'GET', url: `/api/agencies/divisions/ward-mappings?q=${encodeURIComponent('Yên Trạch Lạng Sơn')}` });
      expect(lookup.json().map((m: { newWardName: string }) => m.newWardName)).toEqual(['Phường Đông Kinh']);
      const empty = await app.inject({ method: 'GET', url: '/api/agencies/divisions/ward-mappings' });
      expect([empty.statusCode, empty.json().code]).toEqual([400, 'DIVISION_LOOKUP_EMPTY']);
    });

    it('instantiating a province: admin only', async () => {
      const url = '/api/agencies/divisions/provinces/04/instantiate';
      expect((await app.inject({ method: 'POST', url, payload: { codePrefix: 'CB' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'POST', url, headers: auth(officerToken), payload: { codePrefix: 'CB' } })).statusCode).toBe(403);
      const ok = await app.inject({ method: 'POST', url, headers: auth(adminToken), payload: { codePrefix: 'CB' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ province: { code: 'CB', name: 'Ủy ban nhân dân tỉnh Cao Bằng' } });
      expect(ok.json().createdCommunes).toBeGreaterThan(20);
    });

    it('the OpenAPI document describes the agency routes', async () => {
      const doc = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(doc.statusCode).toBe(200);
      const paths = Object.keys(doc.json().paths);
      expect(paths).toEqual(expect.arrayContaining(['/api/agencies/tree', '/api/agencies/{id}', '/api/agencies/successions', '/api/agencies/divisions/ward-mappings']));
    });
  });
});
