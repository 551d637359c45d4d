import { defineErrors } from '../shared/error-catalogue';

export const agencyErrors = defineErrors({
  AGENCY_NOT_FOUND: { status: 404, message: 'Không tìm thấy cơ quan, đơn vị {ref}.' },
  AGENCY_PARENT_NOT_FOUND: { status: 400, message: 'Không tìm thấy cơ quan cấp trên {ref}.' },
  AGENCY_CODE_TAKEN: { status: 409, message: 'Mã cơ quan, đơn vị {code} đã được sử dụng.' },
  AGENCY_LEVEL_NOT_ALLOWED: {
    status: 400,
    message: 'Không thể đặt đơn vị {level} trực thuộc đơn vị {parentLevel}.',
  },
  AGENCY_ROOT_LEVEL: { status: 400, message: 'Cơ quan không có cấp trên phải là cơ quan cấp tỉnh.' },
  AGENCY_MOVE_CYCLE: {
    status: 400,
    message: 'Không thể chuyển cơ quan {code} vào chính nó hoặc một đơn vị trực thuộc của nó.',
  },
  AGENCY_INVALID_VALIDITY: {
    status: 400,
    message: 'Ngày hết hiệu lực ({validTo}) không được trước ngày bắt đầu hiệu lực ({validFrom}).',
  },
  AGENCY_OUTSIDE_PARENT_VALIDITY: {
    status: 400,
    message: 'Thời gian hiệu lực của đơn vị phải nằm trong thời gian hiệu lực của cơ quan cấp trên {parentCode} ({parentFrom} – {parentTo}).',
  },
  AGENCY_SUCCESSION_SELF: { status: 400, message: 'Một cơ quan không thể kế thừa chính nó.' },
  AGENCY_SUCCESSION_CYCLE: {
    status: 400,
    message: 'Không thể ghi nhận kế thừa: {successor} đã (trực tiếp hoặc gián tiếp) được {predecessor} kế thừa.',
  },
  AGENCY_ALREADY_SUCCEEDED: { status: 409, message: 'Cơ quan {code} đã có đơn vị kế thừa.' },
  AGENCY_SUCCESSION_DATE: {
    status: 400,
    message: 'Ngày kế thừa {date} phải sau ngày bắt đầu hiệu lực của {code} ({validFrom}).',
  },
  AGENCY_SUCCESSION_OVERLAP: {
    status: 400,
    message: 'Cơ quan {code} còn hiệu lực đến {validTo}, sau ngày kế thừa {date}.',
  },
  AGENCY_SUCCESSOR_NOT_VALID: {
    status: 400,
    message: 'Đơn vị kế thừa {code} không có hiệu lực vào ngày {date}.',
  },
  DIVISION_PROVINCE_NOT_FOUND: { status: 404, message: 'Không tìm thấy tỉnh, thành phố có mã {code}.' },
  DIVISION_LOOKUP_EMPTY: { status: 400, message: 'Nhập tên hoặc mã xã, phường cũ để tra cứu.' },
  DIVISION_PROVINCE_AGENCY_MISMATCH: {
    status: 409,
    message: 'Mã {code} đang được dùng cho một cơ quan khác, không phải Ủy ban nhân dân {province}.',
  },
});
