import {
  AlignmentType,
  Document,
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
import type { LateTable } from './late-tables';

/**
 * Word documents of the late lists and the monthly notice: A4, Times New Roman, margins of Decree
 * 30/2020; several sections so a portrait notice can carry landscape appendices.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** First-line indent of body text. */
  readonly indent?: boolean;
  /** Half-points. */
  readonly size?: number;
  /** Space after, in twentieths of a point. */
  readonly after?: number;
}

export type DocBlock =
  | ParagraphBlock
  | { readonly kind: 'table'; readonly table: LateTable; readonly empty: string }
  /** Paragraphs side by side without borders (document header, recipients and signature). */
  | { readonly kind: 'columns'; readonly cells: readonly (readonly ParagraphBlock[])[]; readonly widths: readonly number[] };

export interface DocSection {
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly DocBlock[];
}

export interface DocFile {
  readonly title: string;
  readonly sections: readonly DocSection[];
}

export const run = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Run => ({ text, ...style });

export const paragraph = (runs: Run[] | string, opts: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  ...opts,
});

const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
const margins = {
  portrait: { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM },
  landscape: { top: 15 * MM, right: 15 * MM, bottom: 15 * MM, left: 20 * MM },
};
/** Half-points: 14 pt body (notices), 11 pt in tables. */
const BODY = 28;
const TABLE = 22;

const alignment = (a: Align | undefined) =>
  a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : a === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;

function textRuns(rs: readonly Run[], size: number | undefined): TextRun[] {
  return rs.flatMap((r) =>
    r.text.split('\n').map(
      (part, i) => new TextRun({ text: part, bold: r.bold ?? false, italics: r.italic ?? false, ...(size ? { size } : {}), ...(i > 0 ? { break: 1 } : {}) }),
    ),
  );
}

function para(b: ParagraphBlock): Paragraph {
  return new Paragraph({
    children: textRuns(b.runs, b.size),
    alignment: alignment(b.align),
    spacing: { after: b.after ?? 100 },
    ...(b.indent ? { indent: { firstLine: 567 } } : {}),
  });
}

function widths(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((w) => Math.floor((total * w) / sum));
}

function grid(t: LateTable, empty: string, contentWidth: number): Table {
  const cols = widths(contentWidth, t.columns.map((c) => c.width));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: cols[i]!, type: WidthType.DXA },
      verticalAlign: head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [para({ kind: 'paragraph', runs: [{ text, bold: head }], align: head ? 'center' : t.columns[i]?.align, size: TABLE, after: 0 })],
    });
  const head = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c.title, i, true)) });
  const body =
    t.rows.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: t.columns.length,
                children: [para({ kind: 'paragraph', runs: [{ text: empty, italic: true }], align: 'center', size: TABLE, after: 0 })],
              }),
            ],
          }),
        ]
      : t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }));
  return new Table({ rows: [head, ...body], width: { size: contentWidth, type: WidthType.DXA }, columnWidths: cols, layout: TableLayoutType.FIXED });
}

function columns(cells: readonly (readonly ParagraphBlock[])[], shares: readonly number[], contentWidth: number): Table {
  const cols = widths(contentWidth, shares);
  return new Table({
    rows: [
      new TableRow({
        children: cells.map(
          (c, i) =>
            new TableCell({
              width: { size: cols[i]!, type: WidthType.DXA },
              borders: TableBorders.NONE,
              children: c.length === 0 ? [new Paragraph({ children: [] })] : c.map(para),
            }),
        ),
      }),
    ],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function render(b: DocBlock, contentWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [para(b)];
    case 'table':
      return [grid(b.table, b.empty, contentWidth), new Paragraph({ children: [], spacing: { after: 120 } })];
    case 'columns':
      return [columns(b.cells, b.widths, contentWidth)];
  }
}

export async function renderLateDocx(doc: DocFile): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: 'MotCua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: doc.sections.map((s) => {
      const landscape = s.orientation === 'landscape';
      const m = landscape ? margins.landscape : margins.portrait;
      const contentWidth = Math.floor((landscape ? A4.height : A4.width) - m.left - m.right);
      return {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: Math.round(m.top), right: Math.round(m.right), bottom: Math.round(m.bottom), left: Math.round(m.left) },
          },
        },
        children: s.blocks.flatMap((b) => render(b, contentWidth)),
      };
    }),
  });
  return Packer.toBuffer(document);
}
