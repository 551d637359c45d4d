import { upper } from '../dossiers/forms/form-format';
import { paragraph, run, type DocBlock, type DocFile, type DocSection, type ParagraphBlock } from './late-docx';
import { documentHeader } from './late-documents';
import type { LateDossierList } from './late-dossiers';
import type { LateOfficialList } from './late-officials';
import { dossierTable, officialTable } from './late-tables';
import { dossierParagraphs, groupRows, noticeGroups, officialParagraphs, pendingParagraph, type NoticeSummary } from './notice-summary';

export interface NoticeSigner {
  /** `CHÁNH VĂN PHÒNG`, or `KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG`. */
  readonly title: string;
  readonly name: string;
}

export interface NoticeLayout {
  /** The agency of the report (printed above the issuing office). */
  readonly parentName: string;
  /** The issuing office, `Văn phòng`. */
  readonly issuerName: string;
  readonly number: string;
  readonly dateline: string;
  /** `05/05/2026`, quoted by the appendices; null while the notice is undated. */
  readonly issuedDate: string | null;
  readonly scopeName: string;
  /** Addressees, one a line. */
  readonly recipients: readonly string[];
  readonly signer: NoticeSigner;
}

const body = (text: string): ParagraphBlock => paragraph(text, { align: 'justify', indent: true, after: 100 });
const heading = (text: string): ParagraphBlock => paragraph([run(text, { bold: true })], { align: 'justify', indent: true, after: 100 });
const small = (text: string, style: { bold?: boolean; italic?: boolean } = {}): ParagraphBlock => paragraph([run(text, style)], { size: 22, after: 0 });
const centred = (text: string, style: { bold?: boolean; italic?: boolean } = {}): ParagraphBlock => paragraph([run(text, style)], { align: 'center', after: 0 });

/**
 * The monthly notice on late dossiers and the officials responsible (seed 000), as a Word document:
 * the notice in portrait, then appendices 01–03 (officials of communes, districts, the provincial
 * level) and 04–06 (late dossiers of the same levels) in landscape.
 */
