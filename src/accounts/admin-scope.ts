import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { scopesOf } from './authorize';

/**
 * Whether an admin scope (null = whole system) covers an agency path. A null path means "no agency"
 * or "whole system", which only a whole-system admin covers.
 */
function scopeCovers(scope: string | null, path: string | null): boolean {
  return scope === null || (path !== null && path.startsWith(scope));
}

/**
 * An admin manages an account only when every agency the account touches (its own agency and each
 * role's agency) lies within the admin's subtrees; otherwise a subtree admin could, say, reset the
 * password of a whole-system admin who happens to sit in their subtree.
 */
export function canManageAccount(actor: Actor, paths: readonly (string | null)[]): boolean {
  const scopes = scopesOf(actor, ['admin']);
  return scopes.length > 0 && paths.every((p) => scopes.some((s) => scopeCovers(s, p)));
}

export function assertCanManageAccount(actor: Actor, paths: readonly (string | null)[]): void {
  if (!canManageAccount(actor, paths)) throw new AppError('FORBIDDEN');
}

/** The subtrees whose users an admin may see; null when they see everyone. */
export function visibleSubtrees(actor: Actor): string[] | null {
  const scopes = scopesOf(actor, ['admin']);
  if (scopes.some((s) => s === null)) return null;
  return scopes.filter((s): s is string => s !== null);
}
