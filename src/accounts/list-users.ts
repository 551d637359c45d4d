import { and, asc, count, eq, exists, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { visibleSubtrees } from './admin-scope';
import { agencyPathsOf } from './account-footprint';
import type { Role } from './roles';
import { userRoles, users } from './schema';
import { loadUserProfiles, type UserProfile } from './user-profile';

export interface ListUsersInput {
  /** Only users of this agency and the agencies below it. */
  readonly agencyId?: number;
  readonly role?: Role;
  /** Matches username, full name or email. */
  readonly search?: string;
  readonly active?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface UserPage {
  readonly items: UserProfile[];
  readonly total: number;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Users an admin may see: everyone for a whole-system admin, else those of their subtrees. */
export async function listUsers(db: Executor, actor: Actor, input: ListUsersInput = {}): Promise<UserPage> {
  authorize(actor, { anyOf: ['admin'] });
  const conditions: SQL[] = [];
  const subtrees = visibleSubtrees(actor);
  if (subtrees !== null) {
    conditions.push(or(...subtrees.map((p) => like(agencies.path, `${p}%`))) ?? eq(users.id, -1));
  }
  if (input.agencyId !== undefined) {
    const [path] = await agencyPathsOf(db, [input.agencyId]);
    // Asking for a subtree outside one's own is refused rather than silently empty.
    authorize(actor, { anyOf: ['admin'], agencyPath: path! });
    conditions.push(like(agencies.path, `${path}%`));
  }
  if (input.role !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: userRoles.userId })
          .from(userRoles)
          .where(and(eq(userRoles.userId, users.id), eq(userRoles.role, input.role))),
      ),
    );
  }
  const search = input.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.fullName, pattern), ilike(users.email, pattern))!);
  }
  if (input.active !== undefined) conditions.push(eq(users.active, input.active));
  const where = and(...conditions);

  const [totalRow] = await db
    .select({ n: count() })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(where);
  const ids = await db
    .select({ id: users.id })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(input.limit ?? 50)
    .offset(input.offset ?? 0);
  return { items: await loadUserProfiles(db, ids.map((r) => r.id)), total: totalRow?.n ?? 0 };
}
