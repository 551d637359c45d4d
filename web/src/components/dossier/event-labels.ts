/**
 * Vietnamese names of dossier events for the timeline. A copy of src/dossiers/event-labels.ts (the
 * bundle cannot import server code); test/web/office-labels.test.ts fails if the two drift apart.
 */
export const eventLabels: Record<string, string> = {
  SUBMITTED: 'Nộp hồ sơ',
  RECEIVED: 'Tiếp nhận hồ sơ',
  INTAKE_SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung khi tiếp nhận',
  INTAKE_RESUBMITTED: 'Nộp lại hồ sơ đã bổ sung',
  INTAKE_REFUSED: 'Từ chối tiếp nhận',
  STEP_STARTED: 'Bắt đầu bước xử lý',
  STEP_ASSIGNED: 'Phân công xử lý',
  STEP_COMPLETED: 'Hoàn thành bước xử lý, chuyển tiếp',
  STEP_RETURNED: 'Trả lại bước trước',
  SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung hồ sơ (tạm dừng thời hạn)',
  SUPPLEMENT_RECEIVED: 'Nhận hồ sơ bổ sung (tính lại thời hạn)',
  CLOSED_NO_SUPPLEMENT: 'Đóng hồ sơ do không bổ sung',
  APOLOGY_ISSUED: 'Gửi văn bản xin lỗi và hẹn lại',
  RESULT_RECORDED: 'Ghi nhận kết quả giải quyết',
  WITHDRAWN: 'Dừng xử lý theo đề nghị của người nộp',
  HANDED_OVER: 'Trả kết quả',
  MARKED_TEST: 'Đánh dấu hồ sơ thử nghiệm',
  IMPORTED: 'Chuyển đổi từ hệ thống cũ',
};

export function eventLabel(type: string): string {
  return eventLabels[type] ?? type;
}
