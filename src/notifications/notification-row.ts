import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { dossiers } from '../dossiers/schema';
import { notifications } from './schema';

/** The columns a notification is shown with, its dossier's code included. */
export const notificationColumns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  dossierId: notifications.dossierId,
  dossierCode: dossiers.code,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

export function selectNotifications(db: Executor) {
  return db.select(notificationColumns).from(notifications).leftJoin(dossiers, eq(dossiers.id, notifications.dossierId));
}
