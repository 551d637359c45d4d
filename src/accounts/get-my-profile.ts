import type { Executor } from '../db/types';
import type { Actor } from './actor';
import { authorizeSelf } from './authorize';
import { loadUserProfile, type UserProfile } from './user-profile';

export async function getMyProfile(db: Executor, actor: Actor): Promise<UserProfile> {
  const userId = authorizeSelf(actor);
  return loadUserProfile(db, userId);
}
