import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Form06Report } from './form06';
import { columnCount, columnNumbers, figureValues, groupingLabels, headerCells, headerRowCount, totalLabel } from './form06-layout';
import { datelineOf, periodLine, summaryText } from './form06-text';
import { viNumber } from './vi-numbers';
import { contentWidth, layoutTable, pageProperties, paragraph, widths, type ParagraphStyle, type Run } from '../shared/docx-kit';

export interface Form06DocxOptions {
  /** Above the signature, e.g. `KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG`; `\n` starts a new line. */
  readonly signerTitle?: string | undefined;
  /** Printed under the space for the signature; empty to be written by hand. */
  readonly signerName?: string | undefined;
  /** The agency above the reporting one (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`), first line of the header. */
  readonly parentName?: string | undefined;
  /** Locality of the date line (`Lạng Sơn`). */
  readonly place?: string | undefined;
  /** Date of the document (`YYYY-MM-DD`, Vietnam time); the date is left blank to be filled in when absent. */
  readonly date?: string | undefined;
  /** Lines of "Nơi nhận". */
  readonly recipients?: readonly string[] | undefined;
}

/** Half-points. */
const BODY = 26;
const TITLE = 28;
const TABLE = 20;

interface RunSpec extends Run {
  readonly size?: number;
}

const para = (spec: RunSpec, opts: Omit<ParagraphStyle, 'size'> = {}): Paragraph => paragraph([spec], { ...opts, size: spec.size }, 80);

function nationalHeader(report: Form06Report, options: Form06DocxOptions, contentWidth: number): Table {
  const c = { align: 'center' as const, after: 0 };
  const left = [
    ...(options.parentName ? [para({ text: options.parentName.toUpperCase() }, c)] : []),
    para({ text: report.agencyName.toUpperCase(), bold: true }, c),
    para({ text: '―――――' }, c),
    para({ text: 'Số:        /BC' }, c),
  ];
  const right = [
    para({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }, c),
    para({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }, c),
    para({ text: '―――――――――――' }, c),
    para({ text: options.date ? datelineOf(options.place ?? '', options.date) : `${options.place || '……'}, ngày      tháng      năm      `, italic: true }, c),
  ];
  return layoutTable([left, right], contentWidth, [42, 58]);
}

/** The form 06 table: three merged header lines repeated on every page, column numbers, data, total. */
function figuresTable(report: Form06Report, contentWidth: number): Table {
  const shares = [4, 22, ...Array.from({ length: columnCount - 2 }, () => 6)];
  const cols = widths(contentWidth, shares);
  const cell = (text: string, opts: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right'; col: number; colSpan?: number; rowSpan?: number }) =>
    new TableCell({
      width: { size: cols.slice(opts.col, opts.col + (opts.colSpan ?? 1)).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 30, bottom: 30, left: 50, right: 50 },
      ...(opts.colSpan && opts.colSpan > 1 ? { columnSpan: opts.colSpan } : {}),
      ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
      children: [para({ text, bold: opts.bold ?? false, italic: opts.italic ?? false, size: TABLE }, { align: opts.align ?? 'center', after: 0 })],
    });
  const headers = headerCells(report.by);
  const headerRows = Array.from({ length: headerRowCount }, (_, r) =>
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: headers
        .filter((h) => h.row === r)
        .sort((a, b) => a.col - b.col)
        .map((h) => cell(h.text, { bold: true, col: h.col, colSpan: h.colSpan, rowSpan: h.rowSpan })),
    }),
  );
  const numbers = new TableRow({ tableHeader: true, children: columnNumbers.map((n, i) => cell(n, { italic: true, col: i })) });
  const dataRow = (stt: string, name: string, values: number[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(stt, { col: 0, bold }),
        cell(name, { col: 1, bold, align: bold ? 'center' : 'left' }),
        ...values.map((v, i) => cell(viNumber(v), { col: i + 2, bold, align: 'right' })),
      ],
    });
  return new Table({
    rows: [
      ...headerRows,
      numbers,
      ...report.rows.map((r, i) => dataRow(String(i + 1), r.name, figureValues(r), false)),
      dataRow('', totalLabel, figureValues(report.total), true),
    ],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
  });
}

function signatureBlock(options: Form06DocxOptions, contentWidth: number): Table {
  const recipients = options.recipients ?? ['Lãnh đạo cơ quan (để báo cáo);', 'Lưu: VT.'];
  const left = [
    para({ text: 'Nơi nhận:', bold: true, italic: true, size: 24 }, { after: 0 }),
    ...recipients.map((r) => para({ text: `- ${r}`, size: 22 }, { after: 0 })),
  ];
  const right = [
    para({ text: (options.signerTitle ?? 'THỦ TRƯỞNG CƠ QUAN').toUpperCase(), bold: true }, { align: 'center', after: 0 }),
    para({ text: '(Ký, ghi rõ họ tên và đóng dấu)', italic: true }, { align: 'center', after: 1400 }),
    para({ text: options.signerName ?? '', bold: true }, { align: 'center', after: 0 }),
  ];
  return layoutTable([left, right], contentWidth, [50, 50]);
}

/**
 * The standard report as a Word document ready to sign: national header, title and period, a summary
 * paragraph with the figures and rates, then the form 06 table in a landscape section followed by
 * "Nơi nhận" and the signature block. Times New Roman, A4.
 */
export async function form06ToDocx(report: Form06Report, options: Form06DocxOptions = {}): Promise<Buffer> {
  const portraitWidth = contentWidth('portrait');
  const landscapeWidth = contentWidth('landscape');
  const intro: ISectionOptions = {
    properties: pageProperties('portrait'),
    children: [
      nationalHeader(report, options, portraitWidth),
      para({ text: 'BÁO CÁO', bold: true, size: TITLE }, { align: 'center', before: 360, after: 0 }),
      para({ text: 'Tình hình, kết quả giải quyết thủ tục hành chính', bold: true, size: TITLE }, { align: 'center', after: 0 }),
      para({ text: periodLine(report), italic: true }, { align: 'center', after: 240 }),
      para({ text: summaryText(report.agencyName, report, report.total) }, { align: 'justify', indent: true, after: 120 }),
      para({ text: `Số liệu chi tiết ${groupingLabels[report.by]} tại biểu kèm theo (Biểu số 06/VPCP/KSTT).` }, { align: 'justify', indent: true }),
    ],
  };
  const table: ISectionOptions = {
    properties: pageProperties('landscape'),
    children: [
      para({ text: 'Biểu số 06/VPCP/KSTT', italic: true, size: 22 }, { align: 'right', after: 0 }),
      para({ text: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', bold: true }, { align: 'center', after: 0 }),
      para({ text: `${report.agencyName} — ${periodLine(report)}`, italic: true }, { align: 'center', after: 0 }),
      para({ text: 'Đơn vị tính: hồ sơ', italic: true, size: 22 }, { align: 'right', after: 60 }),
      figuresTable(report, landscapeWidth),
      para({ text: '' }, { after: 120 }),
      signatureBlock(options, landscapeWidth),
    ],
  };
  const document = new Document({
    title: `Báo cáo tình hình, kết quả giải quyết thủ tục hành chính — ${report.agencyName}`,
    creator: 'MotCua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: [intro, table],
  });
  return Packer.toBuffer(document);
}
