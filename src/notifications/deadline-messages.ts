import { formatInstantVi } from '../calendar/format-vietnamese';
import type { NotificationKind } from './notification-kinds';

export interface DeadlineSubject {
  readonly kind: NotificationKind;
  readonly dossierCode: string;
  /** The step's name for step warnings. */
  readonly stepName: string | null;
  readonly dueAt: Date;
  /** The procedure's name, when known. */
  readonly procedureName: string | null;
}

/** Title and body of a deadline warning, in Vietnamese, times in Vietnam time. */
export function deadlineMessage(s: DeadlineSubject): { title: string; body: string } {
  const due = formatInstantVi(s.dueAt);
  const about = s.procedureName ? ` (${s.procedureName})` : '';
  const step = s.stepName ?? '';
  switch (s.kind) {
    case 'step_due_soon':
      return {
        title: `Bước "${step}" của hồ sơ ${s.dossierCode} sắp đến hạn`,
        body: `Bước "${step}" của hồ sơ ${s.dossierCode}${about} phải hoàn thành trước ${due}, còn không quá một ngày làm việc.`,
      };
    case 'step_overdue':
      return {
        title: `Bước "${step}" của hồ sơ ${s.dossierCode} đã quá hạn`,
        body: `Bước "${step}" của hồ sơ ${s.dossierCode}${about} đã quá hạn từ ${due} mà chưa hoàn thành.`,
      };
    case 'dossier_due_soon':
      return {
        title: `Hồ sơ ${s.dossierCode} sắp đến hạn trả kết quả`,
        body:
          `Hồ sơ ${s.dossierCode}${about} đến hạn giải quyết lúc ${due}, còn không quá một ngày làm việc. ` +
          'Nếu không kịp, cần gửi văn bản xin lỗi và hẹn lại ngày trả kết quả.',
      };
    case 'dossier_overdue':
      return {
        title: `Hồ sơ ${s.dossierCode} đã quá hạn giải quyết`,
        body: `Hồ sơ ${s.dossierCode}${about} đã quá hạn giải quyết từ ${due} mà chưa có kết quả.`,
      };
  }
}
