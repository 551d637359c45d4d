import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import cookie from '@fastify/cookie';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { Actor } from '../../src/accounts/actor';
import type { App } from '../../src/http/context';
import { buildApp } from '../../src/http/build-app';
import { checkAccess, requireAccessRule } from '../../src/http/access-hooks';
import { handleError } from '../../src/http/error-handler';
import { loadConfig } from '../../src/config';
import { login } from '../../src/accounts/login';
import { DEMO_PASSWORD } from '../../src/accounts/demo-accounts';
import { createUser } from '../../src/accounts/create-user';
import { deactivateUser } from '../../src/accounts/deactivate-user';
import { systemActor } from '../../src/accounts/actor';
import { users } from '../../src/accounts/schema';
import { agencies } from '../../src/agencies/schema';
import { parseInstant } from '../../src/calendar/vietnam-time';
import { receiveDossier } from '../../src/dossiers/receive-dossier';
import { receiveInput } from '../../src/dossiers/dossier-inputs';
import { completeStep } from '../../src/dossiers/complete-step';
import { requestSupplement } from '../../src/dossiers/request-supplement';
import { markTestDossier } from '../../src/dossiers/mark-test-dossier';
import { withdrawDossier } from '../../src/dossiers/withdraw-dossier';
import { dossiers, dossierSteps } from '../../src/dossiers/schema';
import { notifications } from '../../src/notifications/schema';
import { sendDeadlineWarnings } from '../../src/notifications/send-deadline-warnings';
import { registerNotificationRoutes } from '../../src/notifications/routes';

function at(text: string): Date {
  const d = parseInstant(text);
  if (!d) throw new Error(`bad instant ${text}`);
  return d;
}

/** The application with the notification routes: the real one once they are wired in, else the same hooks around them. */
async function appWithNotifications(db: Db, clock: TestClock): Promise<App> {
  const full = await buildApp({ db, config: loadConfig({}), clock });
  if (full.hasRoute({ method: 'GET', url: '/api/notifications' })) return full;
  await full.close();
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.addHook('onRoute', requireAccessRule);
  app.setErrorHandler(handleError);
  await app.register(cookie);
  app.addHook('onRequest', checkAccess(db));
  registerNotificationRoutes(app, { db, config: loadConfig({}), clock });
  await app.ready();
  return app;
}

