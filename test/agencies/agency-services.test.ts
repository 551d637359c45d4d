import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import { systemActor, type Actor } from '../../src/accounts/actor';
import { auditLog } from '../../src/audit/schema';
import { agencies } from '../../src/agencies/schema';
import { createAgency } from '../../src/agencies/create-agency';
import { updateAgency } from '../../src/agencies/update-agency';
import { getAgency } from '../../src/agencies/get-agency';
import { listChildAgencies } from '../../src/agencies/list-child-agencies';
import { getAgencyTree } from '../../src/agencies/get-agency-tree';
import { inSubtree, subtreeIds } from '../../src/agencies/agency-subtree';
import { succeedAgency } from '../../src/agencies/succeed-agency';
import { loadReportRows, loadRollupData } from '../../src/agencies/load-report-rows';
import { resolveSuccessorAsOf } from '../../src/agencies/succession-rollup';
import type { AgencyTreeNode } from '../../src/agencies/build-agency-tree';
import { userWithRole } from './support';

let database: Database;
let db: Db;
let n = 0;
/** A code unique to this test run, so tests do not depend on each other's data. */
const code = (base: string) => `${base}-${++n}`;

const province = (actor: Actor = systemActor, extra: Partial<Parameters<typeof createAgency>[2]> = {}) =>
  createAgency(db, actor, { code: code('P'), name: 'Ủy ban nhân dân tỉnh Thử', level: 'province', ...extra });

/** Every row whose path is not its parent's path plus its own id. */
async function brokenPaths(): Promise<unknown[]> {
  const r = await db.execute(sql`
    select c.id, c.path from agencies c left join agencies p on p.id = c.parent_id
    where c.path <> coalesce(p.path, '/') || c.id || '/'`);
  return r.rows;
}

const shape = (nodes: AgencyTreeNode[]): unknown => nodes.map((x) => (x.children.length ? { [x.code]: shape(x.children) } : x.code));

