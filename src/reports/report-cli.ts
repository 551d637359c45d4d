import { systemActor } from '../accounts/actor';
import { withDatabase } from '../cli/with-database';
import { reportCells, type ReportCell } from './classify-sql';
import { compareSnapshot, type SnapshotComparison } from './compare-snapshot';
import { drillDown } from './drill-down';
import { drillDownToCsv } from './form06-csv';
import { publishReport } from './publish-report';
import { exportFormats } from './report-files';
import {
  emit,
  groupingOf,
  oneOf,
  parseReportArgs,
  periodOf,
  periodOptions,
  periodUsage,
  positiveOf,
  requiredOf,
  requireOutFor,
  usageError,
  type ReportSubcommand,
} from './report-cli-args';
import { figureColumns, totalLabel } from './form06-layout';
import { viDay } from './form06-text';

const by = '[--by child|agency|procedure|field|level]';

const form06Usage = `motcua report form06 --agency MÃ ${periodUsage} ${by} [--format json|csv|xlsx|docx] [--out TỆP] [--signer-title CHỨC_DANH] [--signer-name HỌ_TÊN]`;

/** The standard report: JSON (the computeForm06 shape) or CSV on stdout, any format to a file. */
export const form06Subcommand: ReportSubcommand = {
  usage: form06Usage,
  summary: 'Báo cáo tình hình, kết quả giải quyết TTHC (mẫu 06/VPCP/KSTT)',
  async run(args) {
    const { values, positionals } = parseReportArgs(
      args,
      { agency: { type: 'string' }, ...periodOptions, by: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'signer-title': { type: 'string' }, 'signer-name': { type: 'string' } },
      form06Usage,
    );
    if (positionals.length > 0) throw usageError(`Tham số thừa: ${positionals.join(' ')}.`, form06Usage);
    const agencyCode = requiredOf('agency', values.agency, form06Usage);
    const format = oneOf('format', values.format, exportFormats, 'json', form06Usage);
    requireOutFor(format, values.out);
    const period = periodOf(values, form06Usage);
    // Excel and Word writers load only when a report is really produced: argument errors stay instant.
    const { exportForm06 } = await import('./export-form06');
    const exported = await withDatabase(async (database) =>
      exportForm06(database.db, systemActor, {
        agencyCode,
        ...period,
        by: groupingOf(values.by, form06Usage),
        format,
        signerTitle: values['signer-title'],
        signerName: values['signer-name'],
      }),
    );
    await emit(exported.body, values.out);
    return 0;
  },
};

const drillUsage = `motcua report drill --agency MÃ ${periodUsage} ${by} [--row MÃ_DÒNG] --cell Ô [--page N] [--page-size N] [--format json|csv] [--out TỆP]`;

