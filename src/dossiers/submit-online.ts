import type { z } from 'zod';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { loadAgency, loadAgencyByCode, loadCurrentVersion } from './load-intake-context';
import { createWithEvent, type DossierRow } from './record-transition';
import { newDossierState } from './dossier-state';
import { nextDossierCode } from './next-dossier-code';
import { storeFiles } from './store-files';
import { checkApplicant } from './check-applicant';
import { missingRequired, saveComponents } from './receive-dossier';
import type { submitOnlineInput } from './dossier-inputs';

export type SubmitOnlineData = z.output<typeof submitOnlineInput>;

/** A citizen submits online; the desk checks it later (accept, request supplement, refuse). */
export async function submitOnline(db: Db, actor: Actor, clock: Clock, input: SubmitOnlineData): Promise<DossierRow> {
  authorize(actor, { anyOf: ['citizen'] });
  return db.transaction(async (tx) => {
    const now = clock.now();
    const desk = await loadAgencyByCode(tx, input.deskAgencyCode);
    const { procedureId, version, components } = await loadCurrentVersion(tx, input.procedureCode);
    const lead = input.leadAgencyCode
      ? await loadAgencyByCode(tx, input.leadAgencyCode)
      : await loadAgency(tx, version.implementingAgencyId ?? desk.id);
    const dossier = await createWithEvent(
      tx,
      newDossierState({
        code: await nextDossierCode(tx, desk, now),
        procedureId,
        procedureVersionId: version.id,
        agencyId: lead.id,
        agencyPath: lead.path,
        deskAgencyId: desk.id,
        deskAgencyPath: desk.path,
        channel: 'online',
        status: 'submitted',
        ...checkApplicant(input.applicant),
        ownerUserId: actor.userId,
        requestSummary: input.requestSummary,
        submittedAt: now,
        isTest: actor.trainingMode,
      }),
      { type: 'SUBMITTED', actorId: actor.userId, at: now, data: { missing: missingRequired(components, input.components) } },
    );
    await saveComponents(tx, dossier.id, components, input.components);
    await storeFiles(tx, dossier.id, 'component', input.files, actor.userId, now);
    return dossier;
  });
}
