import type { Form06Report } from './form06';
import type { DrillDownItem } from './drill-down';
import { figureColumns, figureValues, totalLabel } from './form06-layout';
import { formatVietnamIso } from '../calendar/vietnam-time';
import { channelLabels, outcomeLabels } from '../dossiers/vocabulary';

/**
 * CSV of the standard report (RFC 4180: comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so
 * spreadsheet programs show the diacritics. The header line is Vietnamese by default (the form's
 * column names, the three header levels joined with " - "), or the JSON keys of the report with
 * `header: 'keys'` for programs. Columns: STT, row key (agency, procedure or field code, or level),
 * row name, then the 12 figures in the form's order; the last line is the total ("Tổng cộng", empty
 * STT and key).
 */
export interface CsvOptions {
  readonly header?: 'vi' | 'keys';
  /** Leave out the byte-order mark (e.g. when concatenating). */
  readonly bom?: boolean;
}

const BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLines(rows: readonly (readonly (string | number | null | undefined)[])[], bom = true): string {
  return (bom ? BOM : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const viGroupLabels: Record<string, string> = {
  received: 'Số hồ sơ nhận giải quyết',
  resolved: 'Số hồ sơ đã giải quyết',
  pending: 'Số hồ sơ đang giải quyết',
};

/** `Số hồ sơ đã giải quyết - Trả trước hạn`, or the column's own name when it stands alone. */
function viHeader(key: string, label: string): string {
  const group = key.split('.')[0]!;
  return key.includes('.') ? `${viGroupLabels[group]} - ${label}` : label;
}

export function form06ToCsv(report: Form06Report, options: CsvOptions = {}): string {
  const header =
    options.header === 'keys'
      ? ['stt', 'key', 'name', ...figureColumns.map((c) => c.key)]
      : ['STT', 'Mã', 'Tên', ...figureColumns.map((c) => viHeader(c.key, c.label))];
  return csvLines(
    [header, ...report.rows.map((r, i) => [i + 1, r.key, r.name, ...figureValues(r)]), ['', '', totalLabel, ...figureValues(report.total)]],
    options.bom ?? true,
  );
}

const at = (d: Date | null) => (d ? formatVietnamIso(d) : '');

/** The dossiers behind a cell, one line each; instants in Vietnam time (ISO 8601 with +07:00). */
export function drillDownToCsv(items: readonly DrillDownItem[], options: CsvOptions = {}): string {
  const header =
    options.header === 'keys'
      ? ['code', 'procedureCode', 'procedureName', 'agencyCode', 'agencyName', 'channel', 'receivedAt', 'dueAt', 'finishedAt', 'resultSignedAt', 'outcome']
      : ['Mã hồ sơ', 'Mã thủ tục', 'Tên thủ tục', 'Mã cơ quan', 'Cơ quan chủ trì', 'Kênh tiếp nhận', 'Tiếp nhận', 'Hạn giải quyết', 'Kết thúc', 'Ký kết quả', 'Kết quả'];
  const keys = options.header === 'keys';
  return csvLines(
    [
      header,
      ...items.map((i) => [
        i.code,
        i.procedureCode,
        i.procedureName,
        i.agencyCode,
        i.agencyName,
        keys ? i.channel : (channelLabels[i.channel as keyof typeof channelLabels] ?? i.channel),
        at(i.receivedAt),
        at(i.dueAt),
        at(i.finishedAt),
        at(i.resultSignedAt),
        keys ? (i.outcome ?? '') : i.outcome ? (outcomeLabels[i.outcome as keyof typeof outcomeLabels] ?? i.outcome) : '',
      ]),
    ],
    options.bom ?? true,
  );
}
