import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { canManageAccount } from './admin-scope';
import { loadAccountFootprint } from './account-footprint';
import { loadUserProfile, type UserProfile } from './user-profile';

/** One account, for an admin who sees it: the account's agency is in one of their subtrees. */
export async function getUser(db: Executor, actor: Actor, input: { userId: number }): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  const [agencyPath] = (await loadAccountFootprint(db, input.userId)).paths;
  if (!canManageAccount(actor, [agencyPath ?? null])) throw new AppError('FORBIDDEN');
  return loadUserProfile(db, input.userId);
}
