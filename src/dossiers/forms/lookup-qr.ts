import QRCode from 'qrcode';
import { AppError } from '../../shared/errors';
import type { QrImage } from './form-context';

/** The public lookup page of a dossier, `<base>/tra-cuu?ma=<code>`, keeping any path of the base. */
export function lookupUrl(baseUrl: string, code: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new AppError('VALIDATION_FAILED', { detail: `địa chỉ gốc không hợp lệ (${baseUrl})` });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new AppError('VALIDATION_FAILED', { detail: 'địa chỉ gốc phải bắt đầu bằng http:// hoặc https://' });
  }
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/tra-cuu?ma=${encodeURIComponent(code)}`;
}

/** The QR code of a URL as a PNG (about 3 cm printed). */
export async function qrImage(url: string): Promise<QrImage> {
  const png = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  return { url, png };
}
