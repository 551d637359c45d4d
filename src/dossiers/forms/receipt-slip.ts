import { AppError } from '../../shared/errors';
import type { TimeUnit } from '../../catalog/time-unit';
import type { DossierDetail } from '../get-dossier';
import { actorName, applicantFacts, headerOf, latestEvent, requestText, type ApplicantFacts } from './dossier-facts';
import { field, para, run, type Block, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { durationText, orBlank, viDateTime } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '01';

export interface ReceiptSlipData {
  readonly code: string;
  readonly deskName: string;
  readonly applicant: ApplicantFacts;
  readonly request: string;
  readonly components: readonly { name: string; originals: number; copies: number }[];
  readonly processingTime: string;
  readonly receivedAt: string;
  readonly appointmentAt: string;
  readonly collectAt: string;
  readonly officer: string;
  readonly issuedAt: Date;
}

/** Where the result will be collected, as registered at receipt (a reprint says the same as the original). */
function collectPlace(detail: DossierDetail): string {
  const { dossier, desk } = detail;
  const deskName = desk?.name ?? 'Bộ phận Một cửa';
  if (dossier.channel === 'postal') return 'Qua dịch vụ bưu chính công ích, theo địa chỉ đã đăng ký';
  if (dossier.channel === 'online') return `Trực tuyến trên Cổng Dịch vụ công hoặc tại ${deskName}`;
  return `Tại ${deskName}`;
}

/** Form 01, receipt and appointment slip: only once the desk has accepted the dossier. */
export function receiptSlipData(detail: DossierDetail): ReceiptSlipData {
  const { dossier } = detail;
  const received = latestEvent(detail, ['RECEIVED']);
  if (!received || !dossier.receivedAt || !dossier.appointmentAt) throw new AppError('DOSSIER_FORM_UNAVAILABLE', { form: FORM });
  const amount = typeof received.data.publishedDuration === 'number' ? received.data.publishedDuration : detail.procedure?.publishedDuration;
  const unit = (typeof received.data.timeUnit === 'string' ? received.data.timeUnit : detail.procedure?.timeUnit) as TimeUnit | undefined;
  return {
    code: dossier.code,
    deskName: detail.desk?.name ?? 'Bộ phận Một cửa',
    applicant: applicantFacts(detail),
    request: requestText(detail),
    components: detail.components.filter((c) => c.provided).map((c) => ({ name: c.name, originals: c.originals, copies: c.copies })),
    processingTime: amount !== undefined && unit ? durationText(amount, unit) : orBlank(null),
    receivedAt: viDateTime(dossier.receivedAt),
    appointmentAt: viDateTime(dossier.appointmentAt),
    collectAt: collectPlace(detail),
    officer: actorName(received),
    issuedAt: dossier.receivedAt,
  };
}

export function receiptSlipDocument(data: ReceiptSlipData, ctx: FormContext): FormDocument {
  const a = data.applicant;
  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]],
    },
    para(`${data.deskName} đã tiếp nhận hồ sơ của:`, { indent: true }),
    field(a.title, a.name),
    field(a.idLabel, a.idNumber),
    field('Địa chỉ', a.address),
    field('Số điện thoại', a.phone),
    field('Email', a.email),
    field('Người được ủy quyền', a.authorised ?? 'Không'),
    field('Nội dung yêu cầu giải quyết', data.request),
    para('1. Thành phần hồ sơ nộp gồm:'),
    {
      kind: 'table',
      columns: [
        { title: 'STT', width: 8, align: 'center' },
        { title: 'Tên giấy tờ', width: 62 },
        { title: 'Bản chính', width: 15, align: 'center' },
        { title: 'Bản sao', width: 15, align: 'center' },
      ],
      rows: data.components.map((c, i) => [String(i + 1), c.name, String(c.originals), String(c.copies)]),
      empty: 'Không có thành phần hồ sơ được ghi nhận',
    },
    para('2. Số lượng hồ sơ: 01 bộ.'),
    para([run('3. Thời gian giải quyết hồ sơ theo quy định: '), run(data.processingTime, { bold: true })]),
    para([run('4. Thời gian nhận hồ sơ: '), run(data.receivedAt, { bold: true })]),
    para([run('5. Thời gian trả kết quả giải quyết hồ sơ: '), run(data.appointmentAt, { bold: true })]),
    para([run('6. Đăng ký nhận kết quả: '), run(data.collectAt, { bold: true })]),
  ];
  if (ctx.qr) {
    blocks.push({ kind: 'qr', png: ctx.qr.png, url: ctx.qr.url, caption: 'Quét mã QR để tra cứu tình trạng giải quyết hồ sơ' });
  }
  blocks.push({
    kind: 'signatures',
    columns: [
      { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: a.name },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: data.officer },
    ],
  });
  return {
    formLabel: 'Mẫu số 01',
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(ctx.desk, null, data.issuedAt),
    blocks,
  };
}
