import type { ApplicantKind } from './vocabulary';

/** Personal identification number (CCCD/định danh cá nhân): exactly 12 digits. */
export function isPersonalId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/** Enterprise/tax code: 10 digits, or 10 digits + '-' + 3 digits for a branch. */
export function isBusinessCode(value: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(value);
}

export function isValidIdNumber(kind: ApplicantKind, value: string): boolean {
  return kind === 'person' ? isPersonalId(value) : isBusinessCode(value);
}

/** Strips spaces, dots and dashes and turns +84 into 0. */
export function normalisePhone(value: string): string {
  const compact = value.replace(/[\s.\-()]/g, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact.startsWith('84') && compact.length === 11 ? `0${compact.slice(2)}` : compact;
}

/** Vietnamese mobile (10 digits: 03x, 05x, 07x, 08x, 09x) or landline (0 + area code, 10–11 digits). */
export function isValidPhone(value: string): boolean {
  const p = normalisePhone(value);
  return /^0(3|5|7|8|9)\d{8}$/.test(p) || /^02\d{8,9}$/.test(p);
}

/** The last digits of a phone, used as the second factor of the public lookup. */
export function phoneTail(value: string, digits = 4): string {
  return normalisePhone(value).slice(-digits);
}