describe(`notifications and deadline warnings (${dbKind})`, () => {
  let database: Database;
  let db: Db;
  const clock = new TestClock('2026-03-12T09:00:00+07:00');
  let motcua: Actor;
  let chuyenvien: Actor;
  let quantri: Actor;
  const ids: Record<string, number> = {};
  const dossierOf: Record<string, { id: number; code: string; stepId: number }> = {};

  /** Received at the desk on Thursday 12/03/2026 and passed to appraisal (specialist, Phòng Quản lý xây dựng). */
  async function dossierInAppraisal(nextAssigneeId: number | null = null) {
    clock.set(at('2026-03-12T09:00'));
    const received = await receiveDossier(
      db,
      motcua,
      clock,
      receiveInput.parse({
        procedureCode: '1.009972',
        applicant: { name: 'Nguyễn Văn Bình', idNumber: '001203004567', phone: '0912345678' },
        components: [1, 2, 3, 4].map((position) => ({ position, provided: true })),
      }),
    );
    await completeStep(db, motcua, clock, received.code, { nextAssigneeId });
    const [step] = await db
      .select()
      .from(dossierSteps)
      .where(and(eq(dossierSteps.dossierId, received.id), eq(dossierSteps.status, 'active')));
    expect(step?.role).toBe('specialist');
    return { id: received.id, code: received.code, stepId: step!.id };
  }

  async function setStepDue(stepId: number, due: string) {
    await db.update(dossierSteps).set({ dueAt: at(due) }).where(eq(dossierSteps.id, stepId));
  }

  async function recipients(dossierId: number, kind: string): Promise<string[]> {
    const rows = await db
      .select({ username: users.username })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(notifications.dossierId, dossierId), eq(notifications.kind, kind as never)));
    return rows.map((r) => r.username).sort();
  }

  async function countFor(dossierIds: number[]): Promise<number> {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(inArray(notifications.dossierId, dossierIds));
    return r!.n;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDemo(db);
    motcua = await actorFor(db, 'motcua');
    chuyenvien = await actorFor(db, 'chuyenvien');
    quantri = await actorFor(db, 'quantri');
    const [qlxd] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'LS-SXD-QLXD'));
    // A second specialist of the unit, and a third whose account is disabled.
    for (const username of ['chuyenvien2', 'chuyenvien3']) {
      const u = await createUser(db, systemActor, {
        username,
        fullName: `Chuyên viên ${username}`,
        agencyId: qlxd!.id,
        password: 'Dung1234',
        roles: [{ role: 'specialist', agencyId: qlxd!.id }],
      });
      ids[username] = u.id;
    }
    await deactivateUser(db, systemActor, { userId: ids.chuyenvien3! });
    for (const u of await db.select({ id: users.id, username: users.username }).from(users)) ids[u.username] = u.id;

    // A: unassigned appraisal due Monday 09:00; B: due Wednesday 17:00 (three working days away).
    const a = await dossierInAppraisal();
    await setStepDue(a.stepId, '2026-03-16T09:00');
    const b = await dossierInAppraisal();
    await setStepDue(b.stepId, '2026-03-18T17:00');
    // C: handed to chuyenvien by name, due Monday 09:00.
    const c = await dossierInAppraisal(ids.chuyenvien);
    await setStepDue(c.stepId, '2026-03-16T09:00');
    // D: a test dossier; E: paused for supplementation; F: withdrawn. All due Monday 09:00.
    const d = await dossierInAppraisal();
    await setStepDue(d.stepId, '2026-03-16T09:00');
    await markTestDossier(db, quantri, clock, d.code, { isTest: true, reason: 'Hồ sơ tập huấn' });
    const e = await dossierInAppraisal();
    await setStepDue(e.stepId, '2026-03-16T09:00');
    await requestSupplement(db, chuyenvien, clock, e.code, { reason: 'Thiếu bản vẽ' });
    const f = await dossierInAppraisal();
    await setStepDue(f.stepId, '2026-03-16T09:00');
    await withdrawDossier(db, motcua, clock, f.code, { reason: 'Người nộp xin rút hồ sơ' });
    // G: the dossier itself is due Monday 09:00; its step much later.
    const g = await dossierInAppraisal();
    await setStepDue(g.stepId, '2026-03-25T17:00');
    await db.update(dossiers).set({ dueAt: at('2026-03-16T09:00') }).where(eq(dossiers.id, g.id));
    Object.assign(dossierOf, { a, b, c, d, e, f, g });
  });

  afterAll(async () => {
    await database?.close();
  });

  describe('deadline warnings', () => {
    it('on Friday afternoon warns about Monday-morning dues, holder and leader alike', async () => {
      clock.set(at('2026-03-13T15:00'));
      const { created } = await sendDeadlineWarnings(db, clock);
      const { a, c, g } = dossierOf;
      // Unassigned: the unit's active specialists (not the disabled one) and the Sở's leader.
      expect(await recipients(a!.id, 'step_due_soon')).toEqual(['chuyenvien', 'chuyenvien2', 'lanhdao']);
      // Assigned: only the assignee among the specialists.
      expect(await recipients(c!.id, 'step_due_soon')).toEqual(['chuyenvien', 'lanhdao']);
      // Dossier due: the holders of its active step and the leaders of the lead agency (Sở Xây dựng).
      expect(await recipients(g!.id, 'dossier_due_soon')).toEqual(['chuyenvien', 'chuyenvien2', 'lanhdao']);
      expect(await recipients(g!.id, 'step_due_soon')).toEqual([]);
      expect(await recipients(a!.id, 'dossier_due_soon')).toEqual([]);
      expect(created).toBe(8);
      const [n] = await db.select().from(notifications).where(eq(notifications.dossierId, a!.id)).limit(1);
      expect(n!.title).toContain('sắp đến hạn');
      expect(n!.body).toContain('09:00 Thứ Hai 16/03/2026');
      expect(n!.createdAt.toISOString()).toBe(at('2026-03-13T15:00').toISOString());
    });

    it('ignores a due three working days away, test, paused and finished dossiers', async () => {
      const { b, d, e, f } = dossierOf;
      expect(await countFor([b!.id, d!.id, e!.id, f!.id])).toBe(0);
    });

    it('is idempotent: a second run creates nothing', async () => {
      const before = await countFor(Object.values(dossierOf).map((x) => x.id));
      expect(await sendDeadlineWarnings(db, clock)).toEqual({ created: 0 });
      expect(await countFor(Object.values(dossierOf).map((x) => x.id))).toBe(before);
    });

    it('warns once more when the due has passed, and only once', async () => {
      clock.set(at('2026-03-16T10:00'));
      const first = await sendDeadlineWarnings(db, clock);
      const { a, c, g, b } = dossierOf;
      expect(await recipients(a!.id, 'step_overdue')).toEqual(['chuyenvien', 'chuyenvien2', 'lanhdao']);
      expect(await recipients(c!.id, 'step_overdue')).toEqual(['chuyenvien', 'lanhdao']);
      expect(await recipients(g!.id, 'dossier_overdue')).toEqual(['chuyenvien', 'chuyenvien2', 'lanhdao']);
      // Monday 10:00: B (Wednesday 17:00) is still more than a working day away.
      expect(await recipients(b!.id, 'step_due_soon')).toEqual([]);
      expect(first.created).toBe(8);
      expect(await sendDeadlineWarnings(db, clock)).toEqual({ created: 0 });
    });

    it('warns again when the due time changes (the clock restarts after a supplement)', async () => {
      const a = dossierOf.a!;
      await setStepDue(a.stepId, '2026-03-17T09:00');
      const r = await sendDeadlineWarnings(db, clock);
      expect(r.created).toBeGreaterThanOrEqual(3);
      const soon = await db
        .select({ ref: notifications.ref })
        .from(notifications)
        .where(and(eq(notifications.dossierId, a.id), eq(notifications.kind, 'step_due_soon'), eq(notifications.userId, ids.lanhdao!)));
      expect(soon).toHaveLength(2);
      expect(new Set(soon.map((s) => s.ref)).size).toBe(2);
    });

    it('does not warn a disabled or unrelated official', async () => {
      const [r] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(inArray(notifications.userId, [ids.chuyenvien3!, ids.motcua!, ids.quantri!, ids.giamsat!, ids['chuyenvien.xa']!]));
      expect(r!.n).toBe(0);
    });
  });

  describe('notification routes', () => {
    let app: App;
    let tokens: Record<string, string>;

    beforeAll(async () => {
      app = await appWithNotifications(db, clock);
      tokens = {};
      for (const username of ['chuyenvien', 'lanhdao', 'motcua']) {
        tokens[username] = (await login(db, { username, password: DEMO_PASSWORD })).token;
      }
    });
    afterAll(async () => {
      await app?.close();
    });

    const get = (who: string, query = '') =>
      app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: { authorization: `Bearer ${tokens[who]}` } });
    const post = (who: string, url: string) => app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${tokens[who]}` } });

    it('lists only my own notifications, newest first, with the unread count', async () => {
      const res = await get('chuyenvien', '?pageSize=200');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const [mine] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(eq(notifications.userId, ids.chuyenvien!));
      expect(body.total).toBe(mine!.n);
      expect(body.unread).toBe(mine!.n);
      expect(body.items).toHaveLength(mine!.n);
      const own = await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, ids.chuyenvien!));
      expect(new Set(body.items.map((i: { id: number }) => i.id))).toEqual(new Set(own.map((o) => o.id)));
      const times = body.items.map((i: { createdAt: string }) => Date.parse(i.createdAt));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      expect(body.items[0].dossierCode).toMatch(/^LS-TTPVHCC-260312-/);
      // Someone without notifications sees none of the others'.
      const empty = (await get('motcua')).json();
      expect(empty).toMatchObject({ total: 0, unread: 0, items: [] });
    });

    it('pages', async () => {
      const all = (await get('chuyenvien', '?pageSize=200')).json();
      const page2 = (await get('chuyenvien', '?page=2&pageSize=2')).json();
      expect(page2.items.map((i: { id: number }) => i.id)).toEqual(all.items.slice(2, 4).map((i: { id: number }) => i.id));
      expect(page2).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    });

    it('marks one read, keeps the first read time, and refuses other people’s', async () => {
      const first = (await get('chuyenvien')).json().items[0];
      clock.set(at('2026-03-16T11:00'));
      const res = await post('chuyenvien', `/api/notifications/${first.id}/read`);
      expect(res.statusCode).toBe(200);
      expect(res.json().readAt).toBe(at('2026-03-16T11:00').toISOString());
      clock.set(at('2026-03-16T11:30'));
      const again = await post('chuyenvien', `/api/notifications/${first.id}/read`);
      expect(again.json().readAt).toBe(at('2026-03-16T11:00').toISOString());
      const after = (await get('chuyenvien', '?unreadOnly=true&pageSize=200')).json();
      expect(after.unread).toBe(after.total);
      expect(after.items.some((i: { id: number }) => i.id === first.id)).toBe(false);

      const theirs = (await get('lanhdao')).json().items[0];
      const refused = await post('chuyenvien', `/api/notifications/${theirs.id}/read`);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().code).toBe('NOTIFICATION_NOT_FOUND');
      const [still] = await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, theirs.id));
      expect(still!.readAt).toBeNull();
    });

    it('marks all read', async () => {
      const before = (await get('chuyenvien')).json();
      const res = await post('chuyenvien', '/api/notifications/read-all');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ updated: before.unread });
      expect((await get('chuyenvien')).json().unread).toBe(0);
      // The leader's remain unread.
      expect((await get('lanhdao')).json().unread).toBeGreaterThan(0);
    });

    it('needs a signed-in user and a numeric id', async () => {
      const anonymous = await app.inject({ method: 'GET', url: '/api/notifications' });
      expect(anonymous.statusCode).toBe(401);
      const bad = await post('chuyenvien', '/api/notifications/abc/read');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('VALIDATION_FAILED');
      const badPage = await get('chuyenvien', '?page=0');
      expect(badPage.statusCode).toBe(400);
    });
  });
});