export function noticeDocument(s: NoticeSummary, dossiers: LateDossierList, officials: LateOfficialList, layout: NoticeLayout): DocFile {
  const title = `Danh sách cơ quan, đơn vị, cán bộ, công chức, viên chức giải quyết hồ sơ thủ tục hành chính trễ hạn tháng ${s.monthLabel}`;
  const o = officialParagraphs(s);
  const issuer = layout.parentName ? `${layout.issuerName} ${layout.parentName}` : layout.issuerName;
  const notice: DocBlock[] = [
    documentHeader({ parentName: layout.parentName, unitName: layout.issuerName, number: layout.number, dateline: layout.dateline }),
    paragraph([run('THÔNG BÁO', { bold: true })], { align: 'center', after: 0 }),
    paragraph([run(title, { bold: true })], { align: 'center', after: 200 }),
    paragraph([run('Kính gửi: ', { italic: true }), run(layout.recipients.join('\n'))], { align: 'center', after: 200 }),
    body(
      `${issuer} tổng hợp, cung cấp danh sách cơ quan, đơn vị, cán bộ, công chức, viên chức giải quyết hồ sơ thủ tục hành chính trễ hạn trong tháng ${s.monthLabel}; ` +
        'đồng thời đề nghị các cơ quan, đơn vị, địa phương phối hợp thực hiện một số nội dung sau:',
    ),
    heading(`I. Tình hình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính trong tháng ${s.monthLabel}`),
    body(s.paragraph),
    ...s.levelSentences.map((l) => body(`- ${l}`)),
    body(
      'Danh sách hồ sơ thủ tục hành chính và công chức, viên chức tham gia giải quyết hồ sơ trễ hạn (bao gồm cả trễ hạn thực tế và trễ hạn do chậm thao tác trên Hệ thống thông tin giải quyết thủ tục hành chính) như sau:',
    ),
    heading(`1. Tổng hợp danh sách công chức, viên chức tham gia giải quyết hồ sơ thủ tục hành chính trễ hạn trong tháng ${s.monthLabel}`),
    body(o.intro),
    ...o.items.map(body),
    heading(`2. Tổng hợp danh sách hồ sơ thủ tục hành chính trễ hạn trong tháng ${s.monthLabel}`),
    ...dossierParagraphs(s).map(body),
    heading(`3. Đối với hồ sơ thủ tục hành chính đang giải quyết quá hạn trong tháng ${s.monthLabel}`),
    body(pendingParagraph(s, layout.scopeName)),
    heading('II. Đề nghị các cơ quan, đơn vị, địa phương'),
    body(
      '1. Thực hiện công khai danh sách các tổ chức, cá nhân giải quyết hồ sơ thủ tục hành chính trễ hạn kèm theo Thông báo này trong nội bộ cơ quan, đơn vị và trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị.',
    ),
    body(
      '2. Tổ chức rà soát, đánh giá, rút kinh nghiệm và đưa ra giải pháp chấm dứt tình trạng giải quyết hồ sơ trễ hạn (đối với hồ sơ trễ hạn không có lý do chính đáng); thông báo bằng văn bản đến Bộ phận Một cửa về lý do chậm giải quyết kèm theo văn bản xin lỗi tổ chức, cá nhân và hẹn lại thời gian trả kết quả theo quy định.',
    ),
    body(
      '3. Chỉ đạo cán bộ chuyên môn xử lý dứt điểm các hồ sơ đang giải quyết quá hạn và kết thúc kịp thời hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính ngay khi có kết quả, để không ảnh hưởng đến Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ).',
    ),
    {
      kind: 'columns',
      widths: [45, 55],
      cells: [
        [small('Nơi nhận:', { bold: true, italic: true }), small('- Như trên;'), small('- Lãnh đạo (để b/c);'), small('- Cổng Thông tin điện tử;'), small('- Lưu: VT.')],
        [
          ...layout.signer.title.split('\n').map((t) => centred(upper(t), { bold: true })),
          paragraph('', { after: 1200 }),
          centred(layout.signer.name, { bold: true }),
        ],
      ],
    },
  ];
  const attached = `(Kèm theo Thông báo số ${layout.number}${layout.issuedDate ? ` ngày ${layout.issuedDate}` : ''} của ${issuer})`;
  const appendix = (n: string, what: string, table: DocBlock): DocSection => ({
    orientation: 'landscape',
    blocks: [
      paragraph([run(`Phụ lục ${n}`, { bold: true })], { align: 'center', after: 0 }),
      paragraph([run(`${what} TRỄ HẠN THÁNG ${s.monthLabel}`, { bold: true })], { align: 'center', after: 0 }),
      paragraph([run(attached, { italic: true })], { align: 'center', after: 200 }),
      table,
    ],
  });
  const appendices = [
    ...noticeGroups.map((g) =>
      appendix(g.officialsAppendix, `DANH SÁCH CÔNG CHỨC, VIÊN CHỨC ${upper(g.label)} GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH`, {
        kind: 'table',
        table: officialTable(groupRows(g.key, dossiers, officials).officialRows, { usernames: false }),
        empty: 'Không có công chức, viên chức giải quyết hồ sơ trễ hạn.',
      }),
    ),
    ...noticeGroups.map((g) =>
      appendix(g.dossiersAppendix, `DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ${upper(g.label)} GIẢI QUYẾT`, {
        kind: 'table',
        table: dossierTable(groupRows(g.key, dossiers, officials).dossierRows),
        empty: 'Không có hồ sơ giải quyết trễ hạn.',
      }),
    ),
  ];
  return { title: `Thông báo ${title.charAt(0).toLowerCase()}${title.slice(1)}`, sections: [{ orientation: 'portrait', blocks: notice }, ...appendices] };
}
