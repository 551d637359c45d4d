import { defineErrors } from '../shared/error-catalogue';

export const calendarErrors = defineErrors({
  CALENDAR_INVALID_DATE: { status: 400, message: 'Ngày không hợp lệ: {value} (định dạng YYYY-MM-DD).' },
  CALENDAR_INVALID_INSTANT: {
    status: 400,
    message: 'Thời điểm không hợp lệ: {value} (định dạng ISO 8601, ví dụ 2026-02-13T09:00:00+07:00).',
  },
  CALENDAR_YEAR_OUT_OF_RANGE: { status: 400, message: 'Năm {year} nằm ngoài phạm vi hỗ trợ ({min}–{max}).' },
  CALENDAR_DATE_OUTSIDE_YEAR: { status: 400, message: 'Ngày {date} không thuộc năm {year}.' },
  CALENDAR_DAY_OFF_NOT_WEEKDAY: {
    status: 400,
    message: 'Ngày nghỉ {date} phải là một ngày từ thứ Hai đến thứ Sáu (thứ Bảy, Chủ nhật vốn đã là ngày nghỉ).',
  },
  CALENDAR_NOT_SATURDAY: { status: 400, message: 'Ngày {date} không phải thứ Bảy: chỉ có thể làm việc bù vào thứ Bảy.' },
  CALENDAR_DUPLICATE_DATE: { status: 400, message: 'Ngày {date} được khai báo nhiều lần.' },
  CALENDAR_INVALID_DURATION: { status: 400, message: 'Thời hạn giải quyết không hợp lệ: {detail}.' },
  CALENDAR_INVALID_WORKING_HOURS: { status: 400, message: 'Giờ làm việc không hợp lệ: {detail}.' },
  CALENDAR_NO_WORKING_DAY: {
    status: 422,
    message: 'Không có ngày làm việc nào trong {days} ngày kể từ {date}; hãy kiểm tra lịch nghỉ đã khai báo.',
  },
  CALENDAR_CLOCK_ALREADY_PAUSED: { status: 409, message: 'Thời hạn xử lý đang tạm dừng, không thể tạm dừng thêm lần nữa.' },
  CALENDAR_CLOCK_NOT_PAUSED: { status: 409, message: 'Thời hạn xử lý không ở trạng thái tạm dừng nên không thể tiếp tục.' },
  CALENDAR_CLOCK_TIME_BEFORE: {
    status: 400,
    message: 'Thời điểm {what} ({at}) không được trước thời điểm {previous} ({before}).',
  },
  CALENDAR_CLI_USAGE: { status: 400, message: '{detail}' },
});
