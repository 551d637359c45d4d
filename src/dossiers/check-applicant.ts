import { AppError } from '../shared/errors';
import { isValidIdNumber, isValidPhone, normalisePhone } from './applicant-validation';
import type { ApplicantInput } from './dossier-inputs';
import type { DossierState } from './dossier-state';

type ApplicantFields = Pick<
  DossierState,
  'applicantKind' | 'applicantName' | 'applicantIdNumber' | 'applicantPhone' | 'applicantEmail' | 'applicantAddress' | 'authorisedPerson'
>;

/** Validates and normalises the applicant block of a dossier. */
export function checkApplicant(a: ApplicantInput): ApplicantFields {
  const kind = a.kind ?? 'person';
  if (!isValidIdNumber(kind, a.idNumber)) throw new AppError('DOSSIER_INVALID_ID_NUMBER');
  if (!isValidPhone(a.phone)) throw new AppError('DOSSIER_INVALID_PHONE');
  if (a.authorisedPerson?.phone && !isValidPhone(a.authorisedPerson.phone)) throw new AppError('DOSSIER_INVALID_PHONE');
  return {
    applicantKind: kind,
    applicantName: a.name,
    applicantIdNumber: a.idNumber,
    applicantPhone: normalisePhone(a.phone),
    applicantEmail: a.email ?? null,
    applicantAddress: a.address ?? null,
    authorisedPerson: a.authorisedPerson
      ? {
          name: a.authorisedPerson.name,
          idNumber: a.authorisedPerson.idNumber ?? null,
          phone: a.authorisedPerson.phone ? normalisePhone(a.authorisedPerson.phone) : null,
        }
      : null,
  };
}
