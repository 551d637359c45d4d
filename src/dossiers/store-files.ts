import { createHash } from 'node:crypto';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { dossierFiles } from './schema';
import type { FileInput } from './dossier-inputs';

const MAX_BYTES = 10 * 1024 * 1024;
const allowedTypes = /^(application\/pdf|image\/(png|jpeg|tiff)|application\/vnd\.openxmlformats-officedocument\.[\w.]+|application\/msword|text\/plain)$/;

/** Checks and stores the files of a receipt, supplement or result, in the action's transaction. */
export async function storeFiles(
  tx: Executor,
  dossierId: number,
  kind: 'component' | 'supplement' | 'result',
  files: readonly FileInput[],
  uploadedBy: number | null,
  /** The action's time (the service clock), like the event the upload belongs to. */
  at: Date,
): Promise<void> {
  for (const f of files) {
    if (!allowedTypes.test(f.mimeType)) {
      throw new AppError('DOSSIER_FILE_INVALID', { detail: `${f.fileName}: loại tệp ${f.mimeType} không được chấp nhận (PDF, ảnh, Word)` });
    }
    const bytes = Buffer.from(f.contentBase64, 'base64');
    if (bytes.length === 0) throw new AppError('DOSSIER_FILE_INVALID', { detail: `${f.fileName}: tệp rỗng hoặc không phải base64` });
    if (bytes.length > MAX_BYTES) throw new AppError('DOSSIER_FILE_INVALID', { detail: `${f.fileName}: quá 10 MB` });
    await tx.insert(dossierFiles).values({
      dossierId,
      kind,
      componentPosition: f.componentPosition ?? null,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes.toString('base64'),
      uploadedBy,
      uploadedAt: at,
    });
  }
}
