import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { dossiers } from './schema';
import type { DossierRow } from './record-transition';
import type { DossierScope } from './dossier-access';
import { stepsOf } from './workflow-progress';

/** Reads a dossier by code, locked for the rest of the transaction, with its steps and access scope. */
export async function loadForUpdate(tx: Executor, code: string) {
  const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.code, code)).for('update');
  if (!dossier) throw new AppError('DOSSIER_NOT_FOUND', { code });
  const steps = await stepsOf(tx, dossier.id);
  return { dossier, steps, scope: scopeOf(dossier, steps) };
}

export function scopeOf(dossier: DossierRow, steps: readonly { agencyPath: string }[]): DossierScope {
  return {
    agencyPath: dossier.agencyPath,
    deskAgencyPath: dossier.deskAgencyPath,
    ownerUserId: dossier.ownerUserId,
    stepAgencyPaths: [...new Set(steps.map((s) => s.agencyPath))],
  };
}
