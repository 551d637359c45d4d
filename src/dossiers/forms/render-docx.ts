import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TextRun } from 'docx';
import { contentWidth as widthOf, gridTable, layoutTable, pageProperties, paragraph, textRuns, type Align, type Run } from '../../shared/docx-kit';
import type { Block, FormDocument } from './form-document';

/** Half-points: 13 pt body, 14 pt titles, 11 pt in the wide register table. */
const BODY = 26;
const TITLE = 28;
const SMALL = 22;

const p = (rs: readonly Run[], opts: { align?: Align | undefined; size?: number; after?: number; indent?: boolean | undefined } = {}) => paragraph(rs, opts, 80);

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
  return layoutTable([left, right], contentWidth, [40, 60]);
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
      return [gridTable(b, b.empty ?? '', contentWidth, small ? SMALL : undefined), new Paragraph({ children: [], spacing: { after: 60 } })];
    case 'signatures': {
      const cells = b.columns.map((c) => [
        p([{ text: c.title, bold: true }], { align: 'center', after: 0 }),
        p([{ text: c.hint, italic: true }], { align: 'center', after: 1200 }),
        p([{ text: c.name, bold: true }], { align: 'center', after: 0 }),
      ]);
      // A single signature sits on the right, as in official documents.
      if (cells.length === 1) return [layoutTable([[new Paragraph({ children: [] })], cells[0]!], contentWidth, [45, 55])];
      return [layoutTable(cells, contentWidth, b.columns.map(() => 1))];
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
  const contentWidth = widthOf(doc.orientation);
  const document = new Document({
    title: doc.title,
    description: doc.formLabel,
    creator: 'MotCua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: [
      {
        properties: pageProperties(doc.orientation),
        children: [header(doc, contentWidth), ...doc.blocks.flatMap((b) => blocks(b, contentWidth, landscape))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
