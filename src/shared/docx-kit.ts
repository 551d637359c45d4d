import { AlignmentType, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';

/**
 * The building blocks every Word document of the system shares (dossier forms, late lists, notices):
 * A4 pages with the margins of Decree 30/2020, runs that keep line breaks, bordered data tables and
 * borderless layout tables. Each renderer keeps only its own blocks and sizes.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Orientation = 'portrait' | 'landscape';

/** A4 in twips, and the margins of administrative documents: 20/15/20/30 mm upright, 15/15/15/20 mm wide. */
const A4 = { width: 11906, height: 16838 };
const MM = 56.7;
const margins = {
  portrait: { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM },
  landscape: { top: 15 * MM, right: 15 * MM, bottom: 15 * MM, left: 20 * MM },
};

/** The width between the margins, in twips. */
export function contentWidth(orientation: Orientation): number {
  const m = margins[orientation];
  return Math.floor((orientation === 'landscape' ? A4.height : A4.width) - m.left - m.right);
}

/** A section's page: A4 in the orientation, with its margins. */
export function pageProperties(orientation: Orientation) {
  const m = margins[orientation];
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: { width: A4.width, height: A4.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: Math.round(m.top), right: Math.round(m.right), bottom: Math.round(m.bottom), left: Math.round(m.left) },
    },
  };
}

export const alignment = (a: Align | undefined) =>
  a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : a === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;

/** Runs of text; a line break inside a run's text becomes a line break in Word. */
export function textRuns(rs: readonly Run[], size?: number): TextRun[] {
  return rs.flatMap((r) =>
    r.text.split('\n').map(
      (part, i) => new TextRun({ text: part, bold: r.bold ?? false, italics: r.italic ?? false, ...(size ? { size } : {}), ...(i > 0 ? { break: 1 } : {}) }),
    ),
  );
}

export interface ParagraphStyle {
  readonly align?: Align | undefined;
  /** Half-points. */
  readonly size?: number | undefined;
  /** Space after, in twentieths of a point. */
  readonly after?: number | undefined;
  /** Space before, in twentieths of a point. */
  readonly before?: number | undefined;
  /** First-line indent of body text. */
  readonly indent?: boolean | undefined;
}

export function paragraph(rs: readonly Run[], style: ParagraphStyle, defaultAfter: number): Paragraph {
  return new Paragraph({
    children: textRuns(rs, style.size),
    alignment: alignment(style.align),
    spacing: { after: style.after ?? defaultAfter, ...(style.before ? { before: style.before } : {}) },
    ...(style.indent ? { indent: { firstLine: 567 } } : {}),
  });
}

/** Column widths in twips from relative shares. */
export function widths(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((w) => Math.floor((total * w) / sum));
}

export interface GridTable {
  readonly columns: readonly { readonly title: string; readonly width: number; readonly align?: Align | undefined }[];
  readonly rows: readonly (readonly string[])[];
}

/** A bordered data table: a repeated bold header row, rows that do not split across pages, a line for no rows. */
export function gridTable(t: GridTable, empty: string, width: number, size: number | undefined): Table {
  const cols = widths(width, t.columns.map((c) => c.width));
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: cols[i]!, type: WidthType.DXA },
      verticalAlign: head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [paragraph([{ text, bold: head }], { align: head ? 'center' : t.columns[i]?.align, size, after: 0 }, 0)],
    });
  const head = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c.title, i, true)) });
  const body =
    t.rows.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: t.columns.length,
                children: [paragraph([{ text: empty, italic: true }], { align: 'center', size, after: 0 }, 0)],
              }),
            ],
          }),
        ]
      : t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }));
  return new Table({ rows: [head, ...body], width: { size: width, type: WidthType.DXA }, columnWidths: cols, layout: TableLayoutType.FIXED });
}

/** A table without borders laying paragraphs side by side (document header, recipients, signatures). */
export function layoutTable(cells: readonly (readonly Paragraph[])[], width: number, shares: readonly number[]): Table {
  const cols = widths(width, shares);
  return new Table({
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: cols[i]!, type: WidthType.DXA },
              borders: TableBorders.NONE,
              children: children.length === 0 ? [new Paragraph({ children: [] })] : [...children],
            }),
        ),
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}
