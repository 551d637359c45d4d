import type { Executor } from '../db/types';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword } from './password-hash';
import { assertValidUsername, normalizeUsername } from './username';
import { userRoles, users } from './schema';
import { loadUserProfile, type UserProfile } from './user-profile';

export interface RegisterCitizenInput {
  readonly username: string;
  readonly fullName: string;
  readonly password: string;
  readonly phone?: string | null;
  readonly email?: string | null;
}

/** Public self-registration: a citizen account, bound to no agency. */
export async function registerCitizen(db: Executor, input: RegisterCitizenInput): Promise<UserProfile> {
  const username = normalizeUsername(input.username);
  assertValidUsername(username);
  assertPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username,
        fullName: input.fullName.trim(),
        phone: input.phone ?? null,
        email: input.email ?? null,
        passwordHash,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!row) throw new AppError('USERNAME_TAKEN', { username });
    await tx.insert(userRoles).values({ userId: row.id, role: 'citizen', agencyId: null });
    await recordAudit(tx, {
      type: 'USER_CREATED',
      actorId: row.id,
      subject: `user:${row.id}`,
      data: { username, roles: [{ role: 'citizen', agencyId: null }], selfRegistered: true },
    });
    return row.id;
  });
  return loadUserProfile(db, id);
}
