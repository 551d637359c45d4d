import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/types';
import { agencies } from '../../src/agencies/schema';
import { users } from '../../src/accounts/schema';
import { loadActor } from '../../src/accounts/resolve-actor';
import type { Actor } from '../../src/accounts/actor';

type Level = 'province' | 'department' | 'district' | 'commune' | 'unit';

/** Inserts an agency under `parentId` and gives it its materialised path `/<ids>/`. */
export async function insertAgency(
  db: Db,
  a: { code: string; name: string; level: Level; parentId?: number; validTo?: string },
): Promise<{ id: number; path: string }> {
  const parentPath = a.parentId
    ? (await db.select({ path: agencies.path }).from(agencies).where(eq(agencies.id, a.parentId)))[0]!.path
    : '/';
  const [row] = await db
    .insert(agencies)
    .values({ code: a.code, name: a.name, level: a.level, parentId: a.parentId ?? null, path: '/', validTo: a.validTo ?? null })
    .returning({ id: agencies.id });
  const path = `${parentPath}${row!.id}/`;
  await db.update(agencies).set({ path }).where(eq(agencies.id, row!.id));
  return { id: row!.id, path };
}

/** The part of the demo province the demo accounts need, with the agreed codes. */
export async function insertDemoAgencies(db: Db) {
  const ls = await insertAgency(db, { code: 'LS', name: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province' });
  const center = await insertAgency(db, {
    code: 'LS-TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    level: 'department',
    parentId: ls.id,
  });
  const sxd = await insertAgency(db, { code: 'LS-SXD', name: 'Sở Xây dựng', level: 'department', parentId: ls.id });
  const qlxd = await insertAgency(db, { code: 'LS-SXD-QLXD', name: 'Phòng Quản lý xây dựng', level: 'unit', parentId: sxd.id });
  const stp = await insertAgency(db, { code: 'LS-STP', name: 'Sở Tư pháp', level: 'department', parentId: ls.id });
  const district = await insertAgency(db, {
    code: 'LS-H-CL',
    name: 'Huyện Cao Lộc',
    level: 'district',
    parentId: ls.id,
    validTo: '2025-06-30',
  });
  const oldCommune = await insertAgency(db, {
    code: 'LS-X-00001',
    name: 'Xã cũ (đã sáp nhập)',
    level: 'commune',
    parentId: district.id,
    validTo: '2025-06-30',
  });
  const ward = await insertAgency(db, { code: 'LS-X-06937', name: 'Phường Lương Văn Tri', level: 'commune', parentId: ls.id });
  const wardOffice = await insertAgency(db, {
    code: 'LS-X-06937-VP',
    name: 'Văn phòng HĐND và UBND',
    level: 'unit',
    parentId: ward.id,
  });
  const ward2 = await insertAgency(db, { code: 'LS-X-06940', name: 'Phường Tam Thanh', level: 'commune', parentId: ls.id });
  return { ls, center, sxd, qlxd, stp, district, oldCommune, ward, wardOffice, ward2 };
}

export async function actorFor(db: Db, username: string): Promise<Actor> {
  const [u] = await db
    .select({ id: users.id, username: users.username, trainingMode: users.trainingMode })
    .from(users)
    .where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return loadActor(db, u);
}
