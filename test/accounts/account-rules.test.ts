import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { authorize, authorizeSelf, can, scopesOf } from '../../src/accounts/authorize';
import { systemActor, type Actor, type RoleGrant } from '../../src/accounts/actor';
import { canManageAccount, visibleSubtrees } from '../../src/accounts/admin-scope';
import { assertPasswordPolicy } from '../../src/accounts/password-policy';
import { hashPassword, verifyPassword } from '../../src/accounts/password-hash';
import { afterFailedLogin, isLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, sessionExpiry } from '../../src/accounts/lockout';
import { formatVietnamDateTime } from '../../src/accounts/vietnam-time';
import { sameGrants, validateGrants } from '../../src/accounts/role-grants';
import { assertValidUsername, normalizeUsername } from '../../src/accounts/username';
import { AppError } from '../../src/shared/errors';

function actor(...grants: RoleGrant[]): Actor {
  return { kind: 'user', userId: 1, username: 'u', grants, trainingMode: false };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof AppError ? e.code : 'NOT_APP_ERROR';
  }
}

describe('authorize / can', () => {
  const specialistSxd = actor({ role: 'specialist', agencyId: 7, agencyPath: '/1/7/' });

  it('covers the granted agency and everything below it, by path prefix', () => {
    expect(can(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/7/' })).toBe(true);
    expect(can(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/7/42/' })).toBe(true);
    expect(can(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/' })).toBe(false);
    expect(can(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/8/' })).toBe(false);
    // /1/70/ shares the characters "/1/7" but is a sibling, not a child.
    expect(can(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/70/' })).toBe(false);
  });

  it('requires one of the roles', () => {
    expect(can(specialistSxd, { anyOf: ['leader', 'admin'], agencyPath: '/1/7/' })).toBe(false);
    expect(can(specialistSxd, { anyOf: ['leader', 'specialist'] })).toBe(true);
    expect(codeOf(() => authorize(specialistSxd, { anyOf: ['leader'] }))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(specialistSxd, { anyOf: ['specialist'], agencyPath: '/1/7/3/' }))).toBeUndefined();
  });

  it('a whole-system grant covers every agency', () => {
    const monitor = actor({ role: 'monitor', agencyId: null, agencyPath: null });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 6 }), (ids) => {
        expect(can(monitor, { anyOf: ['monitor'], agencyPath: `/${ids.join('/')}/` })).toBe(true);
      }),
    );
    expect(can(systemActor, { anyOf: ['admin'], agencyPath: '/5/6/' })).toBe(true);
  });

  it('a subtree grant covers exactly the paths that start with its own', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        (grantIds, targetIds) => {
          const grantPath = `/${grantIds.join('/')}/`;
          const target = `/${targetIds.join('/')}/`;
          const inside = targetIds.length >= grantIds.length && grantIds.every((id, i) => targetIds[i] === id);
          const a = actor({ role: 'leader', agencyId: grantIds.at(-1)!, agencyPath: grantPath });
          expect(can(a, { anyOf: ['leader'], agencyPath: target })).toBe(inside);
        },
      ),
    );
  });

  it('scopesOf lists the subtrees of the matching roles', () => {
    const a = actor(
      { role: 'leader', agencyId: 7, agencyPath: '/1/7/' },
      { role: 'monitor', agencyId: null, agencyPath: null },
    );
    expect(scopesOf(a, ['leader'])).toEqual(['/1/7/']);
    expect(scopesOf(a, ['monitor', 'leader']).sort()).toEqual(['/1/7/', null].sort());
  });

  it('authorizeSelf accepts a signed-in user only', () => {
    expect(authorizeSelf(actor())).toBe(1);
    expect(codeOf(() => authorizeSelf(systemActor))).toBe('UNAUTHENTICATED');
  });
});

describe('admin scope', () => {
  const subtreeAdmin = actor({ role: 'admin', agencyId: 7, agencyPath: '/1/7/' });
  const rootAdmin = actor({ role: 'admin', agencyId: null, agencyPath: null });

  it('a subtree admin manages accounts entirely inside the subtree', () => {
    expect(canManageAccount(subtreeAdmin, ['/1/7/', '/1/7/9/'])).toBe(true);
    expect(canManageAccount(subtreeAdmin, ['/1/7/', '/1/8/'])).toBe(false);
    // No agency or a whole-system grant: only a whole-system admin.
    expect(canManageAccount(subtreeAdmin, [null])).toBe(false);
    expect(canManageAccount(subtreeAdmin, ['/1/7/', null])).toBe(false);
    expect(canManageAccount(rootAdmin, ['/1/8/', null])).toBe(true);
    expect(canManageAccount(actor({ role: 'leader', agencyId: null, agencyPath: null }), ['/1/'])).toBe(false);
  });

  it('visible subtrees', () => {
    expect(visibleSubtrees(rootAdmin)).toBeNull();
    expect(visibleSubtrees(subtreeAdmin)).toEqual(['/1/7/']);
  });
});

describe('passwords', () => {
  it('policy: at least 8 characters with letters and digits', () => {
    expect(codeOf(() => assertPasswordPolicy('abc123'))).toBe('PASSWORD_TOO_WEAK');
    expect(codeOf(() => assertPasswordPolicy('abcdefgh'))).toBe('PASSWORD_TOO_WEAK');
    expect(codeOf(() => assertPasswordPolicy('12345678'))).toBe('PASSWORD_TOO_WEAK');
    expect(codeOf(() => assertPasswordPolicy('abcd1234'))).toBeUndefined();
    expect(codeOf(() => assertPasswordPolicy('Đường2026'))).toBeUndefined();
    expect(codeOf(() => assertPasswordPolicy(`a1${'x'.repeat(200)}`))).toBe('PASSWORD_TOO_LONG');
  });

  it('the policy error is in Vietnamese', () => {
    try {
      assertPasswordPolicy('short');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).message).toBe('Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ cái và chữ số.');
      expect((e as AppError).status).toBe(400);
    }
  });

  it('hashes with argon2id, salted, and verifies', async () => {
    const h1 = await hashPassword('MotCua@2026');
    const h2 = await hashPassword('MotCua@2026');
    expect(h1.startsWith('$argon2id$')).toBe(true);
    expect(h1).not.toContain('MotCua@2026');
    expect(h1).not.toBe(h2);
    expect(await verifyPassword(h1, 'MotCua@2026')).toBe(true);
    expect(await verifyPassword(h2, 'MotCua@2026')).toBe(true);
    expect(await verifyPassword(h1, 'MotCua@2027')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'MotCua@2026')).toBe(false);
  });
});

