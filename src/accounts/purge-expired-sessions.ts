import { lte } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { sessions } from './schema';

/** Deletes every expired session (they are already refused); returns how many went. For a periodic job. */
export async function purgeExpiredSessions(db: Executor, now = new Date()): Promise<number> {
  const deleted = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ h: sessions.tokenHash });
  return deleted.length;
}
