import { AppError } from '../../shared/errors';
import type { DossierDetail } from '../get-dossier';
import type { DossierEventType } from '../dossier-events';
import type { DocumentHeader } from './form-document';
import type { Issuer } from './form-context';
import { dateline, orBlank, upper } from './form-format';

/** Pieces of a dossier every form prints, already formatted. */

export type DossierEvent = DossierDetail['events'][number];

export interface ApplicantFacts {
  /** `Ông/bà` or `Tổ chức`. */
  readonly title: string;
  readonly name: string;
  readonly idLabel: string;
  readonly idNumber: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  /** `Nguyễn Văn B, số định danh …, điện thoại …`, or null when the applicant came in person. */
  readonly authorised: string | null;
}

export function applicantFacts(detail: DossierDetail): ApplicantFacts {
  const d = detail.dossier;
  const business = d.applicantKind === 'business';
  const a = d.authorisedPerson;
  const authorised = a
    ? [a.name, a.idNumber ? `số định danh ${a.idNumber}` : null, a.phone ? `điện thoại ${a.phone}` : null].filter(Boolean).join(', ')
    : null;
  return {
    title: business ? 'Tổ chức' : 'Ông/bà',
    name: d.applicantName,
    idLabel: business ? 'Mã số doanh nghiệp' : 'Số định danh cá nhân',
    idNumber: orBlank(d.applicantIdNumber),
    address: orBlank(d.applicantAddress),
    phone: orBlank(d.applicantPhone),
    email: orBlank(d.applicantEmail),
    authorised,
  };
}

/** The request: the procedure's name, with the applicant's own summary when there is one. */
export function requestText(detail: DossierDetail): string {
  const name = detail.procedure?.name ?? 'Thủ tục hành chính';
  const summary = detail.dossier.requestSummary.trim();
  return summary ? `${name} (${summary})` : name;
}

/** The latest event of one of the types, or null. */
export function latestEvent(detail: DossierDetail, types: readonly DossierEventType[]): DossierEvent | null {
  for (let i = detail.events.length - 1; i >= 0; i--) {
    const e = detail.events[i]!;
    if ((types as readonly string[]).includes(e.type)) return e;
  }
  return null;
}

export function requireEvent(detail: DossierDetail, types: readonly DossierEventType[], form: string): DossierEvent {
  const e = latestEvent(detail, types);
  if (!e) throw new AppError('DOSSIER_FORM_UNAVAILABLE', { form });
  return e;
}

export function actorName(e: DossierEvent | null): string {
  return e?.actor?.fullName ?? '';
}

export function headerOf(issuer: Issuer, number: string | null, at: Date | null): DocumentHeader {
  return {
    parentName: upper(issuer.parentName),
    unitName: upper(issuer.name),
    number,
    dateline: at ? dateline(issuer.place, at) : null,
  };
}

/** Splits a free-text list (one item a line, with or without `-`, `•` or `1.` markers) into items. */
export function itemsOf(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-•*+]|\d+[.)])\s*/, '').trim())
    .filter((l) => l.length > 0);
}
