import type { ReportCell } from './classify-sql';
import type { Figures } from './form06-figures';
import type { ReportGrouping } from './report-scope';

/**
 * The table of form 06/VPCP/KSTT as every export draws it (Excel, Word, CSV): 14 numbered columns,
 * in the order of the published provincial tables (seed 004) with early and on time apart, as the
 * form has them, and the seeds' "total overdue" last.
 */

/** A cell of a row: the same names as the drill-down cells. */
export type FigureKey = ReportCell;

export interface FigureColumn {
  readonly key: FigureKey;
  /** Lowest header line. */
  readonly label: string;
  /** For a total column: the keys of the columns it adds up. */
  readonly sumOf?: readonly FigureKey[];
}

/** Columns 3–14, left to right. */
export const figureColumns: readonly FigureColumn[] = [
  { key: 'received.total', label: 'Tổng số', sumOf: ['received.online', 'received.carriedOver', 'received.directOrPostal'] },
  { key: 'received.online', label: 'Số mới tiếp nhận trực tuyến' },
  { key: 'received.carriedOver', label: 'Số kỳ trước chuyển qua' },
  { key: 'received.directOrPostal', label: 'Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích' },
  { key: 'resolved.total', label: 'Tổng số', sumOf: ['resolved.early', 'resolved.onTime', 'resolved.late'] },
  { key: 'resolved.early', label: 'Trả trước hạn' },
  { key: 'resolved.onTime', label: 'Trả đúng thời hạn' },
  { key: 'resolved.late', label: 'Trả quá hạn' },
  { key: 'pending.total', label: 'Tổng số', sumOf: ['pending.notDue', 'pending.overdue'] },
  { key: 'pending.notDue', label: 'Chưa đến hạn' },
  { key: 'pending.overdue', label: 'Quá hạn' },
  { key: 'overdueTotal', label: 'Tổng số hồ sơ quá hạn (đã giải quyết và đang giải quyết)', sumOf: ['resolved.late', 'pending.overdue'] },
];

/** Total number of columns: STT, the row name, then the figures. */
export const columnCount = 2 + figureColumns.length;

/** A header cell spanning rows and columns; `row` 0–2, `col` 0-based over the 14 columns. */
export interface HeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export const headerRowCount = 3;

export const rowHeadings: Record<ReportGrouping, string> = {
  child: 'Đơn vị',
  agency: 'Cơ quan, đơn vị',
  procedure: 'Thủ tục hành chính',
  field: 'Lĩnh vực',
  level: 'Cấp',
};

/** The three header lines with their merges, as the form prints them. */
export function headerCells(by: ReportGrouping): HeaderCell[] {
  const c = (text: string, row: number, col: number, rowSpan: number, colSpan: number): HeaderCell => ({ text, row, col, rowSpan, colSpan });
  const label = (i: number) => figureColumns[i]!.label;
  return [
    c('STT', 0, 0, 3, 1),
    c(rowHeadings[by], 0, 1, 3, 1),
    c('Số hồ sơ nhận giải quyết', 0, 2, 1, 4),
    c('Kết quả giải quyết', 0, 6, 1, 7),
    c(label(11), 0, 13, 3, 1),
    c(label(0), 1, 2, 2, 1),
    c('Trong đó', 1, 3, 1, 3),
    c('Số hồ sơ đã giải quyết', 1, 6, 1, 4),
    c('Số hồ sơ đang giải quyết', 1, 10, 1, 3),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => c(label(i), 2, 2 + i, 1, 1)),
  ];
}

/** `(1)`, `(2)` … `(14)`: the line of column numbers under the headers. */
export const columnNumbers: readonly string[] = Array.from({ length: columnCount }, (_, i) => `(${i + 1})`);

export function figureValue(f: Figures, key: FigureKey): number {
  if (key === 'overdueTotal') return f.overdueTotal;
  const [group, name] = key.split('.') as ['received' | 'resolved' | 'pending', string];
  return (f[group] as Record<string, number>)[name]!;
}

/** The 12 figures of a row, in column order. */
export function figureValues(f: Figures): number[] {
  return figureColumns.map((c) => figureValue(f, c.key));
}

export const totalLabel = 'Tổng cộng';

export const groupingLabels: Record<ReportGrouping, string> = {
  child: 'theo đơn vị trực thuộc',
  agency: 'theo từng cơ quan, đơn vị',
  procedure: 'theo thủ tục hành chính',
  field: 'theo lĩnh vực',
  level: 'theo cấp',
};