describe(`agency tree services (${dbKind})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(async () => {
    await database.close();
  });

  describe('create', () => {
    it('builds materialised paths and inherits the parent start date', async () => {
      const p = await province(systemActor, { validFrom: '2010-01-01', divisionCode: '20' });
      expect(p.path).toBe(`/${p.id}/`);
      expect(p).toMatchObject({ level: 'province', parentId: null, validFrom: '2010-01-01', validTo: null, divisionCode: '20' });
      const dept = await createAgency(db, systemActor, { code: code('D'), name: 'Sở Tư pháp', level: 'department', parentId: p.id });
      expect(dept.path).toBe(`/${p.id}/${dept.id}/`);
      expect(dept.validFrom).toBe('2010-01-01');
      const unit = await createAgency(db, systemActor, { code: code('U'), name: 'Phòng Hành chính tư pháp', level: 'unit', parentCode: dept.code });
      expect(unit).toMatchObject({ parentId: dept.id, path: `/${p.id}/${dept.id}/${unit.id}/` });
      const [audit] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.type, 'AGENCY_CREATED'), eq(auditLog.subject, `agency:${unit.id}`)));
      expect(audit?.data).toMatchObject({ code: unit.code, level: 'unit', parentId: dept.id });
      expect(await brokenPaths()).toEqual([]);
    });

    it('refuses duplicate codes, nonsense levels, unknown parents and bad validity', async () => {
      const p = await province();
      await expect(createAgency(db, systemActor, { code: p.code, name: 'X', level: 'province' })).rejects.toMatchObject({ code: 'AGENCY_CODE_TAKEN', status: 409 });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Sở', level: 'department' })).rejects.toMatchObject({ code: 'AGENCY_ROOT_LEVEL', status: 400 });
      const dept = await createAgency(db, systemActor, { code: code('D'), name: 'Sở Xây dựng', level: 'department', parentId: p.id });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Sở con', level: 'department', parentId: dept.id })).rejects.toMatchObject({ code: 'AGENCY_LEVEL_NOT_ALLOWED' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: dept.id })).rejects.toMatchObject({ code: 'AGENCY_LEVEL_NOT_ALLOWED' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: 999_999 })).rejects.toMatchObject({ code: 'AGENCY_PARENT_NOT_FOUND', status: 400 });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Tỉnh', level: 'province', validFrom: '2025-07-01', validTo: '2025-06-30' })).rejects.toMatchObject({ code: 'AGENCY_INVALID_VALIDITY' });
      const ended = await createAgency(db, systemActor, { code: code('H'), name: 'Huyện', level: 'district', parentId: p.id, validTo: '2025-06-30' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Xã mới', level: 'commune', parentId: ended.id, validFrom: '2025-07-01' })).rejects.toMatchObject({ code: 'AGENCY_INVALID_VALIDITY' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: ended.id, validTo: null })).rejects.toMatchObject({ code: 'AGENCY_OUTSIDE_PARENT_VALIDITY' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: ended.id, validFrom: '1999-01-01', validTo: '2020-01-01' })).rejects.toMatchObject({ code: 'AGENCY_OUTSIDE_PARENT_VALIDITY' });
      // Without dates, a child lives as long as its parent.
      expect(await createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: ended.id })).toMatchObject({ validFrom: '2000-01-01', validTo: '2025-06-30' });
      await expect(createAgency(db, systemActor, { code: 'có dấu', name: 'X', level: 'province' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
      await expect(createAgency(db, systemActor, { code: code('X'), name: '  ', level: 'province' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(createAgency(db, systemActor, { code: code('X'), name: 'X', level: 'province', validFrom: '2025-02-30' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });

    it('only admins, and a subtree admin only inside their subtree', async () => {
      const p1 = await province();
      const p2 = await province();
      const { actor: officer } = await userWithRole(db, 'receiving_officer', p1.id);
      const { actor: subAdmin } = await userWithRole(db, 'admin', p1.id);
      await expect(createAgency(db, officer, { code: code('X'), name: 'Sở', level: 'department', parentId: p1.id })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
      const ok = await createAgency(db, subAdmin, { code: code('D'), name: 'Sở Y tế', level: 'department', parentId: p1.id });
      expect(ok.parentId).toBe(p1.id);
      await expect(createAgency(db, subAdmin, { code: code('X'), name: 'Sở', level: 'department', parentId: p2.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createAgency(db, subAdmin, { code: code('X'), name: 'Tỉnh', level: 'province' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.subject, `agency:${ok.id}`));
      expect(audit?.actorId).toBe(subAdmin.userId);
    });
  });

  describe('update and move', () => {
    it('renames, recodes and changes validity; a taken code is refused', async () => {
      const p = await province();
      const other = await province();
      const d = await createAgency(db, systemActor, { code: code('D'), name: 'Sở Tài chính', level: 'department', parentId: p.id });
      const newCode = code('STC');
      const u = await updateAgency(db, systemActor, { id: d.id, name: 'Sở Tài chính (mới)', code: newCode, validTo: '2030-12-31' });
      expect(u).toMatchObject({ name: 'Sở Tài chính (mới)', code: newCode, validTo: '2030-12-31', path: d.path });
      await expect(updateAgency(db, systemActor, { id: d.id, code: other.code })).rejects.toMatchObject({ code: 'AGENCY_CODE_TAKEN' });
      await expect(updateAgency(db, systemActor, { id: d.id, validFrom: '1990-01-01' })).rejects.toMatchObject({ code: 'AGENCY_OUTSIDE_PARENT_VALIDITY' });
      await expect(updateAgency(db, systemActor, { id: d.id, validTo: '1999-01-01' })).rejects.toMatchObject({ code: 'AGENCY_INVALID_VALIDITY' });
      await expect(updateAgency(db, systemActor, { id: 999_999, name: 'X' })).rejects.toMatchObject({ code: 'AGENCY_NOT_FOUND', status: 404 });
      await expect(updateAgency(db, systemActor, { id: d.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      const audits = await db.select().from(auditLog).where(and(eq(auditLog.type, 'AGENCY_UPDATED'), eq(auditLog.subject, `agency:${d.id}`)));
      expect(audits).toHaveLength(1);
      expect(audits[0]!.data).toMatchObject({ before: { name: 'Sở Tài chính', code: d.code }, after: { name: 'Sở Tài chính (mới)', code: newCode } });
    });

    it('moving rewrites the whole subtree and nothing else', async () => {
      const p1 = await province();
      const p2 = await province();
      const district = await createAgency(db, systemActor, { code: code('H'), name: 'Huyện', level: 'district', parentId: p1.id });
      const commune = await createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: district.id });
      const office = await createAgency(db, systemActor, { code: code('VP'), name: 'Văn phòng', level: 'unit', parentId: commune.id });
      const team = await createAgency(db, systemActor, { code: code('T'), name: 'Tổ', level: 'unit', parentId: office.id });
      const before = new Map((await db.select({ id: agencies.id, path: agencies.path }).from(agencies)).map((r) => [r.id, r.path]));

      const moved = await updateAgency(db, systemActor, { id: commune.id, parentId: p2.id });
      expect(moved).toMatchObject({ parentId: p2.id, path: `/${p2.id}/${commune.id}/` });
      const after = new Map((await db.select({ id: agencies.id, path: agencies.path, parentId: agencies.parentId }).from(agencies)).map((r) => [r.id, r]));
      expect(after.get(office.id)).toMatchObject({ path: `/${p2.id}/${commune.id}/${office.id}/`, parentId: commune.id });
      expect(after.get(team.id)).toMatchObject({ path: `/${p2.id}/${commune.id}/${office.id}/${team.id}/`, parentId: office.id });
      for (const [id, path] of before) {
        if (![commune.id, office.id, team.id].includes(id)) expect(after.get(id)!.path).toBe(path);
      }
      expect(await subtreeIds(db, p2.id)).toEqual(expect.arrayContaining([commune.id, office.id, team.id]));
      expect(await subtreeIds(db, district.id)).toEqual([district.id]);
      expect(await brokenPaths()).toEqual([]);

      // And back under the district.
      await updateAgency(db, systemActor, { id: commune.id, parentId: district.id });
      expect((await getAgency(db, { id: team.id })).path).toBe(`/${p1.id}/${district.id}/${commune.id}/${office.id}/${team.id}/`);
      expect(await brokenPaths()).toEqual([]);
      const audit = await db.select().from(auditLog).where(and(eq(auditLog.type, 'AGENCY_UPDATED'), eq(auditLog.subject, `agency:${commune.id}`)));
      expect(audit.map((a) => (a.data as { after: { parentId: number } }).after.parentId)).toEqual([p2.id, district.id]);
    });

    it('refuses cycles, nonsense levels and a top-level non-province', async () => {
      const p = await province();
      const district = await createAgency(db, systemActor, { code: code('H'), name: 'Huyện', level: 'district', parentId: p.id });
      const commune = await createAgency(db, systemActor, { code: code('X'), name: 'Xã', level: 'commune', parentId: district.id });
      const unit = await createAgency(db, systemActor, { code: code('U'), name: 'Văn phòng', level: 'unit', parentId: commune.id });
      const subUnit = await createAgency(db, systemActor, { code: code('U'), name: 'Tổ', level: 'unit', parentId: unit.id });
      const dept = await createAgency(db, systemActor, { code: code('D'), name: 'Sở', level: 'department', parentId: p.id });
      await expect(updateAgency(db, systemActor, { id: unit.id, parentId: subUnit.id })).rejects.toMatchObject({ code: 'AGENCY_MOVE_CYCLE', status: 400 });
      await expect(updateAgency(db, systemActor, { id: unit.id, parentId: unit.id })).rejects.toMatchObject({ code: 'AGENCY_MOVE_CYCLE' });
      await expect(updateAgency(db, systemActor, { id: p.id, parentId: commune.id })).rejects.toMatchObject({ code: 'AGENCY_MOVE_CYCLE' });
      await expect(updateAgency(db, systemActor, { id: commune.id, parentId: dept.id })).rejects.toMatchObject({ code: 'AGENCY_LEVEL_NOT_ALLOWED' });
      await expect(updateAgency(db, systemActor, { id: commune.id, parentId: null })).rejects.toMatchObject({ code: 'AGENCY_ROOT_LEVEL' });
      await expect(updateAgency(db, systemActor, { id: commune.id, parentId: 999_999 })).rejects.toMatchObject({ code: 'AGENCY_PARENT_NOT_FOUND' });
      // A unit may move from a commune to a department.
      const u = await updateAgency(db, systemActor, { id: unit.id, parentId: dept.id });
      expect(u.path).toBe(`/${p.id}/${dept.id}/${unit.id}/`);
      expect((await getAgency(db, { id: subUnit.id })).path).toBe(`/${p.id}/${dept.id}/${unit.id}/${subUnit.id}/`);
      expect(await brokenPaths()).toEqual([]);
    });

    it('two opposite concurrent moves: one wins, the other is refused as a cycle', async () => {
      const p = await province();
      const a = await createAgency(db, systemActor, { code: code('U'), name: 'Đơn vị A', level: 'unit', parentId: p.id });
      const b = await createAgency(db, systemActor, { code: code('U'), name: 'Đơn vị B', level: 'unit', parentId: p.id });
      const results = await Promise.allSettled([
        updateAgency(db, systemActor, { id: a.id, parentId: b.id }),
        updateAgency(db, systemActor, { id: b.id, parentId: a.id }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected');
      expect(rejected?.reason).toMatchObject({ code: 'AGENCY_MOVE_CYCLE' });
      expect(await brokenPaths()).toEqual([]);
    });

    it('a subtree admin cannot move an agency out of their subtree', async () => {
      const p1 = await province();
      const p2 = await province();
      const d = await createAgency(db, systemActor, { code: code('D'), name: 'Sở', level: 'department', parentId: p1.id });
      const { actor: subAdmin } = await userWithRole(db, 'admin', p1.id);
      await expect(updateAgency(db, subAdmin, { id: d.id, parentId: p2.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateAgency(db, subAdmin, { id: p2.id, name: 'Khác' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await updateAgency(db, subAdmin, { id: d.id, name: 'Sở đổi tên' })).name).toBe('Sở đổi tên');
    });
  });

  describe('reads', () => {
    it('get by id or code, children, tree as of a date, subtree helpers', async () => {
      const p = await province();
      const dept = await createAgency(db, systemActor, { code: code('D'), name: 'Sở Y tế', level: 'department', parentId: p.id });
      const district = await createAgency(db, systemActor, { code: code('H'), name: 'Huyện Cũ', level: 'district', parentId: p.id, validTo: '2025-06-30' });
      const oldCommune = await createAgency(db, systemActor, { code: code('XC'), name: 'Xã Cũ', level: 'commune', parentId: district.id });
      const newCommune = await createAgency(db, systemActor, { code: code('XM'), name: 'Phường Mới', level: 'commune', parentId: p.id, validFrom: '2025-07-01' });

      expect(await getAgency(db, { code: dept.code })).toMatchObject({ id: dept.id, parent: { id: p.id, code: p.code }, predecessors: [], successors: [] });
      expect((await getAgency(db, { id: p.id })).parent).toBeNull();
      await expect(getAgency(db, { code: 'KHONG-CO' })).rejects.toMatchObject({ code: 'AGENCY_NOT_FOUND', status: 404 });

      expect((await listChildAgencies(db, { parentId: p.id })).map((c) => c.id)).toEqual([dept.id, district.id, newCommune.id]);
      expect((await listChildAgencies(db, { parentId: p.id, asOf: '2025-06-30' })).map((c) => c.id)).toEqual([dept.id, district.id]);
      expect((await listChildAgencies(db, { parentId: p.id, asOf: '2025-07-01' })).map((c) => c.id)).toEqual([dept.id, newCommune.id]);

      expect(shape(await getAgencyTree(db, { root: { code: p.code }, asOf: '2025-06-30' }))).toEqual([{ [p.code]: [dept.code, { [district.code]: [oldCommune.code] }] }]);
      expect(shape(await getAgencyTree(db, { root: { id: p.id }, asOf: '2025-07-01' }))).toEqual([{ [p.code]: [dept.code, newCommune.code] }]);
      expect(await getAgencyTree(db, { root: { id: district.id }, asOf: '2025-07-01' })).toEqual([]);
      const whole = await getAgencyTree(db, { asOf: '2025-07-01' });
      expect(whole.map((t) => t.code)).toContain(p.code);
      expect(whole.every((t) => t.level === 'province' && t.parentId === null)).toBe(true);

      expect((await subtreeIds(db, p.id)).sort()).toEqual([p.id, dept.id, district.id, oldCommune.id, newCommune.id].sort());
      expect((await subtreeIds(db, p.id, { asOf: '2025-07-01' })).sort()).toEqual([p.id, dept.id, newCommune.id].sort());
      const viaHelper = await db.select({ id: agencies.id }).from(agencies).where(inSubtree(agencies.path, district.path));
      expect(viaHelper.map((r) => r.id).sort()).toEqual([district.id, oldCommune.id].sort());
      expect(() => inSubtree(agencies.path, "/1/' or 1=1 --")).toThrow(RangeError);
      await expect(subtreeIds(db, 999_999)).rejects.toMatchObject({ code: 'AGENCY_NOT_FOUND' });
    });
  });

  describe('successions', () => {
    it('A→B from 2025-07-01, B→C from 2026-01-01: validity, history, rollup on the database', async () => {
      const p = await province();
      const a = await createAgency(db, systemActor, { code: code('A'), name: 'Xã A', level: 'commune', parentId: p.id });
      const aOffice = await createAgency(db, systemActor, { code: code('A-VP'), name: 'Văn phòng xã A', level: 'unit', parentId: a.id });
      const b = await createAgency(db, systemActor, { code: code('B'), name: 'Phường B', level: 'commune', parentId: p.id, validFrom: '2025-07-01' });
      const c = await createAgency(db, systemActor, { code: code('C'), name: 'Phường C', level: 'commune', parentId: p.id, validFrom: '2025-07-01' });

      const r1 = await succeedAgency(db, systemActor, { predecessorId: a.id, successorId: b.id, effectiveFrom: '2025-07-01' });
      expect(r1.predecessor.validTo).toBe('2025-06-30');
      expect((await getAgency(db, { id: aOffice.id })).validTo).toBe('2025-06-30');
      await succeedAgency(db, systemActor, { predecessorId: b.id, successorId: c.id, effectiveFrom: '2026-01-01', note: 'Sáp nhập' });
      expect((await getAgency(db, { id: b.id })).validTo).toBe('2025-12-31');

      const detailB = await getAgency(db, { id: b.id });
      expect(detailB.predecessors).toEqual([{ agencyId: a.id, code: a.code, name: 'Xã A', effectiveFrom: '2025-07-01' }]);
      expect(detailB.successors).toEqual([{ agencyId: c.id, code: c.code, name: 'Phường C', effectiveFrom: '2026-01-01' }]);

      const data = await loadRollupData(db);
      expect(resolveSuccessorAsOf(data.successions, a.id, '2025-06-30')).toBe(a.id);
      expect(resolveSuccessorAsOf(data.successions, a.id, '2025-07-01')).toBe(b.id);
      expect(resolveSuccessorAsOf(data.successions, a.id, '2026-01-01')).toBe(c.id);

      const q2 = await loadReportRows(db, { rootId: p.id, periodStart: '2025-04-01', periodEnd: '2025-06-30', groupBy: 'child-of-root' });
      expect(q2.rows).toEqual([p.id, a.id]);
      expect(q2.rowOf.get(aOffice.id)).toBe(a.id);
      const q3 = await loadReportRows(db, { rootId: p.id, periodStart: '2025-07-01', periodEnd: '2025-09-30', groupBy: 'child-of-root' });
      expect(q3.rows).toEqual([p.id, b.id, c.id]);
      expect(q3.rowOf.get(a.id)).toBe(b.id);
      const y26 = await loadReportRows(db, { rootId: p.id, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
      expect(y26.rows).toEqual([p.id, c.id]);
      expect([a.id, b.id, c.id].map((id) => y26.rowOf.get(id))).toEqual([c.id, c.id, c.id]);

      const audits = await db.select().from(auditLog).where(and(eq(auditLog.type, 'AGENCY_SUCCEEDED'), eq(auditLog.subject, `agency:${a.id}`)));
      expect(audits[0]?.data).toMatchObject({ predecessor: a.code, successor: b.code, effectiveFrom: '2025-07-01', predecessorValidTo: '2025-06-30' });
      expect((audits[0]?.data as { closedAgencyIds: number[] }).closedAgencyIds.sort()).toEqual([a.id, aOffice.id].sort());
    });

    it('keeps an end date already set; refuses self, second successor, cycles, bad dates', async () => {
      const p = await province();
      const a = await createAgency(db, systemActor, { code: code('A'), name: 'Xã A', level: 'commune', parentId: p.id, validTo: '2025-05-31' });
      const b = await createAgency(db, systemActor, { code: code('B'), name: 'Xã B', level: 'commune', parentId: p.id });
      const c = await createAgency(db, systemActor, { code: code('C'), name: 'Xã C', level: 'commune', parentId: p.id, validFrom: '2025-07-01' });
      const late = await createAgency(db, systemActor, { code: code('L'), name: 'Xã L', level: 'commune', parentId: p.id, validFrom: '2027-01-01' });

      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: a.id, effectiveFrom: '2025-07-01' })).rejects.toMatchObject({ code: 'AGENCY_SUCCESSION_SELF' });
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: late.id, effectiveFrom: '2025-07-01' })).rejects.toMatchObject({ code: 'AGENCY_SUCCESSOR_NOT_VALID' });
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: c.id, effectiveFrom: '1999-01-01' })).rejects.toMatchObject({ code: 'AGENCY_SUCCESSION_DATE' });
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: b.id, effectiveFrom: '2025-05-01' })).rejects.toMatchObject({ code: 'AGENCY_SUCCESSION_OVERLAP' });
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: 999_999, effectiveFrom: '2025-07-01' })).rejects.toMatchObject({ code: 'AGENCY_NOT_FOUND' });
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: c.id, effectiveFrom: '2025-7-1' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

      const r = await succeedAgency(db, systemActor, { predecessorId: a.id, successorId: c.id, effectiveFrom: '2025-07-01' });
      expect(r.predecessor.validTo).toBe('2025-05-31');
      await expect(succeedAgency(db, systemActor, { predecessorId: a.id, successorId: b.id, effectiveFrom: '2025-07-01' })).rejects.toMatchObject({ code: 'AGENCY_ALREADY_SUCCEEDED', status: 409 });
      // c → b → (a's successor c): c → b would be fine, b → a is a cycle through a → c? a → c, so c → a would loop.
      await succeedAgency(db, systemActor, { predecessorId: b.id, successorId: c.id, effectiveFrom: '2026-01-01' });
      await expect(succeedAgency(db, systemActor, { predecessorId: c.id, successorId: b.id, effectiveFrom: '2027-01-01' })).rejects.toMatchObject({ code: 'AGENCY_SUCCESSION_CYCLE' });

      const { actor: officer } = await userWithRole(db, 'leader', p.id);
      await expect(succeedAgency(db, officer, { predecessorId: late.id, successorId: c.id, effectiveFrom: '2028-01-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
