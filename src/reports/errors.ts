import { defineErrors } from '../shared/error-catalogue';

export const reportErrors = defineErrors({
  LATE_INVALID_MONTH: { status: 400, message: 'Tháng báo cáo "{month}" không hợp lệ (định dạng YYYY-MM).' },
  LATE_MONTH_NOT_ENDED: { status: 400, message: 'Tháng {month} chưa kết thúc: danh sách hồ sơ, cán bộ trễ hạn chỉ được công khai sau khi hết tháng.' },
  LATE_CLI_USAGE: { status: 400, message: '{detail}' },
  REPORT_INVALID_PERIOD: { status: 400, message: 'Kỳ báo cáo không hợp lệ: từ {from} đến {to} (định dạng YYYY-MM-DD, ngày bắt đầu không sau ngày kết thúc).' },
  REPORT_INVALID_PRESET: { status: 400, message: 'Kỳ báo cáo {preset} số {index} không hợp lệ (từ 1 đến {max}).' },
  REPORT_INVALID_CELL: { status: 400, message: 'Ô số liệu "{cell}" không tồn tại trong báo cáo.' },
  REPORT_SNAPSHOT_NOT_FOUND: { status: 404, message: 'Không tìm thấy báo cáo đã công bố #{id}.' },
  REPORT_ALREADY_PUBLISHED: { status: 409, message: 'Báo cáo kỳ này đã được công bố (#{id}); số liệu công bố không thể sửa.' },
  REPORT_PERIOD_REQUIRED: { status: 400, message: 'Cần chọn kỳ báo cáo: từ ngày và đến ngày (from, to), hoặc một kỳ định sẵn (period, year, index) — không dùng cả hai.' },
  REPORT_OUTPUT_REQUIRED: { status: 400, message: 'Định dạng {format} là tệp nhị phân: cần chỉ định tệp kết quả bằng --out TỆP.' },
  REPORT_CLI_USAGE: { status: 400, message: '{detail}' },
  IMPORT_REJECTED: { status: 400, message: 'Tệp nhập có {count} dòng lỗi; không có dữ liệu nào được ghi. Sửa các dòng được liệt kê rồi nhập lại.' },
  IMPORT_EMPTY: { status: 400, message: 'Tệp nhập không có dòng dữ liệu nào.' },
  IMPORT_CLI_USAGE: { status: 400, message: '{detail}' },
  DASHBOARD_PERIOD_TOO_LONG: { status: 400, message: 'Bảng điều khiển hiển thị tối đa {max} tháng (kỳ đã chọn có {months} tháng); hãy chọn kỳ ngắn hơn.' },
  REPORT_PERIOD_NOT_ENDED: { status: 400, message: 'Kỳ báo cáo đến hết ngày {to} chưa kết thúc: chỉ công bố số liệu sau khi hết kỳ.' },
});
