import type { z } from 'zod';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db, Executor } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { dossierComponents } from './schema';
import { loadAgency, loadAgencyByCode, loadCurrentVersion, type AgencyRef, type ComponentRow } from './load-intake-context';
import { createWithEvent, type DossierRow } from './record-transition';
import { nextDossierCode } from './next-dossier-code';
import { storeFiles } from './store-files';
import { acceptDossier } from './accept-dossier';
import { checkApplicant } from './check-applicant';
import type { receiveInput } from './dossier-inputs';
import { newDossierState } from './dossier-state';
import { coversAny } from './dossier-access';

export type ReceiveData = z.output<typeof receiveInput>;

/** The desk an officer receives at: the one named, else their own receiving grant's agency. */
async function deskOf(db: Executor, actor: Actor, code: string | null | undefined): Promise<AgencyRef> {
  if (code) return loadAgencyByCode(db, code);
  const grant = actor.grants.find((g) => g.role === 'receiving_officer' && g.agencyId !== null);
  if (!grant?.agencyId) throw new AppError('VALIDATION_FAILED', { detail: 'cần chọn Bộ phận Một cửa tiếp nhận (deskAgencyCode)' });
  return loadAgency(db, grant.agencyId);
}

export function missingRequired(components: readonly ComponentRow[], provided: ReceiveData['components']): string[] {
  const given = new Set(provided.filter((c) => c.provided).map((c) => c.position));
  return components.filter((c) => c.required && !given.has(c.position)).map((c) => c.name);
}

/**
 * Counter or postal receipt with the intake check done on the spot: accepted (receipt slip, form 01),
 * incomplete (one supplementation request listing everything missing, form 02) or refused (form 03).
 */
export async function receiveDossier(db: Db, actor: Actor, clock: Clock, input: ReceiveData): Promise<DossierRow> {
  authorize(actor, { anyOf: ['receiving_officer', 'admin'] });
  return db.transaction(async (tx) => {
    const desk = await deskOf(tx, actor, input.deskAgencyCode);
    if (!coversAny(actor, ['receiving_officer', 'admin'], [desk.path])) throw new AppError('FORBIDDEN');
    const now = clock.now();
    const { procedureId, version, components } = await loadCurrentVersion(tx, input.procedureCode);
    const lead = input.leadAgencyCode
      ? await loadAgencyByCode(tx, input.leadAgencyCode)
      : await loadAgency(tx, version.implementingAgencyId ?? desk.id);
    const applicant = checkApplicant(input.applicant);
    if (input.decision === 'accept') {
      const missing = missingRequired(components, input.components);
      if (missing.length > 0) throw new AppError('DOSSIER_MISSING_REQUIRED_COMPONENTS', { names: missing.join('; ') });
    } else if (!input.reason) {
      throw new AppError('DOSSIER_REASON_REQUIRED', {
        what: input.decision === 'refuse' ? 'lý do từ chối' : 'các thành phần cần bổ sung',
      });
    }
    const state = newDossierState({
      code: await nextDossierCode(tx, desk, now),
      procedureId,
      procedureVersionId: version.id,
      agencyId: lead.id,
      agencyPath: lead.path,
      deskAgencyId: desk.id,
      deskAgencyPath: desk.path,
      channel: input.channel,
      status: input.decision === 'refuse' ? 'intake_refused' : 'submitted',
      ...applicant,
      ownerUserId: null,
      requestSummary: input.requestSummary,
      submittedAt: now,
      isTest: actor.trainingMode,
    });
    if (input.decision === 'request_supplement') state.status = 'intake_incomplete';
    const type =
      input.decision === 'refuse' ? 'INTAKE_REFUSED' : input.decision === 'request_supplement' ? 'INTAKE_SUPPLEMENT_REQUESTED' : 'SUBMITTED';
    let dossier = await createWithEvent(tx, state, {
      type,
      actorId: actor.userId,
      at: now,
      data: { reason: input.reason ?? null, missing: missingRequired(components, input.components), trainingMode: actor.trainingMode },
    });
    await saveComponents(tx, dossier.id, components, input.components);
    await storeFiles(tx, dossier.id, 'component', input.files, actor.userId, now);
    if (input.decision === 'accept') dossier = await acceptDossier(tx, actor, dossier, version, { now });
    return dossier;
  });
}

export async function saveComponents(
  tx: Executor,
  dossierId: number,
  components: readonly ComponentRow[],
  given: ReceiveData['components'],
): Promise<void> {
  if (components.length === 0) return;
  const byPosition = new Map(given.map((c) => [c.position, c]));
  await tx.insert(dossierComponents).values(
    components.map((c) => {
      const g = byPosition.get(c.position);
      return {
        dossierId,
        position: c.position,
        componentId: c.id,
        name: c.name,
        required: c.required,
        provided: g?.provided ?? false,
        originals: g?.originals ?? 0,
        copies: g?.copies ?? 0,
      };
    }),
  );
}
