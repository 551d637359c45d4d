import type { Actor } from '../accounts/actor';
import type { Role } from '../accounts/roles';
import { AppError } from '../shared/errors';

/** Where a dossier lives, as far as access is concerned. */
export interface DossierScope {
  readonly agencyPath: string;
  readonly deskAgencyPath: string;
  readonly ownerUserId: number | null;
  /** Paths of the agencies of its workflow steps (inter-agency steps included). */
  readonly stepAgencyPaths: readonly string[];
}

const officials: readonly Role[] = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'];

function covered(grantPath: string | null, path: string): boolean {
  return grantPath === null || path.startsWith(grantPath);
}

/** True when one of the actor's grants with one of `roles` covers one of `paths`. */
export function coversAny(actor: Actor, roles: readonly Role[], paths: readonly string[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && paths.some((p) => covered(g.agencyPath, p)));
}

/**
 * Officials read a dossier when it belongs to, was received by, or passes through their subtree;
 * a citizen reads only their own.
 */
export function canReadDossier(actor: Actor, scope: DossierScope): boolean {
  if (actor.userId !== null && scope.ownerUserId === actor.userId) return true;
  return coversAny(actor, officials, [scope.agencyPath, scope.deskAgencyPath, ...scope.stepAgencyPaths]);
}

export function assertCanRead(actor: Actor, scope: DossierScope, code: string): void {
  // A dossier outside the actor's reach looks the same as a missing one: no existence leak.
  if (!canReadDossier(actor, scope)) throw new AppError('DOSSIER_NOT_FOUND', { code });
}

/** Intake and hand-over are the one-stop desk's work. */
export function assertDeskOfficer(actor: Actor, scope: DossierScope): void {
  if (!coversAny(actor, ['receiving_officer', 'admin'], [scope.deskAgencyPath])) throw new AppError('FORBIDDEN');
}

/** Result, apology: officials of the lead agency or of the desk. */
export function assertProcessingOfficial(actor: Actor, scope: DossierScope): void {
  if (!coversAny(actor, ['receiving_officer', 'specialist', 'leader', 'admin'], [scope.agencyPath, scope.deskAgencyPath])) {
    throw new AppError('FORBIDDEN');
  }
}
