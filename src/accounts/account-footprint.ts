import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { userRoles, users } from './schema';
import type { GrantInput } from './role-grants';

/** Materialised paths of the given agencies (null stays null); an unknown id is a 404. */
export async function agencyPathsOf(db: Executor, ids: readonly (number | null)[]): Promise<(string | null)[]> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows = wanted.length
    ? await db.select({ id: agencies.id, path: agencies.path }).from(agencies).where(inArray(agencies.id, wanted))
    : [];
  const paths = new Map(rows.map((r) => [r.id, r.path]));
  return ids.map((id) => {
    if (id === null) return null;
    const path = paths.get(id);
    if (path === undefined) throw new AppError('NOT_FOUND', { what: `cơ quan #${id}` });
    return path;
  });
}

export interface AccountFootprint {
  readonly id: number;
  readonly username: string;
  readonly agencyId: number | null;
  readonly grants: GrantInput[];
  /** The account's agency and each grant's agency: what an admin must cover to manage it. */
  readonly paths: (string | null)[];
}

export async function loadAccountFootprint(db: Executor, userId: number): Promise<AccountFootprint> {
  const [user] = await db
    .select({ id: users.id, username: users.username, agencyId: users.agencyId })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError('NOT_FOUND', { what: `người dùng #${userId}` });
  const grants = await db
    .select({ role: userRoles.role, agencyId: userRoles.agencyId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  const paths = await agencyPathsOf(db, [user.agencyId, ...grants.map((g) => g.agencyId)]);
  return { ...user, grants, paths };
}
