import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Align, Block, FormDocument, Run } from './form-document';

/** A4 in twips, and the margins of administrative documents (Decree 30/2020): 20/15/20/30 mm. */
const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
const margins = {
  portrait: { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM },
  landscape: { top: 15 * MM, right: 15 * MM, bottom: 15 * MM, left: 20 * MM },
};
/** Half-points: 13 pt body, 14 pt titles, 11 pt in the wide register table. */
const BODY = 26;
const TITLE = 28;
const SMALL = 22;

const alignment = (a: Align | undefined) =>
  a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : a === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;

function textRuns(rs: readonly Run[], size?: number): TextRun[] {
  return rs.flatMap((r) =>
    r.text.split('\n').map(
      (part, i) => new TextRun({ text: part, bold: r.bold ?? false, italics: r.italic ?? false, ...(size ? { size } : {}), ...(i > 0 ? { break: 1 } : {}) }),
    ),
  );
}

const p = (rs: readonly Run[], opts: { align?: Align; size?: number; after?: number; indent?: boolean } = {}) =>
  new Paragraph({
    children: textRuns(rs, opts.size),
    alignment: alignment(opts.align),
    spacing: { after: opts.after ?? 80 },
    ...(opts.indent ? { indent: { firstLine: 567 } } : {}),
  });

function widths(total: number, percents: readonly number[]): number[] {
  const sum = percents.reduce((a, b) => a + b, 0);
  return percents.map((w) => Math.floor((total * w) / sum));
}

function grid(b: Extract<Block, { kind: 'table' }>, contentWidth: number, size: number | undefined): Table {
  const cols = widths(contentWidth, b.columns.map((c) => c.width));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: cols[i]!, type: WidthType.DXA },
      verticalAlign: head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [p([{ text, bold: head }], { align: head ? 'center' : b.columns[i]?.align, size, after: 0 })],
    });
  const head = new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c.title, i, true)) });
  const body =
    b.rows.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: b.columns.length,
                children: [p([{ text: b.empty ?? '', italic: true }], { align: 'center', size, after: 0 })],
              }),
            ],
          }),
        ]
      : b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }));
  return new Table({
    rows: [head, ...body],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
  });
}

/** A table without borders laying paragraphs side by side (header, signatures). */
function columnsTable(cells: Paragraph[][], contentWidth: number, percents: readonly number[]): Table {
  const cols = widths(contentWidth, percents);
  return new Table({
    rows: [
      new TableRow({
        children: cells.map((children, i) => new TableCell({ width: { size: cols[i]!, type: WidthType.DXA }, borders: TableBorders.NONE, children })),
      }),
    ],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function header(doc: FormDocument, contentWidth: number): Table {
  const h = doc.header;
  const c = { align: 'center' as const, after: 0 };
  const left = [
    ...(h.parentName ? [p([{ text: h.parentName }], c)] : []),
    p([{ text: h.unitName, bold: true }], c),
    p([{ text: '―――――' }], c),
    ...(h.number ? [p([{ text: h.number }], c)] : []),
  ];
  const right = [
    p([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], c),
    p([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], c),
    p([{ text: '―――――――――――' }], c),
    ...(h.dateline ? [p([{ text: h.dateline, italic: true }], { align: 'center', after: 0 })] : []),
  ];
  return columnsTable([left, right], contentWidth, [40, 60]);
}

function blocks(b: Block, contentWidth: number, small: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({
          children: [new TextRun({ text: b.text, bold: true, size: TITLE })],
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 60 },
        }),
        ...b.lines.map((l, i) => p(l, { align: 'center', after: i === b.lines.length - 1 ? 200 : 0 })),
      ];
    case 'paragraph':
      return [p(b.runs, { align: b.align, indent: b.indent })];
    case 'list':
      return b.items.map((item, i) => new Paragraph({ children: textRuns([{ text: `${i + 1}. ${item}` }]), indent: { left: 567 }, spacing: { after: 60 } }));
    case 'table':
      return [grid(b, contentWidth, small ? SMALL : undefined), new Paragraph({ children: [], spacing: { after: 60 } })];
    case 'signatures': {
      const cells = b.columns.map((c) => [
        p([{ text: c.title, bold: true }], { align: 'center', after: 0 }),
        p([{ text: c.hint, italic: true }], { align: 'center', after: 1200 }),
        p([{ text: c.name, bold: true }], { align: 'center', after: 0 }),
      ]);
      // A single signature sits on the right, as in official documents.
      if (cells.length === 1) return [columnsTable([[new Paragraph({ children: [] })], cells[0]!], contentWidth, [45, 55])];
      return [columnsTable(cells, contentWidth, b.columns.map(() => 1))];
    }
    case 'qr':
      return [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: b.png, transformation: { width: 113, height: 113 }, altText: { name: 'QR', description: b.url, title: 'Mã QR tra cứu hồ sơ' } })],
          spacing: { before: 120, after: 0 },
        }),
        p([{ text: b.caption, italic: true }], { size: SMALL, after: 0 }),
        p([{ text: b.url }], { size: SMALL, after: 120 }),
      ];
  }
}

/** The same form as a Word document: A4, Times New Roman 13 pt, the register in landscape. */
export async function renderDocx(doc: FormDocument): Promise<Buffer> {
  const landscape = doc.orientation === 'landscape';
  const m = landscape ? margins.landscape : margins.portrait;
  const pageWidth = landscape ? A4.height : A4.width;
  const contentWidth = Math.floor(pageWidth - m.left - m.right);
  const document = new Document({
    title: doc.title,
    description: doc.formLabel,
    creator: 'MotCua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: Math.round(m.top), right: Math.round(m.right), bottom: Math.round(m.bottom), left: Math.round(m.left) },
          },
        },
        children: [header(doc, contentWidth), ...doc.blocks.flatMap((b) => blocks(b, contentWidth, landscape))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
