import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { AppError } from '../shared/errors';
import { agencies } from '../agencies/schema';
import { procedures, procedureVersions } from '../catalog/schema';
import { dossiers, dossierSteps } from './schema';
import { normalisePhone } from './applicant-validation';

/**
 * Public tracking by dossier code with the last 4 digits of the applicant's phone as a second factor.
 * Shows progress only: no personal data, so a guessed code reveals nothing about anyone.
 */
export async function lookupDossier(db: Db, input: { code: string; phoneTail: string }) {
  const [row] = await db
    .select({ dossier: dossiers, procedureName: procedureVersions.name, procedureCode: procedures.code, agencyName: agencies.name })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .leftJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .innerJoin(agencies, eq(agencies.id, dossiers.agencyId))
    .where(eq(dossiers.code, input.code.trim()));
  const tail = input.phoneTail.replace(/\D/g, '');
  const phone = row?.dossier.applicantPhone ? normalisePhone(row.dossier.applicantPhone) : '';
  // The same answer for an unknown code and a wrong phone: no way to probe which codes exist.
  if (!row || tail.length < 4 || !phone.endsWith(tail)) throw new AppError('DOSSIER_LOOKUP_FAILED');
  const d = row.dossier;
  const steps = await db
    .select({
      name: dossierSteps.name,
      status: dossierSteps.status,
      agencyName: agencies.name,
      startedAt: dossierSteps.startedAt,
      dueAt: dossierSteps.dueAt,
      completedAt: dossierSteps.completedAt,
    })
    .from(dossierSteps)
    .innerJoin(agencies, eq(agencies.id, dossierSteps.agencyId))
    .where(eq(dossierSteps.dossierId, d.id))
    .orderBy(asc(dossierSteps.position), asc(dossierSteps.id));
  return {
    code: d.code,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName ?? '',
    agencyName: row.agencyName,
    channel: d.channel,
    status: d.status,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    apologyDueAt: d.apologyDueAt,
    finishedAt: d.finishedAt,
    outcome: d.outcome,
    returnedAt: d.returnedAt,
    steps,
  };
}
