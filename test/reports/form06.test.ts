import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-db';
import { actorFor, seedDemo } from '../support/demo';
import { dueMovedAfterMarch, insertDossier } from '../support/insert-dossier';
import type { Database } from '../../src/db/open-database';
import { computeForm06 } from '../../src/reports/form06';
import { drillDown } from '../../src/reports/drill-down';
import { presetPeriod, periodInstants } from '../../src/reports/periods';
import { isBalanced } from '../../src/reports/form06-figures';
import { reportCells } from '../../src/reports/classify-sql';
import type { Actor } from '../../src/accounts/actor';

const vn = (s: string) => `${s}+07:00`;

describe('standard report (form 06) definitions', () => {
  let database: Database;
  let monitor: Actor;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    monitor = await actorFor(database.db, 'giamsat');
    const db = database.db;
    const c = 'LS-X-05977';
    codes.carriedEarly = await insertDossier(db, { agency: c, receivedAt: vn('2026-02-20T09:00'), dueAt: vn('2026-03-05T17:00'), finishedAt: vn('2026-03-04T10:00') });
    codes.onlineOnTime = await insertDossier(db, { agency: c, channel: 'online', receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-10T16:00') });
    codes.late = await insertDossier(db, { agency: c, channel: 'postal', receivedAt: vn('2026-03-03T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-12T09:00') });
    codes.notDue = await insertDossier(db, { agency: c, receivedAt: vn('2026-03-25T09:00'), dueAt: vn('2026-04-08T17:00') });
    codes.overdue = await insertDossier(db, { agency: c, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-20T17:00') });
    codes.finishedAfter = await insertDossier(db, { agency: c, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-20T17:00'), finishedAt: vn('2026-04-03T09:00') });
    codes.test = await insertDossier(db, { agency: c, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-04T17:00'), isTest: true });
    codes.before = await insertDossier(db, { agency: c, receivedAt: vn('2026-02-01T09:00'), dueAt: vn('2026-02-25T17:00'), finishedAt: vn('2026-02-25T09:00') });
    codes.after = await insertDossier(db, { agency: c, receivedAt: vn('2026-04-02T09:00'), dueAt: vn('2026-04-20T17:00') });
    codes.paused = await insertDossier(db, { agency: c, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-20T17:00'), pausedAt: vn('2026-03-15T09:00'), supplementCount: 1 });
    // Supplement asked after the period and received later: the due time moved after the period end.
    codes.movedLater = await insertDossier(db, dueMovedAfterMarch(c));
    // A department dossier and a dossier of the old commune merged into LS-X-05977 on 2025-07-01.
    codes.department = await insertDossier(db, { agency: 'LS-SXD', procedure: '1.009972', receivedAt: vn('2026-03-05T09:00'), dueAt: vn('2026-03-25T17:00'), finishedAt: vn('2026-03-20T09:00') });
    codes.oldCommune = await insertDossier(db, { agency: 'LS-H-CL-06247', receivedAt: vn('2025-06-20T09:00'), dueAt: vn('2025-07-10T17:00') });
  });
  afterAll(async () => {
    await database.close();
  });

  const march = { agencyCode: 'LS', ...presetPeriod('month', 2026, 3) };

  it('classifies each dossier by the Decision definitions, as of the period end', async () => {
    const r = await computeForm06(database.db, monitor, { ...march, by: 'child' });
    const commune = r.rows.find((x) => x.key === 'LS-X-05977')!;
    expect(commune.received).toEqual({ total: 9, online: 1, directOrPostal: 6, carriedOver: 2 });
    expect(commune.resolved).toEqual({ total: 3, early: 1, onTime: 1, late: 1 });
    // notDue: the new one and the paused one; overdue: overdue, finished after the end, and the one
    // whose due time only moved after the end.
    expect(commune.pending).toEqual({ total: 6, notDue: 2, overdue: 4 });
    expect(commune.overdueTotal).toBe(5);
    expect(isBalanced(commune)).toBe(true);
    const sxd = r.rows.find((x) => x.key === 'LS-SXD')!;
    expect(sxd.resolved.early).toBe(1);
    expect(r.total.received.total).toBe(r.rows.reduce((s, x) => s + x.received.total, 0));
    expect(r.total.resolved.late).toBe(r.rows.reduce((s, x) => s + x.resolved.late, 0));
    // Every child of the province that existed in March is listed, even with zeros.
    expect(r.rows.map((x) => x.key)).toEqual(expect.arrayContaining(['LS-STP', 'LS-SYT', 'LS-X-05983']));
    expect(r.rows.map((x) => x.key)).not.toContain('LS-H-CL');
  });

  it('drill-down lists exactly the dossiers behind every cell', async () => {
    const r = await computeForm06(database.db, monitor, { ...march, by: 'child' });
    for (const row of r.rows.filter((x) => x.received.total > 0)) {
      for (const cell of reportCells) {
        const [group, name] = cell.split('.') as [string, string | undefined];
        const expected = name ? (row as any)[group][name] : (row as any)[group];
        const list = await drillDown(database.db, monitor, { ...march, by: 'child', row: row.key, cell, page: 1, pageSize: 100 });
        expect(list.total, `${row.key} ${cell}`).toBe(expected);
        expect(list.items.length).toBe(expected);
      }
    }
    const late = await drillDown(database.db, monitor, { ...march, by: 'child', row: 'LS-X-05977', cell: 'resolved.late', page: 1, pageSize: 10 });
    expect(late.items.map((i) => i.code)).toEqual([codes.late]);
    const overdue = await drillDown(database.db, monitor, { ...march, by: 'child', row: 'LS-X-05977', cell: 'pending.overdue', page: 1, pageSize: 10 });
    expect(overdue.items.map((i) => i.code).sort()).toEqual([codes.overdue, codes.finishedAfter, codes.movedLater, codes.oldCommune].sort());
    expect(overdue.items.find((i) => i.code === codes.movedLater)!.dueAt).toEqual(new Date(vn('2026-03-20T17:00')));
  });

  it('rolls a merged commune into its successor after the merger, and shows the old district before it', async () => {
    const june = await computeForm06(database.db, monitor, { agencyCode: 'LS', ...presetPeriod('month', 2025, 6), by: 'child' });
    expect(june.rows.map((x) => x.key)).toContain('LS-H-CL');
    expect(june.rows.find((x) => x.key === 'LS-H-CL')!.received.total).toBe(1);
    const july = await computeForm06(database.db, monitor, { agencyCode: 'LS', ...presetPeriod('month', 2025, 7), by: 'child' });
    expect(july.rows.map((x) => x.key)).not.toContain('LS-H-CL');
    expect(july.rows.find((x) => x.key === 'LS-X-05977')!.received.carriedOver).toBe(1);
  });

  it('groups by procedure, field and level with the same total', async () => {
    const byChild = await computeForm06(database.db, monitor, { ...march, by: 'child' });
    for (const by of ['procedure', 'field', 'level', 'agency'] as const) {
      const r = await computeForm06(database.db, monitor, { ...march, by });
      expect(r.total, by).toEqual(byChild.total);
      expect(r.rows.reduce((s, x) => s + x.received.total, 0), by).toBe(r.total.received.total);
    }
    const byLevel = await computeForm06(database.db, monitor, { ...march, by: 'level' });
    expect(byLevel.rows.map((x) => x.key)).toEqual(['department', 'commune']);
  });

  it('is refused outside the reader subtree and for bad periods', async () => {
    const specialist = await actorFor(database.db, 'chuyenvien');
    await expect(computeForm06(database.db, specialist, { ...march, by: 'child' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const communeLeader = await actorFor(database.db, 'lanhdao.xa');
    await expect(computeForm06(database.db, communeLeader, { ...march, by: 'child' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const own = await computeForm06(database.db, communeLeader, { ...march, agencyCode: 'LS-X-05977', by: 'child' });
    expect(own.total.received.total).toBe(9);
    await expect(computeForm06(database.db, monitor, { agencyCode: 'LS', from: '2026-03-31', to: '2026-03-01', by: 'child' })).rejects.toMatchObject({
      code: 'REPORT_INVALID_PERIOD',
    });
  });

  it('period presets', () => {
    expect(presetPeriod('quarter', 2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('half', 2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(presetPeriod('year', 2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('cutoff', 2026, 1)).toEqual({ from: '2025-12-15', to: '2026-01-14' });
    expect(presetPeriod('cutoff', 2026, 3)).toEqual({ from: '2026-02-15', to: '2026-03-14' });
    const { start, end } = periodInstants({ from: '2026-03-01', to: '2026-03-31' });
    expect(start.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });
});
