import { defineErrors } from '../shared/error-catalogue';

export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy thông báo {id}.' },
});
