import { defineErrors } from '../shared/error-catalogue';

export const accountErrors = defineErrors({
  LOGIN_FAILED: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  ACCOUNT_LOCKED: {
    status: 423,
    message:
      'Tài khoản tạm thời bị khóa do đăng nhập sai {attempts} lần liên tiếp. Vui lòng thử lại sau {until} (giờ Việt Nam).',
  },
  ACCOUNT_DISABLED: { status: 403, message: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.' },
  PASSWORD_TOO_WEAK: {
    status: 400,
    message: 'Mật khẩu phải có ít nhất {min} ký tự, gồm cả chữ cái và chữ số.',
  },
  PASSWORD_TOO_LONG: { status: 400, message: 'Mật khẩu không được dài quá {max} ký tự.' },
  WRONG_CURRENT_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  USERNAME_INVALID: {
    status: 400,
    message:
      'Tên đăng nhập phải dài 3–50 ký tự, bắt đầu bằng chữ cái hoặc chữ số, chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -',
  },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập "{username}" đã được sử dụng.' },
  ROLE_DUPLICATED: { status: 400, message: 'Vai trò "{role}" được khai báo nhiều lần cho cùng một người dùng.' },
  CITIZEN_ROLE_WITH_AGENCY: { status: 400, message: 'Vai trò công dân, tổ chức không gắn với cơ quan nào.' },
  CANNOT_DEACTIVATE_SELF: { status: 400, message: 'Không thể tự vô hiệu hóa tài khoản của chính mình.' },
  CANNOT_REMOVE_OWN_ADMIN: {
    status: 400,
    message: 'Không thể tự thu hồi quyền quản trị của chính mình; hãy nhờ một quản trị viên khác.',
  },
});
