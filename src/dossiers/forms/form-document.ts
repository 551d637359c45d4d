/**
 * A printable form as a small tree of blocks, already in Vietnamese: the HTML and DOCX renderers
 * both draw from it, so the two formats never disagree on content.
 */

import type { Align, Run } from '../../shared/docx-kit';

export type { Align, Run };

export interface TableColumn {
  readonly title: string;
  /** Share of the table width, in percent. */
  readonly width: number;
  readonly align?: Align;
}

export interface SignatureColumn {
  readonly title: string;
  readonly hint: string;
  /** Printed under the space for the signature; empty to be written by hand. */
  readonly name: string;
}

export type Block =
  | { readonly kind: 'title'; readonly text: string; readonly lines: readonly Run[][] }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[]; readonly align?: Align; readonly indent?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      /** Cell text; `\n` starts a new line inside the cell. */
      readonly rows: readonly (readonly string[])[];
      readonly empty?: string;
    }
  | { readonly kind: 'signatures'; readonly columns: readonly SignatureColumn[] }
  | { readonly kind: 'qr'; readonly png: Uint8Array; readonly url: string; readonly caption: string };

export interface DocumentHeader {
  /** Agency above the issuing unit (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`); empty for a root agency. */
  readonly parentName: string;
  readonly unitName: string;
  /** `Số: …` line; null to leave it out. */
  readonly number: string | null;
  /** `Lạng Sơn, ngày 16 tháng 02 năm 2026`; null to leave it out. */
  readonly dateline: string | null;
}

export interface FormDocument {
  /** `Mẫu số 01`. */
  readonly formLabel: string;
  readonly title: string;
  readonly orientation: 'portrait' | 'landscape';
  readonly header: DocumentHeader;
  readonly blocks: readonly Block[];
}

/** Shorthands used by the form layouts. */
export const run = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Run => ({ text, ...style });

export const para = (runs: Run[] | string, opts: { align?: Align; indent?: boolean } = {}): Block => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  ...opts,
});

/** `Label: value`, the value in bold. */
export const field = (label: string, value: string): Block => para([run(`${label}: `), run(value, { bold: true })]);
