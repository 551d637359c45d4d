import { defineErrors } from '../shared/error-catalogue';

export const dossierErrors = defineErrors({
  DOSSIER_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ {code}.' },
  DOSSIER_INVALID_TRANSITION: {
    status: 409,
    message: 'Không thể thực hiện "{action}" khi hồ sơ đang ở trạng thái "{status}".',
  },
  DOSSIER_STALE: {
    status: 409,
    message: 'Hồ sơ đã được người khác cập nhật (phiên bản {expected} → {actual}). Vui lòng tải lại hồ sơ rồi thực hiện lại.',
  },
  DOSSIER_INVALID_ID_NUMBER: {
    status: 400,
    message: 'Số định danh không hợp lệ: công dân cần 12 chữ số, doanh nghiệp cần mã số 10 chữ số (hoặc 10-3 chữ số).',
  },
  DOSSIER_INVALID_PHONE: { status: 400, message: 'Số điện thoại không hợp lệ (ví dụ hợp lệ: 0912345678).' },
  DOSSIER_PROCEDURE_UNAVAILABLE: {
    status: 400,
    message: 'Thủ tục {code} không còn được áp dụng hoặc không có phiên bản hiệu lực.',
  },
  DOSSIER_NO_WORKFLOW: { status: 400, message: 'Thủ tục {code} chưa có quy trình xử lý cho {agency}.' },
  DOSSIER_MISSING_REQUIRED_COMPONENTS: {
    status: 400,
    message: 'Hồ sơ còn thiếu thành phần bắt buộc: {names}. Hãy chọn "Yêu cầu bổ sung" thay vì tiếp nhận.',
  },
  DOSSIER_REASON_REQUIRED: { status: 400, message: 'Cần nêu lý do ({what}).' },
  DOSSIER_STEP_NOT_FOUND: { status: 404, message: 'Không tìm thấy bước xử lý {id} của hồ sơ.' },
  DOSSIER_STEP_NOT_ACTIVE: { status: 409, message: 'Bước "{name}" không ở trạng thái đang xử lý.' },
  DOSSIER_STEP_NOT_HOLDER: { status: 403, message: 'Bạn không phải người đang xử lý bước "{name}".' },
  DOSSIER_NO_PREVIOUS_STEP: { status: 409, message: 'Bước "{name}" là bước đầu tiên, không thể trả lại.' },
  DOSSIER_STEPS_PENDING: {
    status: 409,
    message: 'Chưa thể ghi nhận kết quả: còn bước xử lý chưa hoàn thành ({names}).',
  },
  DOSSIER_APOLOGY_ALREADY_ISSUED: { status: 409, message: 'Hồ sơ đã có văn bản xin lỗi và hẹn lại; chỉ được hẹn lại một lần.' },
  DOSSIER_APOLOGY_NOT_NEEDED: {
    status: 409,
    message: 'Hồ sơ chưa quá hạn và còn hơn một ngày làm việc: chưa cần văn bản xin lỗi.',
  },
  DOSSIER_APOLOGY_DATE_INVALID: { status: 400, message: 'Ngày hẹn mới phải sau hạn giải quyết hiện tại ({due}).' },
  DOSSIER_SIGNED_AT_INVALID: {
    status: 400,
    message: 'Thời điểm ký kết quả phải sau thời điểm tiếp nhận và không được ở tương lai.',
  },
  DOSSIER_ASSIGNEE_INVALID: { status: 400, message: 'Cán bộ được giao không nhận được bước này: phải đang làm việc, thuộc đơn vị xử lý của bước và có vai trò phù hợp.' },
  DOSSIER_LOOKUP_FAILED: {
    status: 404,
    message: 'Không tìm thấy hồ sơ với mã và số điện thoại đã nhập. Vui lòng kiểm tra lại.',
  },
  DOSSIER_FILE_INVALID: { status: 400, message: 'Tệp đính kèm không hợp lệ: {detail}' },
  DOSSIER_FORM_UNAVAILABLE: { status: 409, message: 'Mẫu {form} không áp dụng cho hồ sơ ở trạng thái hiện tại.' },
});
