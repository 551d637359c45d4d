import type { paths } from '../../api/schema';

export type HistoryImportSummary = paths['/api/imports']['post']['responses'][200]['content']['application/json'];
export interface LineError {
  readonly line: number;
  readonly message: string;
}

/** The server's own limit on one upload; larger histories go through the command line. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The line errors of a refusal body, whatever its shape. */
export function lineErrorsOf(body: unknown): { errors: LineError[]; errorCount: number } {
  const details = (body as { details?: { errors?: unknown; errorCount?: unknown } } | null)?.details;
  const errors = Array.isArray(details?.errors)
    ? details.errors.filter((e): e is LineError => typeof (e as LineError)?.line === 'number' && typeof (e as LineError)?.message === 'string')
    : [];
  return { errors, errorCount: typeof details?.errorCount === 'number' ? details.errorCount : errors.length };
}

/** Whether a file can be sent at all; the reason in Vietnamese when not. */
export function uploadProblem(file: { name: string; size: number }): string | null {
  if (!/\.(ndjson|jsonl|json|txt)$/i.test(file.name)) return 'Chỉ nhận tệp NDJSON (.ndjson, .jsonl, .json hoặc .txt): mỗi dòng một đối tượng JSON.';
  if (file.size === 0) return 'Tệp rỗng.';
  if (file.size > MAX_UPLOAD_BYTES) {
    return `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: hãy nhập trên máy chủ bằng lệnh "npx motcua import ${file.name}" (có thanh tiến trình).`;
  }
  return null;
}
