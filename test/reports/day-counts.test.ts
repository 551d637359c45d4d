import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import { actorFor, seedDemo } from '../support/demo';
import { dueMovedAfterMarch, insertDossier } from '../support/insert-dossier';
import type { Database } from '../../src/db/open-database';
import type { Actor } from '../../src/accounts/actor';
import { systemActor } from '../../src/accounts/actor';
import { importHistory } from '../../src/imports/import-history';
import { generateDemoHistory } from '../../src/imports/demo-history';
import { countByKey, countByKeyClassified } from '../../src/reports/form06';
import { zeroCounts, type CountRow } from '../../src/reports/form06-figures';
import { resolveReportScope } from '../../src/reports/report-scope';
import { presetPeriod, type Period } from '../../src/reports/periods';
import { Prng } from '../../src/imports/prng';

const vn = (s: string) => `${s}+07:00`;

/**
 * The report reads maintained day counts and the SP-GiST "open at" index instead of classifying every
 * dossier: these tests hold it to the definition (classify-sql.ts) on generated histories and after
 * every kind of change to dossiers.
 */
describe(`day counts equal the classified definition (${dbKind})`, () => {
  let database: Database;
  let monitor: Actor;

  /** dossier_day_counts recomputed from scratch, without zero rows. */
  async function recount() {
    const db = database.db;
    const [{ q }] = (await db.execute<{ q: string }>(sql`select dossier_day_contributions('dossiers', 1) as q`)).rows as [{ q: string }];
    const fresh = await db.execute(sql`
      select agency_id, day::text as day, sum(received_online)::int as ro, sum(received_direct)::int as rd,
        sum(resolved_early)::int as re, sum(resolved_on_time)::int as rt, sum(resolved_late)::int as rl
      from (${sql.raw(q)}) x group by 1, 2 order by 1, 2`);
    const kept = await db.execute(sql`
      select agency_id, day::text as day, received_online as ro, received_direct as rd, resolved_early as re, resolved_on_time as rt, resolved_late as rl
      from dossier_day_counts where received_online <> 0 or received_direct <> 0 or resolved_early <> 0 or resolved_on_time <> 0 or resolved_late <> 0
      order by 1, 2`);
    return { fresh: fresh.rows, kept: kept.rows };
  }

  /** The eight counts of each row key, rows of zeros left out (the fast path has no row for them). */
  const counts = (byKey: Map<string, CountRow>) =>
    Object.fromEntries(
      [...byKey]
        .map(([key, c]) => [key, Object.fromEntries(Object.keys(zeroCounts).map((k) => [k, Number(c[k as keyof CountRow])]))] as const)
        .filter(([, c]) => Object.values(c).some((n) => n !== 0)),
    );

  async function expectSameCounts(periods: Period[], agencyCode = 'LS') {
    for (const period of periods) {
      for (const by of ['child', 'agency', 'level'] as const) {
        const scope = await resolveReportScope(database.db, monitor, { agencyCode, ...period, by });
        const fast = counts(await countByKey(database.db, scope, by));
        const defined = counts(await countByKeyClassified(database.db, scope, by));
        expect({ period, by, counts: fast }).toEqual({ period, by, counts: defined });
      }
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    monitor = await actorFor(database.db, 'giamsat');
    // Eight months of generated history (imported in bulk mode, with row triggers off) …
    const lines = await generateDemoHistory(database.db, { to: '2026-04-30', months: 8, count: 1500, seed: 11 });
    await importHistory(database.db, systemActor, lines, { batchSize: 200, bulkThreshold: 400 });
    // … and dossiers whose due time moved or whose clock was paused around a period end.
    const c = 'LS-X-05977';
    await insertDossier(database.db, { agency: c, receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-20T17:00'), pausedAt: vn('2026-03-15T09:00'), supplementCount: 1 });
    await insertDossier(database.db, dueMovedAfterMarch(c));
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('keeps the day counts equal to a recount after a bulk import', async () => {
    const { fresh, kept } = await recount();
    expect(fresh.length).toBeGreaterThan(100);
    expect(kept).toEqual(fresh);
  });

  it('gives the classified figures for months, quarters, cut-off periods and odd ranges', async () => {
    const periods: Period[] = [
      ...[9, 10, 11, 12].map((m) => presetPeriod('month', 2025, m)),
      ...[1, 2, 3, 4, 5].map((m) => presetPeriod('month', 2026, m)),
      presetPeriod('quarter', 2025, 4),
      presetPeriod('quarter', 2026, 1),
      presetPeriod('half', 2026, 1),
      presetPeriod('year', 2025),
      presetPeriod('cutoff', 2026, 3),
    ];
    const random = new Prng(7);
    for (let i = 0; i < 6; i++) {
      const start = Date.UTC(2025, 8, 1) + Math.floor(random.next() * 240) * 86_400_000;
      const length = Math.floor(random.next() * 60) * 86_400_000;
      const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
      periods.push({ from: iso(start), to: iso(start + length) });
    }
    await expectSameCounts(periods);
    await expectSameCounts([presetPeriod('quarter', 2026, 1)], 'LS-X-05977');
  }, 120_000);

  it('follows every change to dossiers: finishing, reopening, marking as test, moving agency, deleting', async () => {
    const db = database.db;
    await db.execute(sql`update dossiers set is_test = true where id in (select id from dossiers where finished_at is not null order by id limit 40)`);
    await db.execute(sql`update dossiers set is_test = false where id in (select id from dossiers where is_test order by id limit 15)`);
    await db.execute(sql`
      update dossiers set finished_at = received_at + interval '3 days', outcome = 'approved', status = 'returned'
      where id in (select id from dossiers where finished_at is null and received_at < '2026-04-01' order by id limit 30)`);
    await db.execute(sql`update dossiers set finished_at = null, outcome = null where id in (select id from dossiers where finished_at >= '2026-03-01' order by id desc limit 10)`);
    await db.execute(sql`update dossiers set due_at = due_at - interval '10 days' where id in (select id from dossiers where finished_at is not null order by id limit 25)`);
    await db.execute(sql`update dossiers set channel = 'online' where id in (select id from dossiers where channel <> 'online' order by id limit 20)`);
    await db.execute(sql`
      update dossiers set agency_id = (select id from agencies where code = 'LS-SXD')
      where id in (select id from dossiers where agency_id = (select id from agencies where code = 'LS-X-05977') order by id limit 12)`);
    const doomed = [
      await insertDossier(db, { agency: 'LS-X-05977', receivedAt: vn('2026-03-03T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-12T09:00') }),
      await insertDossier(db, { agency: 'LS-X-05977', channel: 'online', receivedAt: vn('2026-03-04T09:00'), dueAt: vn('2026-03-10T17:00') }),
    ];
    const doomedIds = sql`(select id from dossiers where code in (${sql.join(doomed.map((c) => sql`${c}`), sql`, `)}))`;
    await db.execute(sql`delete from dossier_events where dossier_id in ${doomedIds}`);
    await db.execute(sql`delete from dossiers where id in ${doomedIds}`);
    const { fresh, kept } = await recount();
    expect(kept).toEqual(fresh);
    await expectSameCounts([presetPeriod('month', 2026, 3), presetPeriod('quarter', 2026, 1), presetPeriod('year', 2025)]);
  }, 120_000);

  it('counts nothing twice when a statement is rolled back', async () => {
    const before = await recount();
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update dossiers set is_test = not is_test`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await recount()).toEqual(before);
  });
});
