import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { App } from '../../src/http/context';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import { systemActor } from '../../src/accounts/actor';
import { createUser } from '../../src/accounts/create-user';
import { login } from '../../src/accounts/login';
import { resolveActor } from '../../src/accounts/resolve-actor';
import { purgeExpiredSessions } from '../../src/accounts/purge-expired-sessions';
import { deactivateUser } from '../../src/accounts/deactivate-user';
import { hashSessionToken } from '../../src/accounts/session-token';
import { sessions, users } from '../../src/accounts/schema';
import { auditLog } from '../../src/audit/schema';
import { AppError } from '../../src/shared/errors';
import { formatVietnamDateTime } from '../../src/accounts/vietnam-time';
import { insertDemoAgencies } from './fixtures';

const PASSWORD = 'Dung1234';

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

async function auditOf(db: Db, type: string) {
  return db.select().from(auditLog).where(eq(auditLog.type, type));
}

describe(`sign-in and sessions (${dbKind})`, () => {
  let database: Database;
  let db: Db;
  let app: App;
  let agencies: Awaited<ReturnType<typeof insertDemoAgencies>>;

  async function newOfficial(username: string) {
    return createUser(db, systemActor, {
      username,
      fullName: `Cán bộ ${username}`,
      phone: '0912345678',
      agencyId: agencies.qlxd.id,
      password: PASSWORD,
      roles: [{ role: 'specialist', agencyId: agencies.qlxd.id }],
    });
  }

  async function httpLogin(username: string, password = PASSWORD) {
    return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    app = await buildApp({ db, config: loadConfig({}) });
    agencies = await insertDemoAgencies(db);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('signs in: a random token whose SHA-256 alone is stored, valid 12 hours, audited', async () => {
    const user = await newOfficial('hung.tv');
    const now = new Date('2026-03-20T01:00:00Z');
    const result = await login(db, { username: '  Hung.TV ', password: PASSWORD, now });
    expect(result.user).toMatchObject({ id: user.id, username: 'hung.tv', agency: { code: 'LS-SXD-QLXD' } });
    expect(result.user.roles).toEqual([
      { role: 'specialist', label: 'Chuyên viên xử lý', agency: { id: agencies.qlxd.id, code: 'LS-SXD-QLXD', name: 'Phòng Quản lý xây dựng' } },
    ]);
    expect(result.token.length).toBeGreaterThanOrEqual(40);
    expect(result.expiresAt.toISOString()).toBe('2026-03-20T13:00:00.000Z');
    const stored = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashSessionToken(result.token));
    expect(stored[0]!.tokenHash).not.toContain(result.token);
    expect(stored[0]!.expiresAt.toISOString()).toBe('2026-03-20T13:00:00.000Z');
    const second = await login(db, { username: 'hung.tv', password: PASSWORD, now });
    expect(second.token).not.toBe(result.token);
    const logged = await auditOf(db, 'USER_LOGGED_IN');
    expect(logged.filter((a) => a.actorId === user.id)).toHaveLength(2);
    const [row] = await db.select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.id, user.id));
    expect(row!.lastLoginAt?.toISOString()).toBe(now.toISOString());
  });

  it('refuses a wrong password and an unknown user with the same error, and logs no password', async () => {
    await newOfficial('mai.nt');
    const wrong = await failure(login(db, { username: 'mai.nt', password: 'SaiMatKhau99' }));
    const unknown = await failure(login(db, { username: 'khong.ton.tai', password: 'SaiMatKhau99' }));
    expect(wrong.code).toBe('LOGIN_FAILED');
    expect(wrong.status).toBe(401);
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message).toBe(wrong.message);
    expect(wrong.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    const failed = await auditOf(db, 'USER_LOGIN_FAILED');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(await db.select().from(auditLog));
    expect(everything).not.toContain('SaiMatKhau99');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('0912345678');

    const res = await httpLogin('khong.ton.tai', 'x');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'LOGIN_FAILED' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('locks the account after 5 consecutive failures for 15 minutes, with the unlock time in Vietnam time', async () => {
    const user = await newOfficial('lan.vt');
    const t0 = new Date('2026-03-20T03:00:00Z'); // 10:00 in Vietnam
    for (let i = 1; i <= 4; i++) {
      const e = await failure(login(db, { username: 'lan.vt', password: `Sai${i}xxxxx`, now: t0 }));
      expect(e.code).toBe('LOGIN_FAILED');
    }
    const fifth = await failure(login(db, { username: 'lan.vt', password: 'Sai5xxxxx', now: t0 }));
    expect(fifth.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.message).toBe(
      'Tài khoản tạm thời bị khóa do đăng nhập sai 5 lần liên tiếp. Vui lòng thử lại sau 10:15 20/03/2026 (giờ Việt Nam).',
    );
    const lockedOut = await auditOf(db, 'USER_LOCKED_OUT');
    expect(lockedOut.map((a) => a.subject)).toContain(`user:${user.id}`);

    // Even the right password is refused while locked.
    const during = await failure(login(db, { username: 'lan.vt', password: PASSWORD, now: new Date(t0.getTime() + 14 * 60_000) }));
    expect(during.code).toBe('ACCOUNT_LOCKED');

    const after = await login(db, { username: 'lan.vt', password: PASSWORD, now: new Date(t0.getTime() + 15 * 60_000) });
    expect(after.user.id).toBe(user.id);
    const [row] = await db.select({ failed: users.failedLogins, until: users.lockedUntil }).from(users).where(eq(users.id, user.id));
    expect(row).toEqual({ failed: 0, until: null });
  });

  it('over HTTP the fifth failure answers 423 with the unlock time', async () => {
    const user = await newOfficial('khoa.http');
    for (let i = 0; i < 4; i++) expect((await httpLogin('khoa.http', 'wrong123')).statusCode).toBe(401);
    const res = await httpLogin('khoa.http', 'wrong123');
    expect(res.statusCode).toBe(423);
    const [row] = await db.select({ until: users.lockedUntil }).from(users).where(eq(users.id, user.id));
    expect(row!.until!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(res.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(res.json().message).toContain(`sau ${formatVietnamDateTime(row!.until!)} (giờ Việt Nam)`);
    expect((await httpLogin('khoa.http')).statusCode).toBe(423);
  });

  it('a success resets the failure count', async () => {
    await newOfficial('binh.lv');
    const now = new Date('2026-03-21T03:00:00Z');
    for (let i = 0; i < 4; i++) await failure(login(db, { username: 'binh.lv', password: 'wrong123', now }));
    await login(db, { username: 'binh.lv', password: PASSWORD, now });
    for (let i = 0; i < 4; i++) {
      expect((await failure(login(db, { username: 'binh.lv', password: 'wrong123', now }))).code).toBe('LOGIN_FAILED');
    }
    expect((await login(db, { username: 'binh.lv', password: PASSWORD, now })).user.username).toBe('binh.lv');
  });

  it('counts concurrent failures without losing any', async () => {
    await newOfficial('dong.thoi');
    const now = new Date('2026-03-21T03:00:00Z');
    const errors = await Promise.all(
      Array.from({ length: 5 }, () => failure(login(db, { username: 'dong.thoi', password: 'wrong123', now }))),
    );
    expect(errors.map((e) => e.code)).toContain('ACCOUNT_LOCKED');
    expect((await failure(login(db, { username: 'dong.thoi', password: PASSWORD, now }))).code).toBe('ACCOUNT_LOCKED');
  });

  it('refuses an expired session and purges it', async () => {
    const user = await newOfficial('het.han');
    const issued = new Date(Date.now() - 13 * 3_600_000);
    const old = await login(db, { username: 'het.han', password: PASSWORD, now: issued });
    expect(await resolveActor(db, old.token, new Date(issued.getTime() + 11 * 3_600_000))).toMatchObject({ userId: user.id });
    expect(await resolveActor(db, old.token, new Date(issued.getTime() + 12 * 3_600_000))).toBeNull();
    expect(await resolveActor(db, old.token)).toBeNull();
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${old.token}` } });
    expect(res.statusCode).toBe(401);

    const fresh = await login(db, { username: 'het.han', password: PASSWORD });
    expect(await purgeExpiredSessions(db)).toBeGreaterThanOrEqual(1);
    const left = await db.select({ h: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.h)).toEqual([hashSessionToken(fresh.token)]);
  });

  it('POST /api/auth/login sets an httpOnly SameSite=Lax cookie and returns the token', async () => {
    await newOfficial('cookie.user');
    const res = await httpLogin('cookie.user');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe('cookie.user');
    expect(typeof body.token).toBe('string');
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`motcua_session=${body.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
  });

  it('GET /api/auth/me works with the cookie and with a bearer token', async () => {
    await newOfficial('me.user');
    const { token } = (await httpLogin('me.user')).json();
    for (const request of [
      { cookies: { motcua_session: token } },
      { headers: { authorization: `Bearer ${token}` } },
    ]) {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', ...request });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        username: 'me.user',
        fullName: 'Cán bộ me.user',
        agency: { code: 'LS-SXD-QLXD', name: 'Phòng Quản lý xây dựng' },
        roles: [{ role: 'specialist', agency: { code: 'LS-SXD-QLXD' } }],
        active: true,
      });
    }
    const bad = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer nope' } });
    expect(bad.statusCode).toBe(401);
  });

  it('anonymous callers get 401 on signed-in and admin routes', async () => {
    for (const [method, url] of [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout'],
      ['GET', '/api/users'],
      ['POST', '/api/users/1/deactivate'],
    ] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('logout deletes the session and clears the cookie', async () => {
    const user = await newOfficial('logout.user');
    const { token } = (await httpLogin('logout.user')).json();
    const other = (await httpLogin('logout.user')).json().token as string;
    const res = await app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { motcua_session: token } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/motcua_session=;.*Expires=Thu, 01 Jan 1970/);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { motcua_session: token } });
    expect(me.statusCode).toBe(401);
    // Only that session ends.
    const stillIn = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${other}` } });
    expect(stillIn.statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${other}` } });
    expect(out.statusCode).toBe(200);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await auditOf(db, 'USER_LOGGED_OUT')).filter((a) => a.actorId === user.id)).toHaveLength(2);
  });

  it('a deactivated user cannot sign in and loses open sessions', async () => {
    const user = await newOfficial('nghi.viec');
    const { token } = await login(db, { username: 'nghi.viec', password: PASSWORD });
    await deactivateUser(db, systemActor, { userId: user.id });
    expect(await resolveActor(db, token)).toBeNull();
    expect((await failure(login(db, { username: 'nghi.viec', password: PASSWORD }))).code).toBe('ACCOUNT_DISABLED');
    // A wrong password still gets the generic answer.
    expect((await failure(login(db, { username: 'nghi.viec', password: 'wrong123' }))).code).toBe('LOGIN_FAILED');
  });

  it('citizens register themselves', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { username: 'Pham.An', fullName: ' Phạm Văn An ', password: 'CongDan2026', phone: '0912 345 679', email: 'An@Example.vn' },
    });
    expect(res.statusCode).toBe(201);
    const profile = res.json();
    expect(profile).toMatchObject({
      username: 'pham.an',
      fullName: 'Phạm Văn An',
      phone: '0912345679',
      email: 'an@example.vn',
      agency: null,
      roles: [{ role: 'citizen', label: 'Công dân, tổ chức', agency: null }],
    });
    const created = (await auditOf(db, 'USER_CREATED')).find((a) => a.subject === `user:${profile.id}`);
    expect(created).toBeDefined();
    expect(JSON.stringify(created)).not.toContain('0912345679');
    expect(JSON.stringify(created)).not.toContain('CongDan2026');

    const signedIn = await httpLogin('pham.an', 'CongDan2026');
    expect(signedIn.statusCode).toBe(200);
    const asCitizen = await app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { authorization: `Bearer ${signedIn.json().token}` },
    });
    expect(asCitizen.statusCode).toBe(403);

    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { username: 'pham.an', fullName: 'Người khác', password: 'CongDan2026' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'USERNAME_TAKEN', message: 'Tên đăng nhập "pham.an" đã được sử dụng.' });

    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'cd.weak', fullName: 'A', password: 'abcdefgh' }, 'PASSWORD_TOO_WEAK'],
      [{ username: 'cd.phone', fullName: 'A', password: 'abcd1234', phone: '12345' }, 'VALIDATION_FAILED'],
      [{ username: 'cd.mail', fullName: 'A', password: 'abcd1234', email: 'not-an-email' }, 'VALIDATION_FAILED'],
      [{ username: 'có dấu', fullName: 'A', password: 'abcd1234' }, 'USERNAME_INVALID'],
      [{ username: 'cd.noname', fullName: '  ', password: 'abcd1234' }, 'VALIDATION_FAILED'],
      [{ username: 'cd.missing' }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/register', payload });
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().code, JSON.stringify(payload)).toBe(code);
    }
    // Blank optional fields are simply absent.
    const blank = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { username: 'cd.blank', fullName: 'Bế Văn C', password: 'abcd1234', phone: '', email: '' },
    });
    expect(blank.statusCode).toBe(201);
    expect(blank.json()).toMatchObject({ phone: null, email: null });
  });

  it('a user changes their own password; other sessions end', async () => {
    await newOfficial('doi.mk');
    const first = (await httpLogin('doi.mk')).json().token as string;
    const second = (await httpLogin('doi.mk')).json().token as string;
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { authorization: `Bearer ${first}` },
      payload: { currentPassword: 'nope1234', newPassword: 'MoiMoi2026' },
    });
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { authorization: `Bearer ${first}` },
      payload: { currentPassword: PASSWORD, newPassword: 'MoiMoi2026' },
    });
    expect(ok.statusCode).toBe(200);
    const me = (token: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect((await me(first)).statusCode).toBe(200);
    expect((await me(second)).statusCode).toBe(401);
    expect((await httpLogin('doi.mk')).statusCode).toBe(401);
    expect((await httpLogin('doi.mk', 'MoiMoi2026')).statusCode).toBe(200);
  });

  it('stores only session hashes', async () => {
    const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from sessions where length(token_hash) <> 64`);
    expect(r.rows[0]?.n).toBe(0);
  });
});
