import { Document, Packer, Paragraph, Table } from 'docx';
import { contentWidth, gridTable, layoutTable, pageProperties, paragraph as paragraphOf, type Align, type Orientation, type Run } from '../shared/docx-kit';
import type { LateTable } from './late-tables';

export type { Align, Run };

/**
 * Word documents of the late lists and the monthly notice: A4, Times New Roman, margins of Decree
 * 30/2020; several sections so a portrait notice can carry landscape appendices.
 */

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
  readonly orientation: Orientation;
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

/** Half-points: 14 pt body (notices), 11 pt in tables. */
const BODY = 28;
const TABLE = 22;

const para = (b: ParagraphBlock): Paragraph => paragraphOf(b.runs, b, 100);

function render(b: DocBlock, contentWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [para(b)];
    case 'table':
      return [gridTable(b.table, b.empty, contentWidth, TABLE), new Paragraph({ children: [], spacing: { after: 120 } })];
    case 'columns':
      return [layoutTable(b.cells.map((c) => c.map(para)), contentWidth, b.widths)];
  }
}

export async function renderLateDocx(doc: DocFile): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: 'MotCua',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: doc.sections.map((s) => ({
      properties: pageProperties(s.orientation),
      children: s.blocks.flatMap((b) => render(b, contentWidth(s.orientation))),
    })),
  });
  return Packer.toBuffer(document);
}
