/** File names and HTTP download headers of report exports: pure, tested. */

export const exportFormats = ['json', 'csv', 'xlsx', 'docx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Formats that are not text: the CLI writes them only to a file. */
export const binaryFormats: readonly ExportFormat[] = ['xlsx', 'docx'];

/** `Báo cáo` → `Bao cao`: ASCII fallback for clients that ignore `filename*`. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
}

/** Characters no file system or header accepts in a name. */
function safeName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\x00-\x1f\x7f]/g, '_').trim();
  return cleaned || 'bao-cao';
}

/**
 * `attachment; filename="Bao cao 06_LS.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…` (RFC 6266/5987):
 * browsers save the Vietnamese name with its diacritics, older clients the ASCII one.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = safeName(fileName);
  const ascii = foldToAscii(name).replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** `Báo cáo TTHC LS 2026-03-01_2026-03-31 theo đơn vị.xlsx`. */
export function reportFileName(kind: string, agencyCode: string, from: string, to: string, ext: string): string {
  return safeName(`${kind} ${agencyCode} ${from}_${to}.${ext}`);
}
