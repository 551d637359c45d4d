import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { App } from '../../src/http/context';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import { auditLog } from '../../src/audit/schema';
import { calendarYears } from '../../src/calendar/schema';
import { seedCalendarSchedules } from '../../src/calendar/seed-schedules';
import { invalidateWorkCalendars, loadWorkCalendar } from '../../src/calendar/load-work-calendar';
import { updateCalendarYear } from '../../src/calendar/update-calendar-year';
import { decreedSchedules } from '../../src/calendar/decreed-schedules';
import { systemActor } from '../../src/accounts/actor';
import { insertAgency, insertSignedInUser } from './fixtures';
import { at, iso } from './helpers';

const days2026 = decreedSchedules.find((s) => s.year === 2026)!.daysOff.map((d) => d.date);

describe(`calendar with a database (${dbKind})`, () => {
  let database: Database;
  let app: App;
  let admin: { id: number; token: string };
  let specialist: { id: number; token: string };
  let provinceAdmin: { id: number; token: string };
  let province: { id: number };
  let commune: { id: number };
  let otherProvince: { id: number };
  const auth = (u: { token: string }) => ({ authorization: `Bearer ${u.token}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    app = await buildApp({ db, config: loadConfig({}) });
    province = await insertAgency(db, { code: 'T-CAL', name: 'Tỉnh thử nghiệm', level: 'province' });
    commune = await insertAgency(db, { code: 'T-CAL-X1', name: 'Xã thử nghiệm', level: 'commune', parentId: province.id });
    otherProvince = await insertAgency(db, { code: 'T-CAL-2', name: 'Tỉnh khác', level: 'province' });
    admin = await insertSignedInUser(db, 'cal-admin', 'admin');
    specialist = await insertSignedInUser(db, 'cal-specialist', 'specialist', province.id);
    provinceAdmin = await insertSignedInUser(db, 'cal-province-admin', 'admin', otherProvince.id);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('ships the decreed years in the database, and seeding again is idempotent', async () => {
    const { db } = database;
    const rows = await db.select().from(calendarYears);
    expect(rows.map((r) => r.year).sort()).toEqual([2025, 2026]);
    expect(rows.every((r) => r.origin === 'decreed' && r.updatedBy === null)).toBe(true);
    await seedCalendarSchedules(db);
    await seedCalendarSchedules(db);
    expect(await db.select().from(calendarYears)).toHaveLength(2);
  });

  it('GET a decreed year: days off, Saturdays worked and named holidays (public)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/calendar/years/2026' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.origin).toBe('decreed');
    expect(body.daysOff.map((d: { date: string }) => d.date)).toEqual(days2026);
    expect(body.workingSaturdays.map((d: { date: string }) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(body.holidays).toContainEqual(expect.objectContaining({ date: '2026-04-26', name: expect.stringContaining('Giỗ Tổ Hùng Vương') }));
    expect(body.daysOff[0]).toMatchObject({ date: '2026-01-01', name: 'Tết Dương lịch', note: expect.stringContaining('Điều 112') });
    expect(body.workingDayCount).toBe(250);
  });

  it('GET a year without a decreed schedule follows the rules; bad years are 400', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/calendar/years/2027' });
    expect(res.statusCode).toBe(200);
    expect(res.json().origin).toBe('rules');
    expect(res.json().daysOff.map((d: { date: string }) => d.date)).toContain('2027-05-03'); // 1/5 on Saturday
    expect(res.json().updatedAt).toBeNull();
    const out = await app.inject({ method: 'GET', url: '/api/calendar/years/1800' });
    expect(out.statusCode).toBe(400);
    expect(out.json().code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
    expect((await app.inject({ method: 'GET', url: '/api/calendar/years/abc' })).statusCode).toBe(400);
  });

  it('POST /api/calendar/due computes a due time (public)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-02-13T09:00:00+07:00', amount: 3, unit: 'working_days' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ due: '2026-02-25T17:00:00+07:00', receivedAt: '2026-02-13T09:00:00+07:00', workingHours: 30.5 }); // 6.5 h on 13/02 + 3 × 8 h
    const h = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-01-05T10:00', amount: 2, unit: 'working_hours' },
    });
    expect(h.json().due).toBe('2026-01-05T13:30:00+07:00');
  });

  it('POST /api/calendar/due refuses bad input with 400 and a code, unknown agencies with 404', async () => {
    const cases: [unknown, string][] = [
      [{ receivedAt: 'hôm qua', amount: 3, unit: 'working_days' }, 'CALENDAR_INVALID_INSTANT'],
      [{ receivedAt: '2026-02-30T09:00', amount: 3, unit: 'working_days' }, 'CALENDAR_INVALID_INSTANT'],
      [{ receivedAt: '2026-02-13T09:00', amount: 2.5, unit: 'working_days' }, 'CALENDAR_INVALID_DURATION'],
      [{ receivedAt: '2026-02-13T09:00', amount: -1, unit: 'working_hours' }, 'CALENDAR_INVALID_DURATION'],
      [{ receivedAt: '2026-02-13T09:00', amount: 3, unit: 'weeks' }, 'VALIDATION_FAILED'],
      [{ receivedAt: '2026-02-13T09:00' }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/calendar/due', payload: payload as object });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code, JSON.stringify(payload)).toBe(code);
    }
    const missing = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-02-13T09:00', amount: 3, unit: 'working_days', agencyId: 999_999 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('PUT a year: admins only (401 anonymous, 403 other roles), validated, audited, and used at once', async () => {
    const { db } = database;
    const received = at('2026-11-23T09:00');
    // Before: Tue 24/11/2026 is a working day.
    expect(iso((await loadWorkCalendar(db)).dueAfterWorkingDays(received, 1))).toBe('2026-11-24T17:00:00+07:00');

    const current = (await app.inject({ method: 'GET', url: '/api/calendar/years/2026' })).json();
    const payload = {
      daysOff: [...current.daysOff, { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }],
      workingSaturdays: current.workingSaturdays,
      note: 'Bổ sung ngày nghỉ 24/11 theo quyết định mới',
    };
    const anonymous = await app.inject({ method: 'PUT', url: '/api/calendar/years/2026', payload });
    expect(anonymous.statusCode).toBe(401);
    const refused = await app.inject({ method: 'PUT', url: '/api/calendar/years/2026', payload, headers: auth(specialist) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');

    const res = await app.inject({ method: 'PUT', url: '/api/calendar/years/2026', payload, headers: auth(admin) });
    expect(res.statusCode).toBe(200);
    expect(res.json().daysOff.map((d: { date: string }) => d.date)).toEqual([...days2026, '2026-11-24']);

    const after = (await app.inject({ method: 'GET', url: '/api/calendar/years/2026' })).json();
    expect(after.origin).toBe('edited');
    expect(after.note).toBe('Bổ sung ngày nghỉ 24/11 theo quyết định mới');
    expect(after.updatedBy).toBe(admin.id);
    expect(after.daysOff.find((d: { date: string }) => d.date === '2026-11-24')?.name).toBe('Ngày Văn hóa Việt Nam');

    // The cached calendar was dropped: 24/11 is now off.
    expect(iso((await loadWorkCalendar(db)).dueAfterWorkingDays(received, 1))).toBe('2026-11-25T17:00:00+07:00');
    const due = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-11-23T09:00', amount: 1, unit: 'working_days' },
    });
    expect(due.json().due).toBe('2026-11-25T17:00:00+07:00');

    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.type, 'CALENDAR_YEAR_CHANGED'), eq(auditLog.subject, 'calendar_year:2026')));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(admin.id);
    expect(audits[0]!.data).toMatchObject({ year: 2026, after: { daysOff: expect.arrayContaining(['2026-11-24']) } });
    expect((audits[0]!.data as { before: { daysOff: string[] } }).before.daysOff).not.toContain('2026-11-24');

    // A start-up seed must not overwrite the edit.
    await seedCalendarSchedules(db);
    const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, 2026));
    expect(row!.origin).toBe('edited');
    expect(row!.daysOff.map((d) => d.date)).toContain('2026-11-24');
  });

  it('PUT a year refuses bad dates with 400 and a specific code', async () => {
    const cases: [object, string][] = [
      [{ daysOff: [{ date: '2026-02-14' }], workingSaturdays: [] }, 'CALENDAR_DAY_OFF_NOT_WEEKDAY'], // a Saturday
      [{ daysOff: [], workingSaturdays: [{ date: '2026-01-09' }] }, 'CALENDAR_NOT_SATURDAY'], // a Friday
      [{ daysOff: [{ date: '2027-01-04' }], workingSaturdays: [] }, 'CALENDAR_DATE_OUTSIDE_YEAR'],
      [{ daysOff: [{ date: '2026-02-30' }], workingSaturdays: [] }, 'CALENDAR_INVALID_DATE'],
      [{ daysOff: [{ date: '16/02/2026' }], workingSaturdays: [] }, 'CALENDAR_INVALID_DATE'],
      [{ daysOff: [{ date: '2026-02-16' }, { date: '2026-02-16' }], workingSaturdays: [] }, 'CALENDAR_DUPLICATE_DATE'],
      [{ daysOff: [{ date: '2026-02-16' }] }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const res = await app.inject({ method: 'PUT', url: '/api/calendar/years/2026', payload, headers: auth(admin) });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().code, JSON.stringify(payload)).toBe(code);
      expect(res.json().message.length).toBeGreaterThan(0);
    }
    const year = await app.inject({ method: 'PUT', url: '/api/calendar/years/2400', payload: { daysOff: [], workingSaturdays: [] }, headers: auth(admin) });
    expect(year.statusCode).toBe(400);
    expect(year.json().code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });

  it('PUT a year that had no row creates it (a newly decreed year); the service refuses non-admins', async () => {
    const { db } = database;
    const res = await app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: { daysOff: [{ date: '2027-02-10', name: 'Tết' }], workingSaturdays: [{ date: '2027-02-20' }] },
      headers: auth(admin),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().workingSaturdays).toEqual([{ date: '2027-02-20', name: 'Làm việc bù' }]);
    const calendar = await loadWorkCalendar(db);
    expect(calendar.scheduleOf(2027).origin).toBe('edited');
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2027-05-03')).toBe(true); // the edit replaces the rules for that year
    const viewer = { ...systemActor, kind: 'user' as const, userId: specialist.id, grants: [{ role: 'specialist' as const, agencyId: province.id, agencyPath: `/${province.id}/` }] };
    await expect(updateCalendarYear(db, viewer, { year: 2027, daysOff: [], workingSaturdays: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('caches the calendar until invalidated', async () => {
    const { db } = database;
    const first = await loadWorkCalendar(db);
    expect(await loadWorkCalendar(db)).toBe(first);
    // A change behind the service's back is not seen until the cache is dropped.
    await db.update(calendarYears).set({ daysOff: [] }).where(eq(calendarYears.year, 2025));
    expect((await loadWorkCalendar(db)).isWorkingDay('2025-01-01')).toBe(false);
    invalidateWorkCalendars();
    const reloaded = await loadWorkCalendar(db);
    expect(reloaded).not.toBe(first);
    expect(reloaded.isWorkingDay('2025-01-01')).toBe(true);
  });

  it('working hours: default, set by an admin, inherited by sub-agencies, used for due times, reset', async () => {
    const get = (id: number) => app.inject({ method: 'GET', url: `/api/calendar/agencies/${id}/working-hours` });
    expect((await get(commune.id)).json()).toEqual({
      agencyId: commune.id,
      periods: [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }],
      definedBy: null,
    });
    const periods = [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }];
    const put = (id: number, body: object, who = admin) =>
      app.inject({ method: 'PUT', url: `/api/calendar/agencies/${id}/working-hours`, payload: body, headers: auth(who) });

    expect((await put(province.id, { periods }, specialist)).statusCode).toBe(403);
    // An admin of another province cannot change this one.
    expect((await put(province.id, { periods }, provinceAdmin)).statusCode).toBe(403);
    const set = await put(province.id, { periods });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ agencyId: province.id, periods, definedBy: province.id });
    expect((await get(commune.id)).json()).toEqual({ agencyId: commune.id, periods, definedBy: province.id });

    const due = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-02-13T17:10:00+07:00', amount: 3, unit: 'working_days', agencyId: commune.id },
    });
    expect(due.json().due).toBe('2026-02-25T17:30:00+07:00');

    for (const bad of [
      { periods: [{ start: '13:00', end: '12:00' }] },
      { periods: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }] },
      { periods: [] },
      { periods: [{ start: '8h', end: '12:00' }] },
    ]) {
      const res = await put(commune.id, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('CALENDAR_INVALID_WORKING_HOURS');
    }
    expect((await put(999_999, { periods })).statusCode).toBe(404);
    expect((await get(999_999)).statusCode).toBe(404);

    const reset = await put(province.id, { periods: null });
    expect(reset.json().definedBy).toBeNull();
    const back = await app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { receivedAt: '2026-02-13T17:10:00+07:00', amount: 3, unit: 'working_days', agencyId: commune.id },
    });
    expect(back.json().due).toBe('2026-02-26T17:00:00+07:00');
  });

  it('documents every calendar route in OpenAPI with Vietnamese tags', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, { tags: string[]; summary: string }>>;
    }>();
    for (const path of ['/api/calendar/years/{year}', '/api/calendar/due', '/api/calendar/agencies/{agencyId}/working-hours']) {
      expect(spec.paths[path], path).toBeDefined();
      for (const op of Object.values(spec.paths[path] ?? {})) {
        expect(op.tags).toEqual(['Lịch làm việc và thời hạn']);
        expect(op.summary.length).toBeGreaterThan(0);
      }
    }
  });
});
