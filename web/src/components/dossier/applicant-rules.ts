/**
 * The server's applicant rules (src/dossiers/applicant-validation.ts), copied so the desk form
 * validates as the officer types; test/web/office-logic.test.ts checks both agree on any input.
 */
export type ApplicantKind = 'person' | 'business';

export function isPersonalId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

export function isBusinessCode(value: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(value);
}

export function isValidIdNumber(kind: ApplicantKind, value: string): boolean {
  return kind === 'person' ? isPersonalId(value) : isBusinessCode(value);
}

export function normalisePhone(value: string): string {
  const compact = value.replace(/[\s.\-()]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact.startsWith('84') && compact.length === 11 ? `0${compact.slice(2)}` : compact;
}

export function isValidPhone(value: string): boolean {
  const p = normalisePhone(value);
  return /^0(3|5|7|8|9)\d{8}$/.test(p) || /^02\d{8,9}$/.test(p);
}

/** The message under the ID field, or null when valid (the server trims before checking). */
export function idNumberProblem(kind: ApplicantKind, value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return kind === 'person' ? 'Nhập số định danh cá nhân (12 chữ số)' : 'Nhập mã số doanh nghiệp';
  if (isValidIdNumber(kind, v)) return null;
  return kind === 'person'
    ? `Số định danh cá nhân gồm đúng 12 chữ số (đang có ${v.replace(/\D/g, '').length} chữ số)`
    : 'Mã số doanh nghiệp gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số đối với chi nhánh';
}

export function phoneProblem(value: string | undefined, required = true): string | null {
  const v = (value ?? '').trim();
  if (!v) return required ? 'Nhập số điện thoại' : null;
  return isValidPhone(v) ? null : 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678)';
}
