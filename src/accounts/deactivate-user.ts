import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { loadAccountFootprint } from './account-footprint';
import { sessions, users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

/** Disables an account and ends its sessions at once; the record stays for history. */
export async function deactivateUser(db: Executor, actor: Actor, input: { userId: number }): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  if (input.userId === actor.userId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  assertCanManageAccount(actor, (await loadAccountFootprint(db, input.userId)).paths);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ active: false }).where(eq(users.id, input.userId));
    await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await recordAudit(tx, { type: 'USER_DEACTIVATED', actorId: actor.userId, subject: `user:${input.userId}` });
  });
  return loadUserProfile(db, input.userId);
}
