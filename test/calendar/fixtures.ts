import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/types';
import { agencies } from '../../src/agencies/schema';
import { sessions, userRoles, users } from '../../src/accounts/schema';
import { hashSessionToken, newSessionToken } from '../../src/accounts/session-token';
import type { Role } from '../../src/accounts/roles';

export async function insertAgency(
  db: Db,
  a: { code: string; name: string; level: 'province' | 'department' | 'commune' | 'unit'; parentId?: number },
): Promise<{ id: number; path: string }> {
  const parentPath = a.parentId
    ? (await db.select({ path: agencies.path }).from(agencies).where(eq(agencies.id, a.parentId)))[0]!.path
    : '/';
  const [row] = await db
    .insert(agencies)
    .values({ code: a.code, name: a.name, level: a.level, parentId: a.parentId ?? null, path: '/' })
    .returning({ id: agencies.id });
  const path = `${parentPath}${row!.id}/`;
  await db.update(agencies).set({ path }).where(eq(agencies.id, row!.id));
  return { id: row!.id, path };
}

/** A user holding one role (over an agency subtree or everything) and a live session token for it. */
export async function insertSignedInUser(
  db: Db,
  username: string,
  role: Role,
  agencyId: number | null = null,
): Promise<{ id: number; token: string }> {
  const [u] = await db.insert(users).values({ username, fullName: `Người dùng ${username}`, agencyId }).returning({ id: users.id });
  await db.insert(userRoles).values({ userId: u!.id, role, agencyId });
  const token = newSessionToken();
  await db.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId: u!.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return { id: u!.id, token };
}
