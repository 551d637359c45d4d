import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorizeSelf } from '../accounts/authorize';
import type { Executor } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { selectNotifications } from './notification-row';
import type { NotificationDto } from './notification-schemas';
import { notifications } from './schema';

/** Marks one of the user's own notifications read; reading it again keeps the first read time. */
export async function markNotificationRead(db: Executor, actor: Actor, clock: Clock, id: number): Promise<NotificationDto> {
  const userId = authorizeSelf(actor);
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${clock.now()})` })
    .where(mine)
    .returning({ id: notifications.id });
  // Someone else's notification looks the same as a missing one.
  if (updated.length === 0) throw new AppError('NOTIFICATION_NOT_FOUND', { id });
  const [row] = await selectNotifications(db).where(mine);
  return row!;
}
