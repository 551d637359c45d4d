import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { loadAccountFootprint } from './account-footprint';
import { users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

/** Re-enables a deactivated account (and lifts any sign-in lock). */
export async function activateUser(db: Executor, actor: Actor, input: { userId: number }): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  assertCanManageAccount(actor, (await loadAccountFootprint(db, input.userId)).paths);
  await db
    .update(users)
    .set({ active: true, failedLogins: 0, lockedUntil: null })
    .where(eq(users.id, input.userId));
  await recordAudit(db, { type: 'USER_ACTIVATED', actorId: actor.userId, subject: `user:${input.userId}` });
  return loadUserProfile(db, input.userId);
}
