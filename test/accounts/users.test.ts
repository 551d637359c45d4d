import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { App } from '../../src/http/context';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import { systemActor, type Actor } from '../../src/accounts/actor';
import { createUser } from '../../src/accounts/create-user';
import { updateUser } from '../../src/accounts/update-user';
import { listUsers } from '../../src/accounts/list-users';
import { login } from '../../src/accounts/login';
import { resolveActor } from '../../src/accounts/resolve-actor';
import { DEMO_PASSWORD, disableDemoAccounts, seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { sessions, userRoles, users } from '../../src/accounts/schema';
import { auditLog } from '../../src/audit/schema';
import { AppError } from '../../src/shared/errors';
import { actorFor, insertAgency, insertDemoAgencies } from './fixtures';

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

describe(`user administration (${dbKind})`, () => {
  let database: Database;
  let db: Db;
  let app: App;
  let ag: Awaited<ReturnType<typeof insertDemoAgencies>>;
  let rootToken: string;
  let sxdAdminToken: string;
  let sxdAdmin: Actor;

  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    app = await buildApp({ db, config: loadConfig({}) });
    ag = await insertDemoAgencies(db);
    await createUser(db, systemActor, {
      username: 'root.admin',
      fullName: 'Quản trị tỉnh',
      agencyId: ag.ls.id,
      password: PASSWORD,
      roles: [{ role: 'admin', agencyId: null }],
    });
    await createUser(db, systemActor, {
      username: 'sxd.admin',
      fullName: 'Quản trị Sở Xây dựng',
      agencyId: ag.sxd.id,
      password: PASSWORD,
      roles: [{ role: 'admin', agencyId: ag.sxd.id }],
    });
    rootToken = (await login(db, { username: 'root.admin', password: PASSWORD })).token;
    sxdAdminToken = (await login(db, { username: 'sxd.admin', password: PASSWORD })).token;
    sxdAdmin = await actorFor(db, 'sxd.admin');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('a whole-system admin creates a user over HTTP; the audit keeps roles but not the phone', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(rootToken),
      payload: {
        username: 'Tiepnhan.STP',
        fullName: 'Đặng Thị Tiếp',
        email: 'tiep@langson.gov.vn',
        phone: '0987654321',
        agencyId: ag.stp.id,
        password: 'TiepNhan2026',
        roles: [
          { role: 'receiving_officer', agencyId: ag.stp.id },
          { role: 'monitor', agencyId: ag.ls.id },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      username: 'tiepnhan.stp',
      agency: { code: 'LS-STP' },
      phone: '0987654321',
      trainingMode: false,
      isDemo: false,
    });
    expect(created.roles.map((r: { role: string; agency: { code: string } }) => `${r.role}@${r.agency.code}`).sort()).toEqual([
      'monitor@LS',
      'receiving_officer@LS-STP',
    ]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.subject, `user:${created.id}`));
    expect(audit).toMatchObject({ type: 'USER_CREATED' });
    expect(audit!.actorId).not.toBeNull();
    expect(JSON.stringify(audit!.data)).toContain('receiving_officer');
    expect(JSON.stringify(audit!.data)).not.toContain('0987654321');
    expect(JSON.stringify(audit!.data)).not.toContain('TiepNhan2026');

    const get = await app.inject({ method: 'GET', url: `/api/users/${created.id}`, headers: as(rootToken) });
    expect(get.json().username).toBe('tiepnhan.stp');
  });

  it('rejects bad input with 4xx codes, never 500', async () => {
    const base = { fullName: 'Người thử', password: 'abcd1234', agencyId: ag.sxd.id };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, username: 'root.admin', roles: [{ role: 'specialist', agencyId: ag.sxd.id }] }, 409, 'USERNAME_TAKEN'],
      [{ ...base, username: 'dup.role', roles: [{ role: 'leader', agencyId: ag.sxd.id }, { role: 'leader', agencyId: ag.ls.id }] }, 400, 'ROLE_DUPLICATED'],
      [{ ...base, username: 'cit.agency', roles: [{ role: 'citizen', agencyId: ag.sxd.id }] }, 400, 'CITIZEN_ROLE_WITH_AGENCY'],
      [{ ...base, username: 'no.agency', roles: [{ role: 'leader', agencyId: 999999 }] }, 404, 'NOT_FOUND'],
      [{ ...base, username: 'no.roles', roles: [] }, 400, 'VALIDATION_FAILED'],
      [{ ...base, username: 'bad.role', roles: [{ role: 'king', agencyId: null }] }, 400, 'VALIDATION_FAILED'],
      [{ ...base, username: 'weak.pw', password: 'short', roles: [{ role: 'leader', agencyId: ag.sxd.id }] }, 400, 'PASSWORD_TOO_WEAK'],
      [{ ...base, username: 'x', roles: [{ role: 'leader', agencyId: ag.sxd.id }] }, 400, 'USERNAME_INVALID'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/users', headers: as(rootToken), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code, JSON.stringify(payload)).toBe(code);
    }
    const badId = await app.inject({ method: 'GET', url: '/api/users/abc', headers: as(rootToken) });
    expect(badId.statusCode).toBe(400);
    const missing = await app.inject({ method: 'GET', url: '/api/users/999999', headers: as(rootToken) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('Không tìm thấy người dùng #999999.');
  });

  it('a subtree admin manages users only inside its subtree', async () => {
    const inside = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(sxdAdminToken),
      payload: {
        username: 'cv.qlxd',
        fullName: 'Chuyên viên QLXD',
        agencyId: ag.qlxd.id,
        password: PASSWORD,
        roles: [{ role: 'specialist', agencyId: ag.qlxd.id }],
      },
    });
    expect(inside.statusCode).toBe(201);
    const insideId = inside.json().id as number;

    const refused: Record<string, unknown>[] = [
      // Another department.
      { username: 'cv.stp', fullName: 'A', agencyId: ag.stp.id, password: PASSWORD, roles: [{ role: 'specialist', agencyId: ag.stp.id }] },
      // In the subtree but with a role over the whole province.
      { username: 'cv.wide', fullName: 'A', agencyId: ag.qlxd.id, password: PASSWORD, roles: [{ role: 'monitor', agencyId: ag.ls.id }] },
      // A whole-system grant.
      { username: 'cv.all', fullName: 'A', agencyId: ag.qlxd.id, password: PASSWORD, roles: [{ role: 'admin', agencyId: null }] },
      // No agency (a citizen).
      { username: 'cv.citizen', fullName: 'A', password: PASSWORD, roles: [{ role: 'citizen', agencyId: null }] },
    ];
    for (const payload of refused) {
      const res = await app.inject({ method: 'POST', url: '/api/users', headers: as(sxdAdminToken), payload });
      expect(res.statusCode, String(payload.username)).toBe(403);
    }
    const [stpUser] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'tiepnhan.stp'));
    const [rootAdmin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'root.admin'));
    for (const [method, url, payload] of [
      ['PATCH', `/api/users/${stpUser!.id}`, { fullName: 'Đổi tên' }],
      ['POST', `/api/users/${stpUser!.id}/reset-password`, { newPassword: 'Hack12345' }],
      ['POST', `/api/users/${stpUser!.id}/deactivate`, undefined],
      ['PUT', `/api/users/${stpUser!.id}/training-mode`, { enabled: true }],
      ['GET', `/api/users/${stpUser!.id}`, undefined],
      ['GET', `/api/users?agencyId=${ag.stp.id}`, undefined],
      // Moving a user of the subtree out of it.
      ['PATCH', `/api/users/${insideId}`, { agencyId: ag.stp.id }],
      ['PATCH', `/api/users/${insideId}`, { roles: [{ role: 'leader', agencyId: ag.ls.id }] }],
    ] as const) {
      const res = await app.inject({ method, url, headers: as(sxdAdminToken), ...(payload && { payload }) });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(403);
    }
    // The root admin's agency is LS, outside LS-SXD; but even a whole-system admin placed inside the subtree is out of reach.
    await updateUser(db, systemActor, { userId: rootAdmin!.id, agencyId: ag.sxd.id });
    const reset = await app.inject({
      method: 'POST',
      url: `/api/users/${rootAdmin!.id}/reset-password`,
      headers: as(sxdAdminToken),
      payload: { newPassword: 'Hack12345' },
    });
    expect(reset.statusCode).toBe(403);
    await updateUser(db, systemActor, { userId: rootAdmin!.id, agencyId: ag.ls.id });

    const edit = await app.inject({
      method: 'PATCH',
      url: `/api/users/${insideId}`,
      headers: as(sxdAdminToken),
      payload: { fullName: 'Chuyên viên Phòng QLXD', phone: '0911222333', roles: [{ role: 'leader', agencyId: ag.qlxd.id }] },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ fullName: 'Chuyên viên Phòng QLXD', phone: '0911222333', roles: [{ role: 'leader' }] });

    const list = await listUsers(db, sxdAdmin);
    expect(list.items.map((u) => u.username).sort()).toEqual(['cv.qlxd', 'sxd.admin']);
    expect(list.total).toBe(2);
  });

  it('non-admins get 403 on user administration', async () => {
    const { token } = await login(db, { username: 'cv.qlxd', password: PASSWORD });
    for (const [method, url] of [
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['GET', '/api/users/1'],
    ] as const) {
      const res = await app.inject({ method, url, headers: as(token), payload: {} });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().message).toBe('Bạn không có quyền thực hiện thao tác này.');
    }
  });

  it('changing roles is audited and takes effect on the next request', async () => {
    const u = await createUser(db, systemActor, {
      username: 'doi.vaitro',
      fullName: 'Đổi vai trò',
      agencyId: ag.sxd.id,
      password: PASSWORD,
      roles: [{ role: 'specialist', agencyId: ag.qlxd.id }],
    });
    const { token } = await login(db, { username: 'doi.vaitro', password: PASSWORD });
    expect((await resolveActor(db, token))?.grants).toEqual([{ role: 'specialist', agencyId: ag.qlxd.id, agencyPath: ag.qlxd.path }]);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/users/${u.id}`,
      headers: as(rootToken),
      payload: { roles: [{ role: 'leader', agencyId: ag.sxd.id }, { role: 'monitor', agencyId: null }] },
    });
    expect(res.statusCode).toBe(200);
    const grants = (await resolveActor(db, token))!.grants;
    expect([...grants].sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { role: 'leader', agencyId: ag.sxd.id, agencyPath: ag.sxd.path },
      { role: 'monitor', agencyId: null, agencyPath: null },
    ]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.subject, `user:${u.id}`));
    const changed = audits.filter((a) => a.type === 'USER_ROLES_CHANGED');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.data).toMatchObject({
      before: { roles: [{ role: 'specialist', agencyId: ag.qlxd.id }] },
      after: { roles: [{ role: 'leader', agencyId: ag.sxd.id }, { role: 'monitor', agencyId: null }] },
    });
    // A name change alone is not a role change.
    await updateUser(db, systemActor, { userId: u.id, fullName: 'Tên mới' });
    const again = await db.select().from(auditLog).where(eq(auditLog.subject, `user:${u.id}`));
    expect(again.filter((a) => a.type === 'USER_ROLES_CHANGED')).toHaveLength(1);
  });

  it('an admin cannot deactivate themself nor strip their own admin role', async () => {
    const [me] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'sxd.admin'));
    const deact = await app.inject({ method: 'POST', url: `/api/users/${me!.id}/deactivate`, headers: as(sxdAdminToken) });
    expect(deact.statusCode).toBe(400);
    expect(deact.json().code).toBe('CANNOT_DEACTIVATE_SELF');
    const strip = await failure(updateUser(db, sxdAdmin, { userId: me!.id, roles: [{ role: 'leader', agencyId: ag.sxd.id }] }));
    expect(strip.code).toBe('CANNOT_REMOVE_OWN_ADMIN');
  });

  it('deactivate, activate, reset password and training mode', async () => {
    const u = await createUser(db, systemActor, {
      username: 'vong.doi',
      fullName: 'Vòng đời',
      agencyId: ag.qlxd.id,
      password: PASSWORD,
      roles: [{ role: 'specialist', agencyId: ag.qlxd.id }],
    });
    const { token } = await login(db, { username: 'vong.doi', password: PASSWORD });
    const deact = await app.inject({ method: 'POST', url: `/api/users/${u.id}/deactivate`, headers: as(sxdAdminToken) });
    expect(deact.statusCode).toBe(200);
    expect(deact.json().active).toBe(false);
    expect(await db.select().from(sessions).where(eq(sessions.userId, u.id))).toHaveLength(0);
    expect((await failure(login(db, { username: 'vong.doi', password: PASSWORD }))).code).toBe('ACCOUNT_DISABLED');
    expect(await resolveActor(db, token)).toBeNull();

    const act = await app.inject({ method: 'POST', url: `/api/users/${u.id}/activate`, headers: as(sxdAdminToken) });
    expect(act.json().active).toBe(true);

    // Lock the account, then a reset lifts the lock and ends sessions.
    const t = await login(db, { username: 'vong.doi', password: PASSWORD });
    for (let i = 0; i < 5; i++) await failure(login(db, { username: 'vong.doi', password: 'wrong123' }));
    expect((await failure(login(db, { username: 'vong.doi', password: PASSWORD }))).code).toBe('ACCOUNT_LOCKED');
    const weak = await app.inject({
      method: 'POST',
      url: `/api/users/${u.id}/reset-password`,
      headers: as(sxdAdminToken),
      payload: { newPassword: 'weak' },
    });
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    const reset = await app.inject({
      method: 'POST',
      url: `/api/users/${u.id}/reset-password`,
      headers: as(sxdAdminToken),
      payload: { newPassword: 'MatKhauMoi1' },
    });
    expect(reset.statusCode).toBe(200);
    expect(await resolveActor(db, t.token)).toBeNull();
    expect((await failure(login(db, { username: 'vong.doi', password: PASSWORD }))).code).toBe('LOGIN_FAILED');
    const fresh = await login(db, { username: 'vong.doi', password: 'MatKhauMoi1' });

    const training = await app.inject({
      method: 'PUT',
      url: `/api/users/${u.id}/training-mode`,
      headers: as(sxdAdminToken),
      payload: { enabled: true },
    });
    expect(training.json().trainingMode).toBe(true);
    expect((await resolveActor(db, fresh.token))?.trainingMode).toBe(true);
  });

  it('lists users by agency subtree, role and search, with paging', async () => {
    const extra = await insertAgency(db, { code: 'LS-SXD-KT', name: 'Phòng Kinh tế xây dựng', level: 'unit', parentId: ag.sxd.id });
    for (let i = 1; i <= 3; i++) {
      await createUser(db, systemActor, {
        username: `kt.${i}`,
        fullName: `Nguyễn Kinh Tế ${i}`,
        email: `kt${i}@sxd.langson.gov.vn`,
        agencyId: extra.id,
        password: PASSWORD,
        roles: [{ role: i === 1 ? 'leader' : 'specialist', agencyId: extra.id }],
      });
    }
    const page = await app.inject({
      method: 'GET',
      url: `/api/users?agencyId=${extra.id}&limit=2&offset=0`,
      headers: as(rootToken),
    });
    expect(page.statusCode).toBe(200);
    expect(page.json().total).toBe(3);
    expect(page.json().items.map((u: { username: string }) => u.username)).toEqual(['kt.1', 'kt.2']);
    const next = await app.inject({ method: 'GET', url: `/api/users?agencyId=${extra.id}&limit=2&offset=2`, headers: as(rootToken) });
    expect(next.json().items.map((u: { username: string }) => u.username)).toEqual(['kt.3']);

    // The department's subtree includes its units.
    const sxdTree = await listUsers(db, systemActor, { agencyId: ag.sxd.id, limit: 200 });
    expect(sxdTree.items.map((u) => u.username)).toEqual(expect.arrayContaining(['kt.1', 'cv.qlxd', 'sxd.admin']));
    expect(sxdTree.items.map((u) => u.username)).not.toContain('tiepnhan.stp');

    const leaders = await listUsers(db, systemActor, { agencyId: extra.id, role: 'leader' });
    expect(leaders.items.map((u) => u.username)).toEqual(['kt.1']);

    const byName = await app.inject({ method: 'GET', url: `/api/users?search=${encodeURIComponent('kinh tế 2')}`, headers: as(rootToken) });
    expect(byName.json().items.map((u: { username: string }) => u.username)).toEqual(['kt.2']);
    const byMail = await listUsers(db, systemActor, { search: 'KT3@SXD' });
    expect(byMail.items.map((u) => u.username)).toEqual(['kt.3']);
    // LIKE wildcards in the search are taken literally.
    expect((await listUsers(db, systemActor, { search: '%' })).total).toBe(0);

    const inactive = await listUsers(db, systemActor, { active: false });
    expect(inactive.items.every((u) => !u.active)).toBe(true);
    const badRole = await app.inject({ method: 'GET', url: '/api/users?role=king', headers: as(rootToken) });
    expect(badRole.statusCode).toBe(400);
  });

  it('seeds demo accounts idempotently and disables them when demo mode is off', async () => {
    // A real account that happens to use a demo name is left alone.
    await createUser(db, systemActor, {
      username: 'giamsat',
      fullName: 'Cán bộ giám sát thật',
      agencyId: ag.ls.id,
      password: PASSWORD,
      roles: [{ role: 'monitor', agencyId: ag.ls.id }],
    });
    const first = await seedDemoAccounts(db);
    expect(first.map((a) => a.username)).toEqual([
      'quantri',
      'motcua',
      'chuyenvien',
      'lanhdao',
      'congdan',
      'motcua.xa',
      'chuyenvien.xa',
      'lanhdao.xa',
    ]);
    expect(first.every((a) => a.password === DEMO_PASSWORD)).toBe(true);
    expect(first.find((a) => a.username === 'motcua')?.label).toBe(
      'Cán bộ tiếp nhận (Bộ phận Một cửa) — Trung tâm Phục vụ hành chính công tỉnh',
    );
    const countDemo = async () => (await db.select().from(users).where(eq(users.isDemo, true))).length;
    expect(await countDemo()).toBe(8);

    const expected: Record<string, [string, string | null]> = {
      quantri: ['admin', null],
      motcua: ['receiving_officer', 'LS-TTPVHCC'],
      chuyenvien: ['specialist', 'LS-SXD-QLXD'],
      lanhdao: ['leader', 'LS-SXD'],
      congdan: ['citizen', null],
      'motcua.xa': ['receiving_officer', 'LS-X-06937'],
      'chuyenvien.xa': ['specialist', 'LS-X-06937'],
      'lanhdao.xa': ['leader', 'LS-X-06937'],
    };
    const tokens: string[] = [];
    for (const [username, [role, code]] of Object.entries(expected)) {
      const r = await login(db, { username, password: DEMO_PASSWORD });
      tokens.push(r.token);
      expect(r.user.isDemo).toBe(true);
      expect(r.user.roles.map((g) => [g.role, g.agency?.code ?? null])).toEqual([[role, code]]);
    }
    const real = await login(db, { username: 'giamsat', password: PASSWORD });
    expect(real.user.isDemo).toBe(false);

    const second = await seedDemoAccounts(db);
    expect(second).toEqual(first);
    expect(await countDemo()).toBe(8);
    expect(await db.select().from(userRoles).innerJoin(users, eq(users.id, userRoles.userId)).where(eq(users.isDemo, true))).toHaveLength(8);

    expect(await disableDemoAccounts(db)).toBe(8);
    for (const t of tokens) expect(await resolveActor(db, t)).toBeNull();
    expect((await failure(login(db, { username: 'quantri', password: DEMO_PASSWORD }))).code).toBe('ACCOUNT_DISABLED');
    expect(await resolveActor(db, real.token)).not.toBeNull();
    expect(await disableDemoAccounts(db)).toBe(0);

    // Demo mode on again: the accounts come back.
    await seedDemoAccounts(db);
    expect((await login(db, { username: 'quantri', password: DEMO_PASSWORD })).user.active).toBe(true);
  });

  it('publishes the routes in the OpenAPI document with Vietnamese tags', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.paths['/api/auth/login'].post.tags).toEqual(['Đăng nhập và tài khoản']);
    expect(doc.paths['/api/users'].get.tags).toEqual(['Quản lý người dùng']);
    expect(doc.paths['/api/users/{id}'].patch.summary).toBe('Sửa thông tin, cơ quan và vai trò của người dùng');
  });
});
