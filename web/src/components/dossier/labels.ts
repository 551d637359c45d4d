import type { DossierStatus, ReturnMethod, Urgency } from './types';

/**
 * Vietnamese labels and colours of the dossier vocabularies. The labels are copies of the server's
 * (src/dossiers/vocabulary.ts, src/accounts/roles.ts, src/calendar/duration.ts);
 * test/web/office-labels.test.ts keeps them equal.
 */
export const statusLabels: Record<DossierStatus, string> = {
  submitted: 'Chờ tiếp nhận',
  intake_incomplete: 'Yêu cầu bổ sung khi tiếp nhận',
  intake_refused: 'Từ chối tiếp nhận',
  processing: 'Đang xử lý',
  awaiting_supplement: 'Chờ bổ sung',
  result_ready: 'Có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  withdrawn: 'Đã dừng xử lý (rút hồ sơ)',
  closed_no_supplement: 'Đã đóng do không bổ sung',
};

export const statusColors: Record<DossierStatus, string> = {
  submitted: 'blue',
  intake_incomplete: 'orange',
  intake_refused: 'red',
  processing: 'processing',
  awaiting_supplement: 'gold',
  result_ready: 'cyan',
  returned: 'green',
  withdrawn: 'default',
  closed_no_supplement: 'default',
};

export const channelLabels: Record<string, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};

export const outcomeLabels: Record<string, string> = {
  approved: 'Giải quyết (chấp thuận)',
  rejected: 'Từ chối (không đủ điều kiện)',
  withdrawn: 'Dừng xử lý',
};

export const returnMethodLabels: Record<ReturnMethod, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua bưu chính công ích',
  online: 'Trực tuyến',
};

export const roleLabels: Record<string, string> = {
  citizen: 'Công dân, tổ chức',
  receiving_officer: 'Cán bộ tiếp nhận (Bộ phận Một cửa)',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
  monitor: 'Cán bộ giám sát',
  admin: 'Quản trị hệ thống',
};

export const timeUnitLabels: Record<string, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
};

export const stepStatusLabels: Record<string, string> = {
  waiting: 'Chờ đến lượt',
  active: 'Đang xử lý',
  done: 'Đã xong',
  returned: 'Đã trả lại',
  cancelled: 'Không thực hiện',
};

export const stepStatusColors: Record<string, string> = {
  waiting: 'default',
  active: 'processing',
  done: 'success',
  returned: 'warning',
  cancelled: 'default',
};

export const urgencyLabels: Record<Urgency, string> = {
  overdue: 'Quá hạn',
  due_today: 'Đến hạn hôm nay',
  due_soon: 'Sắp đến hạn',
  on_track: 'Trong hạn',
  paused: 'Tạm dừng (chờ bổ sung)',
  closed: 'Đã kết thúc',
};

export const urgencyColors: Record<Urgency, string> = {
  overdue: 'red',
  due_today: 'orange',
  due_soon: 'gold',
  on_track: 'green',
  paused: 'default',
  closed: 'default',
};

export const fileKindLabels: Record<string, string> = {
  component: 'Thành phần hồ sơ',
  supplement: 'Hồ sơ bổ sung',
  result: 'Kết quả giải quyết',
};

export const formTitles: Record<string, string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận hồ sơ',
  '04': 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

/** Short names for buttons; the full title goes to the tooltip. */
export const formShortTitles: Record<string, string> = {
  '01': 'Giấy tiếp nhận, hẹn trả',
  '02': 'Phiếu yêu cầu bổ sung',
  '03': 'Phiếu từ chối tiếp nhận',
  '04': 'Phiếu xin lỗi, hẹn lại',
  '05': 'Thông báo dừng giải quyết',
  '06': 'Phiếu kiểm soát quá trình',
};
