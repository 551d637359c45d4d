import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { dossiers } from '../dossiers/schema';
import type { NotificationKind } from './notification-kinds';

/** Messages to one user (deadline warnings …), shown in their notification list until read. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    dossierId: integer().references(() => dossiers.id),
    kind: text().notNull().$type<NotificationKind>(),
    /**
     * What the notification is about, e.g. `step:123@<due ms>`: with the user and kind it makes the
     * notification unique, so a sweep run twice never repeats it while a new due time warns again.
     */
    ref: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_user_kind_ref_uq').on(t.userId, t.kind, t.ref),
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_user_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    index('notifications_dossier_idx').on(t.dossierId),
  ],
);
