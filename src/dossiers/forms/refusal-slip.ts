import type { DossierDetail } from '../get-dossier';
import { actorName, applicantFacts, headerOf, requestText, requireEvent, type ApplicantFacts } from './dossier-facts';
import { field, para, run, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { orBlank, textFrom } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '03';

export interface RefusalSlipData {
  readonly code: string;
  readonly deskName: string;
  readonly applicant: ApplicantFacts;
  readonly request: string;
  readonly reason: string;
  readonly officer: string;
  readonly issuedAt: Date;
}

/** Form 03, refusal at intake: only for a dossier the desk refused. */
export function refusalSlipData(detail: DossierDetail): RefusalSlipData {
  const e = requireEvent(detail, ['INTAKE_REFUSED'], FORM);
  return {
    code: detail.dossier.code,
    deskName: detail.desk?.name ?? 'Bộ phận Một cửa',
    applicant: applicantFacts(detail),
    request: requestText(detail),
    reason: orBlank(textFrom(e.data.reason) ?? textFrom(e.note)),
    officer: actorName(e),
    issuedAt: e.at,
  };
}

export function refusalSlipDocument(data: RefusalSlipData, ctx: FormContext): FormDocument {
  const a = data.applicant;
  const whom = a.title.toLocaleLowerCase('vi');
  return {
    formLabel: 'Mẫu số 03',
    title: `Phiếu từ chối tiếp nhận giải quyết hồ sơ — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(ctx.desk, null, data.issuedAt),
    blocks: [
      { kind: 'title', text: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]] },
      para(`${data.deskName} tiếp nhận hồ sơ của:`, { indent: true }),
      field(a.title, a.name),
      field('Địa chỉ', a.address),
      field('Số điện thoại', a.phone),
      field('Email', a.email),
      field('Nội dung yêu cầu giải quyết', data.request),
      para(
        `Qua nghiên cứu, đối chiếu với các quy định hiện hành, ${data.deskName} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:`,
        { indent: true, align: 'justify' },
      ),
      para([run(data.reason, { bold: true })], { indent: true, align: 'justify' }),
      para(`Xin thông báo để ${whom} được biết và thực hiện.`, { indent: true }),
      { kind: 'signatures', columns: [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: data.officer }] },
    ],
  };
}
