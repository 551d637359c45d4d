import { numberFormat } from '../../../app/format';
import { cellLabels, cellValue, rowHeadings } from './labels';
import type { Form06Report, Form06Row, Grouping, ReportCell } from './report-types';
import './reports.css';

/** Columns 3–14 of form 06/VPCP/KSTT, as every export prints them (src/reports/form06-layout.ts). */
const figureCells: ReportCell[] = [
  'received.total',
  'received.online',
  'received.carriedOver',
  'received.directOrPostal',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'pending.total',
  'pending.notDue',
  'pending.overdue',
  'overdueTotal',
];

const lowHeadings: Partial<Record<ReportCell, string>> = {
  'received.online': 'Số mới tiếp nhận trực tuyến',
  'received.carriedOver': 'Số kỳ trước chuyển qua',
  'received.directOrPostal': 'Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích',
  'resolved.total': 'Tổng số',
  'resolved.early': 'Trả trước hạn',
  'resolved.onTime': 'Trả đúng thời hạn',
  'resolved.late': 'Trả quá hạn',
  'pending.total': 'Tổng số',
  'pending.notDue': 'Chưa đến hạn',
  'pending.overdue': 'Quá hạn',
};

const totalCells = new Set<ReportCell>(['received.total', 'resolved.total', 'pending.total', 'overdueTotal']);
const alertCells = new Set<ReportCell>(['resolved.late', 'pending.overdue', 'overdueTotal']);

export interface CellOpen {
  /** null = the total row. */
  row: Form06Row | null;
  cell: ReportCell;
}

/**
 * The standard report in the official layout: two-level merged headers, the numbered line (1)…(14),
 * one line per row and the total line; every non-zero figure opens its dossiers when `onOpen` is given.
 */
export function Form06Table({ report, by, onOpen }: { report: Form06Report; by: Grouping; onOpen?: (open: CellOpen) => void }) {
  const figure = (row: Form06Row | null, values: Form06Row | Form06Report['total'], cell: ReportCell) => {
    const value = cellValue(values, cell);
    const className = `${totalCells.has(cell) ? 'mc-f06-sum' : ''} ${alertCells.has(cell) && value > 0 ? 'mc-f06-alert' : ''}`;
    return (
      <td key={cell} className={className}>
        {onOpen && value > 0 ? (
          <button
            type="button"
            className="mc-f06-link"
            aria-label={`${cellLabels[cell]} — ${row ? row.name : 'Tổng cộng'}: ${value} hồ sơ`}
            onClick={() => onOpen({ row, cell })}
          >
            {numberFormat.format(value)}
          </button>
        ) : (
          numberFormat.format(value)
        )}
      </td>
    );
  };
  return (
    <div className="mc-f06-scroll">
      <table className="mc-f06">
        <colgroup>
          <col style={{ width: 44 }} />
          <col />
          {figureCells.map((c) => (
            <col key={c} style={{ width: c === 'received.directOrPostal' || c === 'overdueTotal' ? 92 : 64 }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={3} className="mc-f06-stt">STT</th>
            <th rowSpan={3} className="mc-f06-name">{rowHeadings[by]}</th>
            <th colSpan={4}>Số hồ sơ nhận giải quyết</th>
            <th colSpan={7}>Kết quả giải quyết</th>
            <th rowSpan={3}>Tổng số hồ sơ quá hạn (đã giải quyết và đang giải quyết)</th>
          </tr>
          <tr>
            <th rowSpan={2}>Tổng số</th>
            <th colSpan={3}>Trong đó</th>
            <th colSpan={4}>Số hồ sơ đã giải quyết</th>
            <th colSpan={3}>Số hồ sơ đang giải quyết</th>
          </tr>
          <tr>
            {figureCells.slice(1, 11).map((c) => (
              <th key={c}>{lowHeadings[c]}</th>
            ))}
          </tr>
          <tr className="mc-f06-numbers">
            {Array.from({ length: 14 }, (_, i) => (
              <th key={i}>({i + 1})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={row.key}>
              <td className="mc-f06-stt">{i + 1}</td>
              <td className="mc-f06-name">
                {row.name}
                {by === 'procedure' || by === 'field' ? <span className="mc-f06-key"> {row.key}</span> : null}
              </td>
              {figureCells.map((c) => figure(row, row, c))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="mc-f06-total">
            <td className="mc-f06-stt" />
            <td className="mc-f06-name">Tổng cộng</td>
            {figureCells.map((c) => figure(null, report.total, c))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
