import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { authorizeSelf } from './authorize';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword, verifyPassword } from './password-hash';
import { sessions, users } from './schema';
import { hashSessionToken } from './session-token';

export interface ChangeOwnPasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session to keep open; every other session of the user ends. */
  readonly currentToken?: string;
}

export async function changeOwnPassword(db: Executor, actor: Actor, input: ChangeOwnPasswordInput): Promise<void> {
  const userId = authorizeSelf(actor);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_CURRENT_PASSWORD');
  }
  assertPasswordPolicy(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await tx
      .delete(sessions)
      .where(
        input.currentToken
          ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashSessionToken(input.currentToken)))
          : eq(sessions.userId, userId),
      );
  });
}
