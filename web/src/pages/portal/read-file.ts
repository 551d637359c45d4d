import { checkUpload } from './portal-model';
import type { UploadFile } from './portal-types';

/** Reads a chosen file as base64 for the API (PDF or image, at most 10 MB); rejects with a Vietnamese message. */
export async function readUpload(file: File, componentPosition: number | null): Promise<UploadFile> {
  const checked = checkUpload(file);
  if ('error' in checked) throw new Error(checked.error);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(`${file.name}: không đọc được tệp.`));
    reader.readAsDataURL(file);
  });
  return { fileName: file.name, mimeType: checked.mimeType, contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1), componentPosition };
}
