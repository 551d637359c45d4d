import { defineErrors } from './error-catalogue';

export const commonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu không hợp lệ: {detail}' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy {what}.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không có địa chỉ {method} {url}.' },
  UNAUTHENTICATED: { status: 401, message: 'Vui lòng đăng nhập để tiếp tục.' },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  CONFLICT: { status: 409, message: 'Dữ liệu đã bị người khác thay đổi, vui lòng tải lại và thử lại.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn.' },
  RATE_LIMITED: { status: 429, message: 'Quá nhiều yêu cầu, vui lòng thử lại sau.' },
  DB_LOCKED: {
    status: 503,
    message: 'Thư mục dữ liệu {dir} đang được một tiến trình khác sử dụng. Hãy dừng tiến trình đó trước.',
  },
  DB_UNREACHABLE: { status: 503, message: 'Không kết nối được cơ sở dữ liệu: {detail}' },
  INTERNAL: { status: 500, message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.' },
});
