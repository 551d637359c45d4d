/**
 * Timing of the dashboard on a province's year (not a test): generates `N` dossiers (default 30 000)
 * of the benchmark province for 2025, imports them into a fresh database, and prints the median of
 * three runs of form 06, the dashboard (year, quarter, month) and the public statistics.
 *
 *   npm run bench:dashboard                 embedded database
 *   KIND=postgres npm run bench:dashboard   PostgreSQL at 127.0.0.1:5432 (database created and dropped)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/accounts/actor';
import { openDatabase } from '../src/db/open-database';
import { runMigrations } from '../src/db/migrate';
import { generateHistory } from '../src/imports/generate-history';
import { importHistory } from '../src/imports/import-history';
import { computeDashboard } from '../src/reports/dashboard';
import { computePublicStatistics } from '../src/reports/dashboard-public';
import { computeForm06 } from '../src/reports/form06';
import { benchProvince } from './province';

const count = Number(process.env.N ?? 30000);
const kind = process.env.KIND ?? 'embedded';
async function* lines() {
  const { world, lines } = benchProvince();
  for (const l of lines) yield l;
  for (const l of generateHistory(world, { seed: 2025, from: '2025-01-01', to: '2025-12-31', count })) yield l;
}
async function main() {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let cleanup = async () => {};
  if (kind === 'postgres') {
    const name = `motcua_dash_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/postgres', dataDir: '' });
    await admin.db.execute(sql.raw(`create database ${name}`));
    database = await openDatabase({ url: `postgres://postgres@127.0.0.1:5432/${name}`, dataDir: '' });
    cleanup = async () => {
      await database.close();
      await admin.db.execute(sql.raw(`drop database ${name}`));
      await admin.close();
    };
  } else {
    const root = mkdtempSync(join(tmpdir(), 'dash-bench-'));
    database = await openDatabase({ dataDir: join(root, 'db') });
    cleanup = async () => {
      await database.close();
      rmSync(root, { recursive: true, force: true });
    };
  }
  try {
    const db = database.db;
    await runMigrations(db);
    const t0 = performance.now();
    const s = await importHistory(db, systemActor, lines(), {});
    console.log(`${kind}: imported ${s.dossiers.created} dossiers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await db.execute(sql`vacuum analyze`);
    const q = { agencyCode: 'BT', from: '2025-01-01', to: '2025-12-31' };
    for (const [label, fn] of [
      ['form06 year (child)', () => computeForm06(db, systemActor, { ...q, by: 'child' })],
      ['dashboard year', () => computeDashboard(db, systemActor, q)],
      ['dashboard quarter', () => computeDashboard(db, systemActor, { ...q, from: '2025-10-01' })],
      ['dashboard month', () => computeDashboard(db, systemActor, { ...q, from: '2025-12-01' })],
      ['public statistics 2025', () => computePublicStatistics(db, { year: 2025, now: new Date('2026-03-01T00:00:00Z') })],
    ] as const) {
      await fn();
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`${kind}: ${label}: median ${times[1]!.toFixed(0)} ms (runs ${times.map((x) => x.toFixed(0)).join(', ')})`);
    }
    const d = await computeDashboard(db, systemActor, q);
    console.log(`${kind}: counted ${d.total.received.total}, months ${d.months.length}, byChild ${d.byChild.length}`);
  } finally {
    await cleanup();
  }
}
await main();
