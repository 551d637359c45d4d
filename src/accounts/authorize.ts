import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import type { Role } from './roles';

export interface Requirement {
  /** The actor must hold one of these roles. */
  readonly anyOf: readonly Role[];
  /** When given, the role must cover this agency (its path), i.e. be granted on it or an ancestor. */
  readonly agencyPath?: string | undefined;
}

function covers(grantPath: string | null, targetPath: string | undefined): boolean {
  if (targetPath === undefined || grantPath === null) return true;
  return targetPath.startsWith(grantPath);
}

export function can(actor: Actor, req: Requirement): boolean {
  return actor.grants.some((g) => req.anyOf.includes(g.role) && covers(g.agencyPath, req.agencyPath));
}

/** Throws FORBIDDEN unless the actor meets the requirement: the first line of every service call. */
export function authorize(actor: Actor, req: Requirement): void {
  if (!can(actor, req)) throw new AppError('FORBIDDEN');
}

/** The agency subtrees (paths) in which the actor holds one of the roles; null entry = everything. */
export function scopesOf(actor: Actor, anyOf: readonly Role[]): (string | null)[] {
  return actor.grants.filter((g) => anyOf.includes(g.role)).map((g) => g.agencyPath);
}

/**
 * The actor must be a signed-in user, whatever their roles (sign-out, own profile, own password):
 * returns their user id.
 */
export function authorizeSelf(actor: Actor): number {
  if (actor.kind !== 'user' || actor.userId === null) throw new AppError('UNAUTHENTICATED');
  return actor.userId;
}
