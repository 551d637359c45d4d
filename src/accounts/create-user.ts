import type { Executor } from '../db/types';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { assertCanManageAccount } from './admin-scope';
import { agencyPathsOf } from './account-footprint';
import { validateGrants, type GrantInput } from './role-grants';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword } from './password-hash';
import { assertValidUsername, normalizeUsername } from './username';
import { userRoles, users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

export interface CreateUserInput {
  readonly username: string;
  readonly fullName: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  /** The agency the person works for; null for citizens and system-wide staff. */
  readonly agencyId?: number | null;
  readonly password: string;
  readonly roles: readonly GrantInput[];
  readonly trainingMode?: boolean;
}

/** An administrator creates an account; a subtree admin only inside their subtree. */
export async function createUser(db: Executor, actor: Actor, input: CreateUserInput): Promise<UserProfile> {
  authorize(actor, { anyOf: ['admin'] });
  const username = normalizeUsername(input.username);
  assertValidUsername(username);
  validateGrants(input.roles);
  const agencyId = input.agencyId ?? null;
  assertCanManageAccount(actor, await agencyPathsOf(db, [agencyId, ...input.roles.map((r) => r.agencyId)]));
  assertPasswordPolicy(input.password);
  // Hashed before the transaction: the embedded database has one connection, do not hold it for this.
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username,
        fullName: input.fullName.trim(),
        email: input.email ?? null,
        phone: input.phone ?? null,
        agencyId,
        passwordHash,
        trainingMode: input.trainingMode ?? false,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!row) throw new AppError('USERNAME_TAKEN', { username });
    if (input.roles.length > 0) {
      await tx.insert(userRoles).values(input.roles.map((r) => ({ userId: row.id, role: r.role, agencyId: r.agencyId })));
    }
    // Phones and emails stay out of the audit trail.
    await recordAudit(tx, {
      type: 'USER_CREATED',
      actorId: actor.userId,
      subject: `user:${row.id}`,
      data: { username, agencyId, roles: input.roles },
    });
    return row.id;
  });
  return loadUserProfile(db, id);
}
