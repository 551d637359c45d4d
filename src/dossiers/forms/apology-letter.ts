import { AppError } from '../../shared/errors';
import type { DossierDetail } from '../get-dossier';
import { applicantFacts, headerOf, requestText, requireEvent, type ApplicantFacts } from './dossier-facts';
import { para, run, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { instantFrom, orBlank, textFrom, viDate, viDateTime } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '04';

export interface ApologyLetterData {
  readonly code: string;
  readonly deskName: string;
  readonly leadName: string;
  readonly applicant: ApplicantFacts;
  readonly request: string;
  readonly receivedOn: string;
  readonly originalDue: string;
  readonly newAppointment: string;
  readonly reason: string;
  readonly issuedAt: Date;
}

/** Form 04, apology and new appointment: only once the apology was issued. */
export function apologyLetterData(detail: DossierDetail): ApologyLetterData {
  const e = requireEvent(detail, ['APOLOGY_ISSUED'], FORM);
  const { dossier } = detail;
  const due = instantFrom(e.data.dueAt) ?? dossier.appointmentAt;
  const next = instantFrom(e.data.newAppointmentAt) ?? dossier.apologyDueAt;
  if (!dossier.receivedAt || !due || !next) throw new AppError('DOSSIER_FORM_UNAVAILABLE', { form: FORM });
  return {
    code: dossier.code,
    deskName: detail.desk?.name ?? 'Bộ phận Một cửa',
    leadName: detail.agency?.name ?? 'Cơ quan giải quyết',
    applicant: applicantFacts(detail),
    request: requestText(detail),
    receivedOn: viDate(dossier.receivedAt),
    originalDue: viDateTime(due),
    newAppointment: viDateTime(next),
    reason: orBlank(textFrom(e.data.reason) ?? textFrom(e.note)),
    issuedAt: e.at,
  };
}

export function apologyLetterDocument(data: ApologyLetterData, ctx: FormContext): FormDocument {
  const a = data.applicant;
  const whom = a.title.toLocaleLowerCase('vi');
  const j = { indent: true, align: 'justify' } as const;
  return {
    formLabel: 'Mẫu số 04',
    title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(ctx.lead, null, data.issuedAt),
    blocks: [
      { kind: 'title', text: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]] },
      para([run(`Kính gửi: ${a.title} `), run(a.name, { bold: true })], { align: 'center' }),
      para(
        [
          run(`Ngày ${data.receivedOn}, ${data.deskName} tiếp nhận hồ sơ của ${whom} `),
          run(a.name, { bold: true }),
          run(`, nội dung yêu cầu giải quyết: ${data.request}.`),
        ],
        j,
      ),
      para([run('Thời hạn trả kết quả giải quyết hồ sơ: '), run(data.originalDue, { bold: true }), run('.')], j),
      para(
        `Tuy nhiên đến nay, ${data.leadName} chưa trả kết quả giải quyết hồ sơ của ${whom} đúng hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
        j,
      ),
      para([run('Lý do: '), run(data.reason, { bold: true })], j),
      para(`Sự chậm trễ này đã gây phiền hà cho ${whom}. ${data.leadName} xin lỗi ${whom} và sự bất tiện này.`, j),
      para(
        [run(`${data.leadName} sẽ trả kết quả giải quyết hồ sơ cho ${whom} vào `), run(data.newAppointment, { bold: true }), run('.')],
        j,
      ),
      para(`Xin trân trọng cảm ơn sự hợp tác của ${whom}.`, j),
      { kind: 'signatures', columns: [{ title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: '' }] },
    ],
  };
}
