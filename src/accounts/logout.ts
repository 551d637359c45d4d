import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from './actor';
import { authorizeSelf } from './authorize';
import { sessions } from './schema';
import { hashSessionToken } from './session-token';

/** Ends the session of this token (only if it belongs to the actor). */
export async function logout(db: Executor, actor: Actor, input: { token: string }): Promise<void> {
  const userId = authorizeSelf(actor);
  await db.transaction(async (tx) => {
    await tx
      .delete(sessions)
      .where(and(eq(sessions.tokenHash, hashSessionToken(input.token)), eq(sessions.userId, userId)));
    await recordAudit(tx, { type: 'USER_LOGGED_OUT', actorId: userId, subject: `user:${userId}` });
  });
}
