import type { Actor } from '../../src/accounts/actor';
import type { Role } from '../../src/accounts/roles';
import { loadActor } from '../../src/accounts/resolve-actor';
import { sessions, userRoles, users } from '../../src/accounts/schema';
import { hashSessionToken, newSessionToken } from '../../src/accounts/session-token';
import type { Db } from '../../src/db/types';

let seq = 0;

/** A user holding one role (over an agency subtree or the whole system), its actor and a session token. */
export async function userWithRole(db: Db, role: Role, agencyId: number | null = null): Promise<{ actor: Actor; token: string }> {
  seq += 1;
  const [user] = await db
    .insert(users)
    .values({ username: `agency-test-${role}-${seq}-${Date.now()}`, fullName: `Người thử ${seq}` })
    .returning({ id: users.id, username: users.username, trainingMode: users.trainingMode });
  await db.insert(userRoles).values({ userId: user!.id, role, agencyId });
  const token = newSessionToken();
  await db.insert(sessions).values({
    tokenHash: hashSessionToken(token),
    userId: user!.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return { actor: await loadActor(db, user!), token };
}