/** The dossiers behind one cell of the report (the total row when --row is omitted). */
export const drillSubcommand: ReportSubcommand = {
  usage: drillUsage,
  summary: 'Danh sách hồ sơ của một ô số liệu trong báo cáo',
  async run(args) {
    const { values, positionals } = parseReportArgs(
      args,
      {
        agency: { type: 'string' },
        ...periodOptions,
        by: { type: 'string' },
        row: { type: 'string' },
        cell: { type: 'string' },
        page: { type: 'string' },
        'page-size': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
      drillUsage,
    );
    if (positionals.length > 0) throw usageError(`Tham số thừa: ${positionals.join(' ')}.`, drillUsage);
    const agencyCode = requiredOf('agency', values.agency, drillUsage);
    const cell = requiredOf('cell', values.cell, drillUsage);
    if (!(reportCells as readonly string[]).includes(cell)) throw usageError(`Ô số liệu không hợp lệ: "${cell}" (${reportCells.join(', ')}).`, drillUsage);
    const format = oneOf('format', values.format, ['json', 'csv'] as const, 'json', drillUsage);
    const query = {
      agencyCode,
      ...periodOf(values, drillUsage),
      by: groupingOf(values.by, drillUsage),
      row: values.row,
      cell: cell as ReportCell,
      page: positiveOf('page', values.page, 1, 1_000_000, drillUsage),
      pageSize: positiveOf('page-size', values['page-size'], 1000, 100_000, drillUsage),
    };
    const result = await withDatabase(async (database) => drillDown(database.db, systemActor, query));
    await emit(format === 'csv' ? drillDownToCsv(result.items) : JSON.stringify(result, null, 2), values.out);
    return 0;
  },
};

const publishUsage = `motcua report publish --agency MÃ ${periodUsage} ${by} [--note GHI_CHÚ] [--format text|json]`;

/** Publishes a closed period's report as an immutable snapshot. */
export const publishSubcommand: ReportSubcommand = {
  usage: publishUsage,
  summary: 'Công bố số liệu báo cáo của một kỳ đã kết thúc (không thể sửa sau khi công bố)',
  async run(args) {
    const { values, positionals } = parseReportArgs(
      args,
      { agency: { type: 'string' }, ...periodOptions, by: { type: 'string' }, note: { type: 'string' }, format: { type: 'string' } },
      publishUsage,
    );
    if (positionals.length > 0) throw usageError(`Tham số thừa: ${positionals.join(' ')}.`, publishUsage);
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', publishUsage);
    const input = {
      agencyCode: requiredOf('agency', values.agency, publishUsage),
      ...periodOf(values, publishUsage),
      by: groupingOf(values.by, publishUsage),
      note: values.note,
    };
    const snapshot = await withDatabase(async (database) => publishReport(database.db, systemActor, input));
    await emit(
      format === 'json'
        ? JSON.stringify(snapshot, null, 2)
        : `Đã công bố báo cáo #${snapshot.id}: ${snapshot.agencyName}, từ ngày ${viDay(snapshot.from)} đến ngày ${viDay(snapshot.to)}, ` +
            `${snapshot.dossierCount} hồ sơ.\nMã băm SHA-256: ${snapshot.hash}`,
      undefined,
    );
    return 0;
  },
};

const cellLabel = (cell: ReportCell): string => {
  const col = figureColumns.find((c) => c.key === cell)!;
  const group = { received: 'Nhận giải quyết', resolved: 'Đã giải quyết', pending: 'Đang giải quyết' }[cell.split('.')[0]!];
  return group && cell.includes('.') ? `${group} — ${col.label}` : col.label;
};

const changeLabels = { added: 'được tính thêm', removed: 'không còn được tính', moved: 'chuyển loại' } as const;

/** A readable account of a comparison, for the terminal. */
export function describeComparison(c: SnapshotComparison): string {
  const s = c.snapshot;
  const lines = [
    `Báo cáo #${s.id}: ${s.agencyName}, từ ngày ${viDay(s.from)} đến ngày ${viDay(s.to)}, công bố bởi ${s.publishedBy}.`,
    c.intact ? 'Số liệu lưu trữ khớp mã băm khi công bố.' : 'CẢNH BÁO: số liệu lưu trữ không khớp mã băm khi công bố.',
  ];
  if (!c.changed) return [...lines, 'Số liệu tính lại hiện nay trùng khớp với số liệu đã công bố.'].join('\n');
  lines.push('', `Các ô số liệu thay đổi (${c.cells.length}):`);
  for (const d of c.cells) {
    const sign = d.difference > 0 ? `+${d.difference}` : String(d.difference);
    lines.push(`  ${d.rowKey ?? totalLabel} · ${cellLabel(d.cell)}: ${d.published} → ${d.current} (${sign})`);
  }
  lines.push('', `Hồ sơ thay đổi (${c.changedDossiers}${c.truncated ? `, liệt kê ${c.dossiers.length}` : ''}):`);
  for (const d of c.dossiers) {
    lines.push(`  ${d.code}: ${changeLabels[d.change]}`);
    for (const r of d.reasons) lines.push(`    - ${r}`);
  }
  return lines.join('\n');
}

const compareUsage = 'motcua report compare SỐ_BÁO_CÁO [--format text|json] [--limit N]';

/** Recomputes a published report now and explains the differences. */
export const compareSubcommand: ReportSubcommand = {
  usage: compareUsage,
  summary: 'Đối chiếu báo cáo đã công bố với số liệu hiện tại (ô nào, hồ sơ nào thay đổi, vì sao)',
  async run(args) {
    const { values, positionals } = parseReportArgs(args, { format: { type: 'string' }, limit: { type: 'string' } }, compareUsage);
    if (positionals.length !== 1 || !/^\d{1,9}$/.test(positionals[0]!)) throw usageError('Cần đúng một số báo cáo đã công bố.', compareUsage);
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', compareUsage);
    const limit = positiveOf('limit', values.limit, 1000, 100_000, compareUsage);
    const comparison = await withDatabase(async (database) => compareSnapshot(database.db, systemActor, Number(positionals[0]), { limit }));
    await emit(format === 'json' ? JSON.stringify(comparison, null, 2) : describeComparison(comparison), undefined);
    return 0;
  },
};
