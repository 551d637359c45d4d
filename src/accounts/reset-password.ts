import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { loadAccountFootprint } from './account-footprint';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword } from './password-hash';
import { sessions, users } from './schema';

/** An admin sets a new password: the lock is lifted and every open session of the user ends. */
export async function resetPassword(db: Executor, actor: Actor, input: { userId: number; newPassword: string }): Promise<void> {
  authorize(actor, { anyOf: ['admin'] });
  assertCanManageAccount(actor, (await loadAccountFootprint(db, input.userId)).paths);
  assertPasswordPolicy(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, input.userId));
    await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await recordAudit(tx, { type: 'USER_PASSWORD_RESET', actorId: actor.userId, subject: `user:${input.userId}` });
  });
}
