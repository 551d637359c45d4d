import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { users } from '../accounts/schema';
import { AppError } from '../shared/errors';

export async function findUserId(db: Executor, username: string): Promise<number> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!u) throw new AppError('DOSSIER_ASSIGNEE_INVALID');
  return u.id;
}
