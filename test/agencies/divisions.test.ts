import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import { systemActor } from '../../src/accounts/actor';
import { agencies, divisionProvinces, divisionWardMappings, divisionWards } from '../../src/agencies/schema';
import { seedDivisions } from '../../src/agencies/seed-divisions';
import { foldVietnamese } from '../../src/agencies/prepare-divisions';
import { listProvinces } from '../../src/agencies/list-provinces';
import { listProvinceWards } from '../../src/agencies/list-province-wards';
import { lookUpWardMappings } from '../../src/agencies/look-up-ward-mappings';
import { instantiateProvince } from '../../src/agencies/instantiate-province';
import { createAgency } from '../../src/agencies/create-agency';
import { inSubtree } from '../../src/agencies/agency-subtree';
import { userWithRole } from './support';

let database: Database;
let db: Db;

async function counts(): Promise<[number, number, number]> {
  const [p] = await db.select({ n: count() }).from(divisionProvinces);
  const [w] = await db.select({ n: count() }).from(divisionWards);
  const [m] = await db.select({ n: count() }).from(divisionWardMappings);
  return [p!.n, w!.n, m!.n];
}

describe(`administrative divisions (${dbKind})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    // The template is seeded already; this keeps the file independent of how fresh the template is.
    await seedDivisions(db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('34 provinces with their communes', async () => {
    const provinces = await listProvinces(db);
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === '20')).toEqual({ code: '20', name: 'Lạng Sơn', shortCode: 'LSN', placeType: 'Tỉnh', wardCount: 65 });
    expect(provinces.find((p) => p.code === '01')?.name).toBe('Thành phố Hà Nội');
    expect(provinces.reduce((s, p) => s + p.wardCount, 0)).toBe(3321);
    expect(provinces.every((p) => p.wardCount > 0)).toBe(true);
  });

  it('wards of one province; unknown province is 404', async () => {
    const { province, wards } = await listProvinceWards(db, '20');
    expect(province).toEqual({ code: '20', name: 'Lạng Sơn' });
    expect(wards).toHaveLength(65);
    expect(wards).toContainEqual({ code: '06187', name: 'Phường Kỳ Lừa' });
    expect(wards).toContainEqual({ code: '05977', name: 'Phường Đông Kinh' });
    expect(wards.map((w) => w.code)).toEqual([...wards.map((w) => w.code)].sort());
    await expect(listProvinceWards(db, '99')).rejects.toMatchObject({ code: 'DIVISION_PROVINCE_NOT_FOUND', status: 404 });
  });

  it('looks up an old commune by name (with or without diacritics) or code', async () => {
    const byName = await lookUpWardMappings(db, { q: 'Yên Trạch Cao Lộc' });
    expect(byName).toEqual([
      {
        oldWardCode: '06247',
        oldWardName: 'Xã Yên Trạch',
        oldDistrictName: 'Huyện Cao Lộc',
        oldProvinceName: 'Tỉnh Lạng Sơn',
        newWardCode: '05977',
        newWardName: 'Phường Đông Kinh',
        newProvinceName: 'Lạng Sơn',
      },
    ]);
    expect(await lookUpWardMappings(db, { q: 'yen trach cao loc' })).toEqual(byName);
    // Words match the start of words: "yen" finds "Yên", not "Huyện".
    const yenTrach = await lookUpWardMappings(db, { q: 'Yên Trạch' });
    expect(yenTrach.length).toBeGreaterThan(1);
    const words = (m: (typeof yenTrach)[number]) => foldVietnamese(`${m.oldWardName} ${m.oldDistrictName} ${m.oldProvinceName}`).split(' ');
    expect(yenTrach.filter((m) => !words(m).some((w) => w.startsWith('yen')))).toEqual([]);
    expect(yenTrach.filter((m) => m.oldWardName === 'Xã Yên Trạch').length).toBeGreaterThan(1);
    expect((await lookUpWardMappings(db, { q: 'yen tr cao lo' })).map((m) => m.oldWardCode)).toEqual(['06247']);
    expect((await lookUpWardMappings(db, { oldCode: '06187' })).map((m) => [m.oldWardName, m.newWardName])).toEqual([['Thị trấn Cao Lộc', 'Phường Kỳ Lừa']]);
    const dongDang = await lookUpWardMappings(db, { q: 'thi tran dong dang' });
    expect(dongDang.map((m) => m.newWardName)).toEqual(['Xã Đồng Đăng']);
    const formedKyLua = await lookUpWardMappings(db, { newCode: '06187' });
    expect(formedKyLua.map((m) => m.oldWardName).sort()).toEqual(
      ['Phường Hoàng Văn Thụ', 'Thị trấn Cao Lộc', 'Xã Gia Cát', 'Xã Hợp Thành', 'Xã Tân Liên'].sort(),
    );
    expect(await lookUpWardMappings(db, { q: 'không tồn tại xyz' })).toEqual([]);
    expect(await lookUpWardMappings(db, { q: '%' })).toEqual([]);
    expect(await lookUpWardMappings(db, { q: 'phường', limit: 5 })).toHaveLength(5);
    await expect(lookUpWardMappings(db, { q: '   ' })).rejects.toMatchObject({ code: 'DIVISION_LOOKUP_EMPTY', status: 400 });
  });

  it('seeding is idempotent, and reloads everything when the tables were emptied', async () => {
    const before = await counts();
    expect(before[0]).toBe(34);
    expect(before[1]).toBe(3321);
    expect(before[2]).toBeGreaterThan(10000);
    await seedDivisions(db);
    expect(await counts()).toEqual(before);

    await db.delete(divisionWardMappings);
    await db.delete(divisionWards);
    await db.delete(divisionProvinces);
    expect(await counts()).toEqual([0, 0, 0]);
    const started = Date.now();
    await seedDivisions(db);
    const elapsed = Date.now() - started;
    expect(await counts()).toEqual(before);
    // It runs in every test template; a row-by-row load would take far longer.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('instantiates the agency tree of a real province, idempotently', async () => {
    const first = await instantiateProvince(db, systemActor, '20', { codePrefix: 'LSN' });
    expect(first.province).toMatchObject({ code: 'LSN', name: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province', divisionCode: '20' });
    expect(first.createdCommunes).toBe(65);
    const communes = await db.select().from(agencies).where(inSubtree(agencies.path, first.province.path));
    expect(communes).toHaveLength(66);
    expect(communes.find((a) => a.code === 'LSN-X-06187')).toMatchObject({
      name: 'Ủy ban nhân dân phường Kỳ Lừa',
      level: 'commune',
      parentId: first.province.id,
      divisionCode: '06187',
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(communes.find((a) => a.code === 'LSN-X-06211')?.name).toBe('Ủy ban nhân dân xã Cao Lộc');

    const again = await instantiateProvince(db, systemActor, '20', { codePrefix: 'LSN' });
    expect(again).toEqual({ province: first.province, createdCommunes: 0 });
    expect(await db.select({ n: count() }).from(agencies).where(inSubtree(agencies.path, first.province.path))).toEqual([{ n: 66 }]);

    const hanoi = await instantiateProvince(db, systemActor, '01', { codePrefix: 'HNI' });
    expect(hanoi.province.name).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(hanoi.createdCommunes).toBeGreaterThan(100);
  });

  it('refuses a prefix held by another agency, unknown provinces and non-admins', async () => {
    await createAgency(db, systemActor, { code: 'KHAC', name: 'Ủy ban nhân dân tỉnh Khác', level: 'province' });
    await expect(instantiateProvince(db, systemActor, '04', { codePrefix: 'KHAC' })).rejects.toMatchObject({ code: 'DIVISION_PROVINCE_AGENCY_MISMATCH', status: 409 });
    await expect(instantiateProvince(db, systemActor, '99', { codePrefix: 'XX' })).rejects.toMatchObject({ code: 'DIVISION_PROVINCE_NOT_FOUND' });
    await expect(instantiateProvince(db, systemActor, '04', { codePrefix: 'có dấu' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const lsn = (await db.select().from(agencies).where(eq(agencies.code, 'LSN')))[0]!;
    const { actor: subAdmin } = await userWithRole(db, 'admin', lsn.id);
    await expect(instantiateProvince(db, subAdmin, '04', { codePrefix: 'CBG' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.select().from(agencies).where(eq(agencies.code, 'CBG'))).toEqual([]);
  });
});
