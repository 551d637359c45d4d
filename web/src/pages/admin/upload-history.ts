import { ApiError } from '../../api/client';
import { lineErrorsOf, type HistoryImportSummary, type LineError } from './history-import';

/** A file the server refused, with its line errors (the first ones) and how many there were. */
export class HistoryImportRefused extends ApiError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly errors: LineError[],
    readonly errorCount: number,
  ) {
    super(code, message, status);
  }
}

/**
 * Sends the file as NDJSON and reports the upload's progress (0–1); the import itself runs on the
 * server once the file has arrived. XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadHistory(file: Blob, onProgress: (ratio: number) => void): Promise<HistoryImportSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('content-type', 'application/x-ndjson');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { code?: string; message?: string } | null;
      if (xhr.status === 200 && body) return resolve(body as HistoryImportSummary);
      const { errors, errorCount } = lineErrorsOf(body);
      reject(new HistoryImportRefused(body?.code ?? 'INTERNAL', body?.message ?? 'Không nhập được tệp, vui lòng thử lại.', xhr.status, errors, errorCount));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'Không gửi được tệp: mất kết nối tới máy chủ.', 0));
    xhr.send(file);
  });
}
