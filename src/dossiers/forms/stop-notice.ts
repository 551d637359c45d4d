import type { DossierDetail } from '../get-dossier';
import { applicantFacts, headerOf, requestText, requireEvent, type ApplicantFacts } from './dossier-facts';
import { para, run, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { orBlank, textFrom, viDate, viDateTime } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '05';

export interface StopNoticeData {
  readonly code: string;
  /** A received dossier is stopped by the agency in charge; one never received, by the desk. */
  readonly received: boolean;
  readonly deskName: string;
  readonly applicant: ApplicantFacts;
  readonly request: string;
  /** Date of receipt, or of submission when never received. */
  readonly since: string;
  readonly stoppedAt: string;
  readonly reason: string;
  readonly issuedAt: Date;
}

/** Form 05, stop notice: only for a dossier withdrawn at the applicant's request. */
export function stopNoticeData(detail: DossierDetail): StopNoticeData {
  const e = requireEvent(detail, ['WITHDRAWN'], FORM);
  const { dossier } = detail;
  return {
    code: dossier.code,
    received: dossier.receivedAt !== null,
    deskName: detail.desk?.name ?? 'Bộ phận Một cửa',
    applicant: applicantFacts(detail),
    request: requestText(detail),
    since: viDate(dossier.receivedAt ?? dossier.submittedAt),
    stoppedAt: viDateTime(e.at),
    reason: orBlank(textFrom(e.data.reason) ?? textFrom(e.note)),
    issuedAt: e.at,
  };
}

export function stopNoticeDocument(data: StopNoticeData, ctx: FormContext): FormDocument {
  const a = data.applicant;
  const whom = a.title.toLocaleLowerCase('vi');
  const issuer = data.received ? ctx.lead : ctx.desk;
  const j = { indent: true, align: 'justify' } as const;
  return {
    formLabel: 'Mẫu số 05',
    title: `Thông báo dừng giải quyết hồ sơ — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(issuer, null, data.issuedAt),
    blocks: [
      { kind: 'title', text: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]] },
      para([run(`Kính gửi: ${a.title} `), run(a.name, { bold: true })], { align: 'center' }),
      para(
        [
          run(
            data.received
              ? `Ngày ${data.since}, ${data.deskName} đã tiếp nhận hồ sơ của ${whom} `
              : `Ngày ${data.since}, ${whom} `,
          ),
          run(a.name, { bold: true }),
          run(data.received ? `, nội dung yêu cầu giải quyết: ${data.request}.` : ` đã nộp hồ sơ đề nghị giải quyết: ${data.request}.`),
        ],
        j,
      ),
      para(
        [run(`Theo đề nghị của ${whom}, ${issuer.name} dừng giải quyết hồ sơ nêu trên kể từ `), run(data.stoppedAt, { bold: true }), run('.')],
        j,
      ),
      para([run('Lý do: '), run(data.reason, { bold: true })], j),
      para(`Xin thông báo để ${whom} được biết.`, j),
      { kind: 'signatures', columns: [{ title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: '' }] },
    ],
  };
}
