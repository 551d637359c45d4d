import { z } from 'zod';
import { notificationKinds } from './notification-kinds';

export const notificationSchema = z.object({
  id: z.number(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  dossierId: z.number().nullable(),
  dossierCode: z.string().nullable().describe('Mã hồ sơ liên quan (để mở hồ sơ)'),
  createdAt: z.date(),
  readAt: z.date().nullable().describe('Thời điểm đã đọc; null khi chưa đọc'),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const listNotificationsQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('Chỉ lấy thông báo chưa đọc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListNotificationsInput = z.output<typeof listNotificationsQuery>;

export const listNotificationsResponse = z.object({
  items: z.array(notificationSchema),
  total: z.number().describe('Số thông báo khớp bộ lọc'),
  unread: z.number().describe('Số thông báo chưa đọc'),
  page: z.number(),
  pageSize: z.number(),
});

export const notificationIdParams = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const markAllReadResponse = z.object({ updated: z.number().describe('Số thông báo vừa được đánh dấu đã đọc') });
