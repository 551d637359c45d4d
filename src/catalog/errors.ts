import { defineErrors } from '../shared/error-catalogue';

export const catalogErrors = defineErrors({
  PROCEDURE_NOT_FOUND: { status: 404, message: 'Không tìm thấy thủ tục hành chính mã {code}.' },
  PROCEDURE_VERSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiên bản {version} của thủ tục {code}.' },
  PROCEDURE_CODE_TAKEN: { status: 409, message: 'Mã thủ tục {code} đã tồn tại trong danh mục.' },
  PROCEDURE_ABOLISHED: {
    status: 409,
    message: 'Thủ tục {code} đã bị bãi bỏ nên không thể sửa đổi hay thiết lập quy trình.',
  },
  PROCEDURE_FIELD_NOT_FOUND: { status: 400, message: 'Không có lĩnh vực mã {code} trong danh mục.' },
  PROCEDURE_FIELD_CODE_TAKEN: { status: 409, message: 'Mã lĩnh vực {code} đã tồn tại.' },
  CATALOG_AGENCY_NOT_FOUND: { status: 400, message: 'Không có cơ quan {ref} trong hệ thống.' },
  IMPLEMENTING_AGENCY_REQUIRED: {
    status: 400,
    message: 'Cần chọn cơ quan thực hiện hoặc ghi tên cơ quan thực hiện thủ tục.',
  },
  PUBLISHED_DURATION_EXCEEDS_LEGAL: {
    status: 400,
    message: 'Thời hạn giải quyết công bố ({published}) không được dài hơn thời hạn theo quy định ({legal}).',
  },
  DURATION_PRECISION: {
    status: 400,
    message: 'Thời hạn {what} phải lớn hơn 0 và có tối đa hai chữ số thập phân (nhận được {value}).',
  },
  WORKFLOW_EMPTY: { status: 400, message: 'Quy trình xử lý phải có ít nhất một bước.' },
  WORKFLOW_STEP_TIME_INVALID: {
    status: 400,
    message: 'Bước {position} ("{name}") phải có thời gian thực hiện lớn hơn 0, tối đa hai chữ số thập phân.',
  },
  WORKFLOW_STAGE_ORDER: {
    status: 400,
    message:
      'Bước {position} ("{name}") thuộc giai đoạn {stage} nhưng đứng sau giai đoạn {previous}: các bước phải xếp theo thứ tự giai đoạn tăng dần.',
  },
  WORKFLOW_TOTAL_MISMATCH: {
    status: 400,
    message:
      'Tổng thời gian các bước của quy trình là {sum}, không khớp với thời hạn giải quyết công bố {expected} (các bước song song trong cùng giai đoạn tính theo bước dài nhất).',
  },
  WORKFLOW_DUPLICATE_AGENCY: {
    status: 400,
    message: 'Thủ tục {code} có hai quy trình cho cùng cơ quan tiếp nhận {agency}.',
  },
  CATALOG_IMPORT_INVALID: {
    status: 400,
    message: 'Tệp danh mục có {count} lỗi nên chưa ghi dữ liệu nào. Xem chi tiết từng dòng và sửa lại tệp.',
  },
  CATALOG_FILE_UNREADABLE: { status: 400, message: 'Không đọc được tệp danh mục: {detail}' },
});