describe('lockout and sessions', () => {
  const now = new Date('2026-03-20T03:00:00Z');

  it('locks on the fifth consecutive failure for 15 minutes', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      state = afterFailedLogin(state.failedLogins, now);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
    state = afterFailedLogin(state.failedLogins, now);
    expect(state.failedLogins).toBe(0);
    expect(state.lockedUntil?.toISOString()).toBe('2026-03-20T03:15:00.000Z');
    expect(LOCKOUT_MINUTES).toBe(15);
  });

  it('is locked strictly before the unlock instant', () => {
    const until = new Date('2026-03-20T03:15:00Z');
    expect(isLocked(until, new Date('2026-03-20T03:14:59Z'))).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('sessions last 12 hours', () => {
    expect(sessionExpiry(now).toISOString()).toBe('2026-03-20T15:00:00.000Z');
  });

  it('formats in Vietnam time whatever the machine time zone', () => {
    expect(formatVietnamDateTime(new Date('2026-03-20T03:15:00Z'))).toBe('10:15 20/03/2026');
    // 17:05 UTC on 31 Dec is already the next day and year in Vietnam.
    expect(formatVietnamDateTime(new Date('2025-12-31T17:05:00Z'))).toBe('00:05 01/01/2026');
    expect(formatVietnamDateTime(new Date('2026-07-01T00:00:00+07:00'))).toBe('00:00 01/07/2026');
  });
});

describe('grants and usernames', () => {
  it('one grant per role, citizens without agency', () => {
    expect(codeOf(() => validateGrants([{ role: 'leader', agencyId: 1 }, { role: 'leader', agencyId: 2 }]))).toBe(
      'ROLE_DUPLICATED',
    );
    expect(codeOf(() => validateGrants([{ role: 'citizen', agencyId: 1 }]))).toBe('CITIZEN_ROLE_WITH_AGENCY');
    expect(codeOf(() => validateGrants([{ role: 'citizen', agencyId: null }, { role: 'leader', agencyId: 3 }]))).toBeUndefined();
  });

  it('compares grant sets regardless of order', () => {
    const a = [
      { role: 'leader' as const, agencyId: 1 },
      { role: 'monitor' as const, agencyId: null },
    ];
    expect(sameGrants(a, [...a].reverse())).toBe(true);
    expect(sameGrants(a, [{ role: 'leader', agencyId: 1 }])).toBe(false);
    expect(sameGrants(a, [{ role: 'leader', agencyId: 2 }, { role: 'monitor', agencyId: null }])).toBe(false);
  });

  it('usernames are case-insensitive and restricted to a safe alphabet', () => {
    expect(normalizeUsername('  MotCua.XA ')).toBe('motcua.xa');
    expect(codeOf(() => assertValidUsername('motcua.xa'))).toBeUndefined();
    expect(codeOf(() => assertValidUsername('ab'))).toBe('USERNAME_INVALID');
    expect(codeOf(() => assertValidUsername('nguyễn'))).toBe('USERNAME_INVALID');
    expect(codeOf(() => assertValidUsername('.hidden'))).toBe('USERNAME_INVALID');
    expect(codeOf(() => assertValidUsername('a b c'))).toBe('USERNAME_INVALID');
  });
});
