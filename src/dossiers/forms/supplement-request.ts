import type { DossierDetail } from '../get-dossier';
import { actorName, applicantFacts, headerOf, itemsOf, requestText, requireEvent, type ApplicantFacts } from './dossier-facts';
import { field, para, run, type Block, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { textFrom, viDateTime } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '02';

export interface SupplementRequestData {
  readonly code: string;
  /** At intake (the dossier is not received yet) or during processing (the clock pauses). */
  readonly stage: 'intake' | 'processing';
  /** Who issues it: the desk at intake, else the desk or the lead agency, by the unit of the step that asked. */
  readonly issuedBy: 'desk' | 'lead';
  /** Unit of the official who asked, for the applicant's questions. */
  readonly unitName: string;
  readonly applicant: ApplicantFacts;
  readonly request: string;
  /** What the applicant must add or correct, one item each. */
  readonly items: readonly string[];
  readonly reason: string | null;
  readonly requestedAt: string;
  readonly officer: string;
  readonly issuedAt: Date;
}

/** Form 02, from the latest supplementation request (at intake or during processing). */
export function supplementRequestData(detail: DossierDetail): SupplementRequestData {
  const e = requireEvent(detail, ['INTAKE_SUPPLEMENT_REQUESTED', 'SUPPLEMENT_REQUESTED'], FORM);
  const reason = textFrom(e.data.reason) ?? textFrom(e.note);
  const missing = Array.isArray(e.data.missing) ? e.data.missing.filter((m): m is string => typeof m === 'string' && m.trim() !== '') : [];
  // Missing required components are listed by name; the officer's text then explains the rest.
  const items = missing.length > 0 ? missing : itemsOf(reason);
  const stage = e.type === 'SUPPLEMENT_REQUESTED' ? 'processing' : 'intake';
  const step = stage === 'processing' ? detail.steps.find((s) => s.id === e.data.stepId) : undefined;
  const issuedBy = stage === 'intake' || step?.agencyId === detail.dossier.deskAgencyId ? 'desk' : 'lead';
  const issuerName = (issuedBy === 'desk' ? detail.desk?.name : detail.agency?.name) ?? 'Bộ phận Một cửa';
  return {
    code: detail.dossier.code,
    stage,
    issuedBy,
    unitName: step?.agency?.name ?? issuerName,
    applicant: applicantFacts(detail),
    request: requestText(detail),
    items,
    reason: missing.length > 0 ? reason : null,
    requestedAt: viDateTime(e.at),
    officer: actorName(e),
    issuedAt: e.at,
  };
}

export function supplementRequestDocument(data: SupplementRequestData, ctx: FormContext): FormDocument {
  const a = data.applicant;
  const issuer = data.issuedBy === 'desk' ? ctx.desk : ctx.lead;
  const blocks: Block[] = [
    { kind: 'title', text: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]] },
    field(`Hồ sơ của ${a.title.toLocaleLowerCase('vi')}`, a.name),
    field('Nội dung yêu cầu giải quyết', data.request),
    field('Địa chỉ', a.address),
    field('Số điện thoại', a.phone),
    field('Email', a.email),
    para('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', { indent: true }),
    { kind: 'list', items: data.items.length > 0 ? data.items : ['(Xem nội dung hướng dẫn kèm theo)'] },
  ];
  if (data.reason) blocks.push(field('Lý do', data.reason));
  if (data.stage === 'processing') {
    blocks.push(
      para(
        `Thời hạn giải quyết hồ sơ tạm dừng từ ${data.requestedAt} và được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung, hoàn thiện.`,
        { indent: true, align: 'justify' },
      ),
    );
  }
  blocks.push(
    para(
      `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ${a.title.toLocaleLowerCase('vi')} liên hệ với ${data.officer || 'người hướng dẫn'} (${data.unitName}) để được hướng dẫn.`,
      { indent: true, align: 'justify' },
    ),
    { kind: 'signatures', columns: [{ title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: data.officer }] },
  );
  return {
    formLabel: 'Mẫu số 02',
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(issuer, null, data.issuedAt),
    blocks,
  };
}
