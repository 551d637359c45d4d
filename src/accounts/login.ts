import { and, eq, lte } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import { sessions, users } from './schema';
import { verifyAgainstDummy, verifyPassword } from './password-hash';
import { afterFailedLogin, isLocked, MAX_FAILED_LOGINS, sessionExpiry } from './lockout';
import { hashSessionToken, newSessionToken } from './session-token';
import { formatVietnamDateTime } from './vietnam-time';
import { normalizeUsername } from './username';
import { loadUserProfile, type UserProfile } from './user-profile';

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly now?: Date;
  /** Client address, kept in the audit trail. */
  readonly ip?: string;
}

export interface LoginResult {
  /** The secret for the cookie or the Authorization header; only its SHA-256 is stored. */
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: UserProfile;
}

function lockedError(until: Date): AppError {
  return new AppError('ACCOUNT_LOCKED', { attempts: MAX_FAILED_LOGINS, until: formatVietnamDateTime(until) });
}

/** Counts one failure atomically; returns the lock end when this failure (or a concurrent one) locked the account. */
async function registerFailure(db: Executor, userId: number, now: Date, ip: string | undefined): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!row) return null;
    if (isLocked(row.lockedUntil, now)) return row.lockedUntil;
    const next = afterFailedLogin(row.failedLogins, now);
    await tx.update(users).set(next).where(eq(users.id, userId));
    await recordAudit(tx, {
      type: 'USER_LOGIN_FAILED',
      actorId: null,
      subject: `user:${userId}`,
      data: { reason: 'wrong_password', ip },
    });
    if (next.lockedUntil) {
      await recordAudit(tx, {
        type: 'USER_LOCKED_OUT',
        actorId: null,
        subject: `user:${userId}`,
        data: { until: next.lockedUntil.toISOString(), attempts: MAX_FAILED_LOGINS, ip },
      });
    }
    return next.lockedUntil;
  });
}

/**
 * Signs a user in and opens a 12-hour server-side session. An unknown user and a wrong password
 * give the same error; 5 consecutive failures lock the account for 15 minutes.
 */
export async function login(db: Executor, input: LoginInput): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const username = normalizeUsername(input.username);
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.username, username));

  if (!user?.passwordHash) {
    await verifyAgainstDummy(input.password);
    await recordAudit(db, {
      type: 'USER_LOGIN_FAILED',
      actorId: null,
      subject: user ? `user:${user.id}` : undefined,
      data: { reason: user ? 'no_password' : 'unknown_user', username, ip: input.ip },
    });
    throw new AppError('LOGIN_FAILED');
  }
  if (isLocked(user.lockedUntil, now)) {
    await recordAudit(db, {
      type: 'USER_LOGIN_FAILED',
      actorId: null,
      subject: `user:${user.id}`,
      data: { reason: 'locked', ip: input.ip },
    });
    throw lockedError(user.lockedUntil!);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockedUntil = await registerFailure(db, user.id, now, input.ip);
    throw lockedUntil ? lockedError(lockedUntil) : new AppError('LOGIN_FAILED');
  }
  if (!user.active) {
    await recordAudit(db, {
      type: 'USER_LOGIN_FAILED',
      actorId: null,
      subject: `user:${user.id}`,
      data: { reason: 'inactive', ip: input.ip },
    });
    throw new AppError('ACCOUNT_DISABLED');
  }

  const token = newSessionToken();
  const expiresAt = sessionExpiry(now);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    // Housekeeping: a user's dead sessions go when they sign in again.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lte(sessions.expiresAt, now)));
    await tx.insert(sessions).values({ tokenHash: hashSessionToken(token), userId: user.id, createdAt: now, expiresAt });
    await recordAudit(tx, { type: 'USER_LOGGED_IN', actorId: user.id, subject: `user:${user.id}`, data: { ip: input.ip } });
  });
  return { token, expiresAt, user: await loadUserProfile(db, user.id) };
}
