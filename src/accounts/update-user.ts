import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { agencyPathsOf, loadAccountFootprint } from './account-footprint';
import { sameGrants, validateGrants, type GrantInput } from './role-grants';
import { userRoles, users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

/** Omitted fields stay as they are; null clears an optional field. */
export interface UpdateUserInput {
  readonly userId: number;
  readonly fullName?: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly agencyId?: number | null;
  /** Replaces all of the user's roles. */
  readonly roles?: readonly GrantInput[];
}

/** Edits an account; the admin must cover the account both before and after the change. */
export async function updateUser(db: Executor, actor: Actor, input: UpdateUserInput): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  const before = await loadAccountFootprint(db, input.userId);
  assertCanManageAccount(actor, before.paths);
  if (input.roles) {
    validateGrants(input.roles);
    // An admin who strips their own admin role could leave nobody able to repair it.
    if (input.userId === actor.userId && !input.roles.some((r) => r.role === 'admin')) {
      throw new AppError('CANNOT_REMOVE_OWN_ADMIN');
    }
  }
  const agencyId = input.agencyId === undefined ? before.agencyId : input.agencyId;
  const grants = input.roles ?? before.grants;
  assertCanManageAccount(actor, await agencyPathsOf(db, [agencyId, ...grants.map((g) => g.agencyId)]));

  await db.transaction(async (tx) => {
    const changes = {
      ...(input.fullName !== undefined && { fullName: input.fullName.trim() }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.agencyId !== undefined && { agencyId: input.agencyId }),
    };
    if (Object.keys(changes).length > 0) {
      await tx.update(users).set(changes).where(eq(users.id, input.userId));
      // Field names only: the values may be personal data (phone, email).
      await recordAudit(tx, { type: 'USER_UPDATED', actorId: actor.userId, subject: `user:${input.userId}`, data: { fields: Object.keys(changes) } });
    }
    if (input.roles && !sameGrants(before.grants, input.roles)) {
      await tx.delete(userRoles).where(eq(userRoles.userId, input.userId));
      if (input.roles.length > 0) {
        await tx
          .insert(userRoles)
          .values(input.roles.map((r) => ({ userId: input.userId, role: r.role, agencyId: r.agencyId })));
      }
    }
    if (!sameGrants(before.grants, grants) || agencyId !== before.agencyId) {
      await recordAudit(tx, {
        type: 'USER_ROLES_CHANGED',
        actorId: actor.userId,
        subject: `user:${input.userId}`,
        data: {
          username: before.username,
          before: { agencyId: before.agencyId, roles: before.grants },
          after: { agencyId, roles: grants },
        },
      });
    }
  });
  return loadUserProfile(db, input.userId);
}
