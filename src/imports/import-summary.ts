import type { LineError } from './line-messages';

export interface CreatedUnchanged {
  created: number;
  unchanged: number;
}

/** What an import wrote: per type, created and left unchanged (already there, same code). */
export interface ImportSummary {
  /** Non-blank lines read. */
  lines: number;
  agencies: CreatedUnchanged & { successions: number };
  procedures: CreatedUnchanged & { amended: number };
  fields: { created: number };
  officials: CreatedUnchanged;
  dossiers: CreatedUnchanged;
  /** Steps written with the created dossiers (one IMPORTED event each, too). */
  steps: number;
  /** Things kept as they were in the database although the file says otherwise (a name, an agency). */
  warnings: LineError[];
  seconds: number;
}

export function emptySummary(): ImportSummary {
  return {
    lines: 0,
    agencies: { created: 0, unchanged: 0, successions: 0 },
    procedures: { created: 0, amended: 0, unchanged: 0 },
    fields: { created: 0 },
    officials: { created: 0, unchanged: 0 },
    dossiers: { created: 0, unchanged: 0 },
    steps: 0,
    warnings: [],
    seconds: 0,
  };
}

const n = (value: number) => value.toLocaleString('vi-VN');

/** The Vietnamese summary printed by the command line. */
export function formatImportSummary(s: ImportSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.dossiers.created / s.seconds) : 0;
  const lines = [
    `Đã nhập dữ liệu lịch sử: ${n(s.lines)} dòng trong ${s.seconds.toFixed(1)} giây.`,
    `  Cơ quan:   tạo mới ${n(s.agencies.created)}, đã có ${n(s.agencies.unchanged)}, sáp nhập ghi nhận ${n(s.agencies.successions)}`,
    `  Thủ tục:   tạo mới ${n(s.procedures.created)}, cập nhật phiên bản ${n(s.procedures.amended)}, giữ nguyên ${n(s.procedures.unchanged)}` +
      (s.fields.created > 0 ? ` (tạo ${n(s.fields.created)} lĩnh vực)` : ''),
    `  Cán bộ:    tạo mới ${n(s.officials.created)}, đã có ${n(s.officials.unchanged)}`,
    `  Hồ sơ:     tạo mới ${n(s.dossiers.created)}, đã có ${n(s.dossiers.unchanged)} (${n(s.steps)} bước xử lý` +
      (rate > 0 ? `, ${n(rate)} hồ sơ/giây)` : ')'),
  ];
  if (s.warnings.length > 0) {
    lines.push(`Lưu ý (${n(s.warnings.length)}):`);
    for (const w of s.warnings) lines.push(`  Dòng ${w.line}: ${w.message}`);
  }
  return lines.join('\n');
}

/** The line errors of a rejected file, as printed by the command line. */
export function formatLineErrors(errors: readonly LineError[], total: number): string {
  const lines = [`Tệp có ${n(total)} lỗi; không có dữ liệu nào được ghi.`];
  for (const e of errors) lines.push(`  Dòng ${e.line}: ${e.message}`);
  if (total > errors.length) lines.push(`  … và ${n(total - errors.length)} lỗi khác.`);
  return lines.join('\n');
}
