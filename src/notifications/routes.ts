import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { listNotifications } from './list-notifications';
import { markAllNotificationsRead } from './mark-all-notifications-read';
import { markNotificationRead } from './mark-notification-read';
import {
  listNotificationsQuery,
  listNotificationsResponse,
  markAllReadResponse,
  notificationIdParams,
  notificationSchema,
} from './notification-schemas';

const TAG = 'Thông báo';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

export const registerNotificationRoutes: RegisterRoutes = (app, { db, clock }) => {
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [TAG],
        summary: 'Thông báo của tôi (mới nhất trước), kèm số thông báo chưa đọc',
        security,
        querystring: listNotificationsQuery,
        response: { 200: listNotificationsResponse },
      },
    },
    async (request) => listNotifications(db, actorOf(request), request.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [TAG],
        summary: 'Đánh dấu một thông báo đã đọc',
        security,
        params: notificationIdParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => markNotificationRead(db, actorOf(request), clock, request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: 'signed-in' },
      schema: { tags: [TAG], summary: 'Đánh dấu tất cả thông báo đã đọc', security, response: { 200: markAllReadResponse } },
    },
    async (request) => markAllNotificationsRead(db, actorOf(request), clock),
  );
};
