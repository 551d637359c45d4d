import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { sessions, userRoles, users } from './schema';
import type { Actor } from './actor';
import { hashSessionToken } from './session-token';

/** The actor behind a session token, or null when the session is unknown, expired or the user inactive. */
export async function resolveActor(db: Executor, token: string, now = new Date()): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id, username: users.username, active: users.active, trainingMode: users.trainingMode })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSessionToken(token)), gt(sessions.expiresAt, now)));
  if (!row || !row.active) return null;
  return loadActor(db, row);
}

export async function loadActor(
  db: Executor,
  user: { id: number; username: string; trainingMode: boolean },
): Promise<Actor> {
  const grants = await db
    .select({ role: userRoles.role, agencyId: userRoles.agencyId, agencyPath: agencies.path })
    .from(userRoles)
    .leftJoin(agencies, eq(agencies.id, userRoles.agencyId))
    .where(eq(userRoles.userId, user.id));
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    trainingMode: user.trainingMode,
    grants: grants.map((g) => ({ role: g.role, agencyId: g.agencyId, agencyPath: g.agencyPath })),
  };
}
