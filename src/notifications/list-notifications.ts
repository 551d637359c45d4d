import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorizeSelf } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { selectNotifications } from './notification-row';
import type { ListNotificationsInput, NotificationDto } from './notification-schemas';
import { notifications } from './schema';

export interface NotificationPage {
  readonly items: NotificationDto[];
  readonly total: number;
  readonly unread: number;
  readonly page: number;
  readonly pageSize: number;
}

/** The signed-in user's own notifications, newest first, with their unread count. */
export async function listNotifications(db: Executor, actor: Actor, input: ListNotificationsInput): Promise<NotificationPage> {
  const userId = authorizeSelf(actor);
  const mine = eq(notifications.userId, userId);
  const where = input.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`,
    })
    .from(notifications)
    .where(mine);
  const items = await selectNotifications(db)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const unread = counts?.unread ?? 0;
  return {
    items,
    total: input.unreadOnly ? unread : (counts?.total ?? 0),
    unread,
    page: input.page,
    pageSize: input.pageSize,
  };
}
