import { recordAudit } from '../audit/record-audit';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { loadAccountFootprint } from './account-footprint';
import { users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

/** In training mode every dossier the user creates is a test dossier, left out of statistics. */
export async function setTrainingMode(
  db: Executor,
  actor: Actor,
  input: { userId: number; enabled: boolean },
): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  assertCanManageAccount(actor, (await loadAccountFootprint(db, input.userId)).paths);
  await db.update(users).set({ trainingMode: input.enabled }).where(eq(users.id, input.userId));
  await recordAudit(db, {
    type: 'USER_TRAINING_MODE_CHANGED',
    actorId: actor.userId,
    subject: `user:${input.userId}`,
    data: { enabled: input.enabled },
  });
  return loadUserProfile(db, input.userId);
}
