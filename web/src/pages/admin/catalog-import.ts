/** Pure parts of the catalog import: which format a file is, and the row errors the server reports. */

export interface ImportIssue {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly procedureCode: string | null;
  readonly path: string;
  readonly message: string;
}

export type ImportFormat = 'json' | 'xlsx';

export function importFormatOf(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The `details` of a CATALOG_IMPORT_INVALID answer, read defensively (it is not in the OpenAPI types). */
export function importIssuesOf(body: unknown): ImportIssue[] {
  const details = (body as { details?: unknown } | null)?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((d): ImportIssue[] => {
    if (typeof d !== 'object' || d === null) return [];
    const r = d as Record<string, unknown>;
    const message = str(r.message);
    if (!message) return [];
    return [
      {
        sheet: str(r.sheet),
        row: typeof r.row === 'number' ? r.row : null,
        procedureCode: str(r.procedureCode),
        path: str(r.path) ?? '',
        message,
      },
    ];
  });
}

/** Sheet names the workbook and the JSON file use, as the person fixing the file reads them. */
export function sheetLabel(sheet: string | null): string {
  if (sheet === 'procedures') return 'Thủ tục (JSON)';
  if (sheet === 'fields') return 'Lĩnh vực (JSON)';
  return sheet ?? '—';
}
