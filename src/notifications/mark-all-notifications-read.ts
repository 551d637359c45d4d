import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorizeSelf } from '../accounts/authorize';
import type { Executor } from '../db/types';
import type { Clock } from '../shared/clock';
import { notifications } from './schema';

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(db: Executor, actor: Actor, clock: Clock): Promise<{ updated: number }> {
  const userId = authorizeSelf(actor);
  const rows = await db
    .update(notifications)
    .set({ readAt: clock.now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
