/**
 * Benchmark: generates a province's history, imports it, and times the form-06 report by child agency
 * for a quarter and a year next to a hand-written aggregate (the floor), on PostgreSQL and on the
 * embedded database. Not a test: run with `npm run bench`.
 *
 *   BENCH_DOSSIERS=1000000        dossiers imported into PostgreSQL
 *   BENCH_PGLITE_DOSSIERS=100000  dossiers imported into the embedded database
 *   BENCH_DBS=postgres,embedded   which databases
 *   BENCH_RUNS=5                  timed runs of each query (after one warm-up); the median is reported
 *   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/   server on which a fresh database is created and dropped
 *   BENCH_RECORD=1                write bench/RESULTS.md
 *   BENCH_EXPLAIN=1               print EXPLAIN ANALYZE of the year report query
 *   BENCH_LOG=1                   log every statement of the PostgreSQL database with its duration (log_min_duration_statement = 0)
 *   BENCH_KEEP=1                  keep the PostgreSQL database afterwards (its name is printed) to study queries
 */
import { closeSync, existsSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, hostname, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemActor } from '../src/accounts/actor';
import { openDatabase, type Database } from '../src/db/open-database';
import { runMigrations } from '../src/db/migrate';
import { generateHistory } from '../src/imports/generate-history';
import { importHistory } from '../src/imports/import-history';
import { fileLines } from '../src/imports/cli';
import { terminalProgress } from '../src/imports/progress-bar';
import { classifiedDossiers } from '../src/reports/classify-sql';
import { computeForm06 } from '../src/reports/form06';
import { presetPeriod } from '../src/reports/periods';
import { resolveReportScope } from '../src/reports/report-scope';
import { floorCounts } from './floor';
import { benchProvince } from './province';

const env = process.env;
const pgDossiers = Number(env.BENCH_DOSSIERS ?? 1_000_000);
const embeddedDossiers = Number(env.BENCH_PGLITE_DOSSIERS ?? 100_000);
const dbs = (env.BENCH_DBS ?? 'postgres,embedded').split(',').map((s) => s.trim());
const runs = Number(env.BENCH_RUNS ?? 5);
const pgUrl = env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const YEAR = 2025;
const periods = [
  { label: `quý IV/${YEAR}`, ...presetPeriod('quarter', YEAR, 4) },
  { label: `năm ${YEAR}`, ...presetPeriod('year', YEAR) },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The history file of a size, generated once (the generator is deterministic) and kept in tmp. */
function historyFile(count: number): string {
  // Named after the generator's source too: a changed generator never reuses an old file.
  const hash = createHash('sha256');
  for (const f of ['../src/imports/generate-history.ts', './province.ts']) hash.update(readFileSync(new URL(f, import.meta.url)));
  const path = join(tmpdir(), `motcua-bench-${count}-${hash.digest('hex').slice(0, 8)}.ndjson`);
  if (existsSync(path)) return path;
  const started = performance.now();
  const { world, lines } = benchProvince();
  const partial = `${path}.${process.pid}`;
  const fd = openSync(partial, 'w');
  writeSync(fd, lines.join('\n') + '\n');
  let chunk: string[] = [];
  for (const line of generateHistory(world, { seed: 2025, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, count })) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  writeSync(fd, chunk.join('\n') + '\n');
  closeSync(fd);
  renameSync(partial, path);
  console.log(`Sinh ${count.toLocaleString('vi-VN')} hồ sơ: ${((performance.now() - started) / 1000).toFixed(1)} s → ${path}`);
  return path;
}

const urls = new WeakMap<Database, string>();
const url = (database: Database) => urls.get(database)!;

async function openFresh(kind: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'postgres') {
    const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: new URL('postgres', pgUrl).toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    if (env.BENCH_LOG) await admin.query(`alter database ${name} set log_min_duration_statement = 0`);
    await admin.end();
    const database = await openDatabase({ url: new URL(name, pgUrl).toString(), dataDir: '' });
    urls.set(database, new URL(name, pgUrl).toString());
    return {
      database,
      async drop() {
        await database.close();
        if (env.BENCH_KEEP) return console.log(`   giữ lại CSDL ${name}`);
        const a = new pg.Client({ connectionString: new URL('postgres', pgUrl).toString() });
        await a.connect();
        await a.query(`drop database if exists ${name}`);
        await a.end();
      },
    };
  }
  const root = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  const database = await openDatabase({ dataDir: join(root, 'db') });
  return {
    database,
    async drop() {
      await database.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

interface DbResult {
  kind: string;
  dossiers: number;
  fileMb: number;
  importSeconds: number;
  rate: number;
  steps: number;
  reports: { label: string; report: number; floor: number; ratio: number; rows: number; counted: number; same: boolean }[];
}

async function benchDatabase(kind: string, count: number): Promise<DbResult> {
  const file = historyFile(count);
  const { database, drop } = await openFresh(kind);
  try {
    const db = database.db;
    await runMigrations(db);
    console.log(`\n== ${kind}: nhập ${count.toLocaleString('vi-VN')} hồ sơ`);
    const progress = terminalProgress(statSync(file).size);
    const imported = await timed(() => importHistory(db, systemActor, fileLines(file), { onProgress: (p) => progress.update(p) }));
    const summary = imported.value;
    const rate = summary.dossiers.created / (imported.ms / 1000);
    console.log(`   ${(imported.ms / 1000).toFixed(1)} s, ${Math.round(rate).toLocaleString('vi-VN')} hồ sơ/giây, ${summary.steps.toLocaleString('vi-VN')} bước`);
    await db.execute(sql`vacuum analyze`);

    const reports: DbResult['reports'] = [];
    // PostgreSQL as installed (JIT on) and, on a second pool, with JIT off: see bench/RESULTS.md.
    const variants: { label: string; db: typeof db; close?: () => Promise<void> }[] = [{ label: '', db }];
    if (kind === 'postgres') {
      const noJit = await openDatabase({ url: `${url(database)}?options=-c%20jit%3Doff`, dataDir: '' });
      variants.push({ label: ' (jit=off)', db: noJit.db, close: () => noJit.close() });
    }
    for (const { variant, period } of variants.flatMap((variant) => periods.map((period) => ({ variant, period })))) {
      const db = variant.db;
      const query = { agencyCode: 'BT', from: period.from, to: period.to, by: 'child' as const };
      const scope = await resolveReportScope(db, systemActor, query);
      const reportTimes: number[] = [];
      const floorTimes: number[] = [];
      let report = await computeForm06(db, systemActor, query);
      let floor = await floorCounts(db, scope.start, scope.end, scope.rowMap);
      for (let i = 0; i < runs; i++) {
        const r = await timed(() => computeForm06(db, systemActor, query));
        report = r.value;
        reportTimes.push(r.ms);
        const f = await timed(() => floorCounts(db, scope.start, scope.end, scope.rowMap));
        floor = f.value;
        floorTimes.push(f.ms);
      }
      const sum = (k: keyof (typeof floor)[number]) => floor.reduce((s, r) => s + Number(r[k]), 0);
      const t = report.total;
      const same =
        t.received.carriedOver === sum('carried_over') &&
        t.received.online === sum('new_online') &&
        t.received.directOrPostal === sum('new_direct') &&
        t.resolved.early === sum('early') &&
        t.resolved.onTime === sum('on_time') &&
        t.resolved.late === sum('late') &&
        t.pending.notDue === sum('not_due') &&
        t.pending.overdue === sum('overdue');
      const entry = {
        label: `${period.label}${variant.label}`,
        report: median(reportTimes),
        floor: median(floorTimes),
        ratio: median(reportTimes) / median(floorTimes),
        rows: report.rows.length,
        counted: t.received.total,
        same,
      };
      reports.push(entry);
      console.log(
        `   ${period.label}: báo cáo ${ms(entry.report)}, sàn ${ms(entry.floor)} (×${entry.ratio.toFixed(2)}), ${entry.rows} dòng, ` +
          `${entry.counted.toLocaleString('vi-VN')} hồ sơ, số liệu ${same ? 'khớp' : 'KHÔNG KHỚP'}`,
      );
      if (env.BENCH_EXPLAIN) {
        const plan = await db.execute<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)}
          select c.row_id, count(*) filter (where overdue) from classified c group by 1`);
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
    }
    for (const v of variants) await v.close?.();
    return { kind, dossiers: summary.dossiers.created, fileMb: statSync(file).size / 1e6, importSeconds: imported.ms / 1000, rate, steps: summary.steps, reports };
  } finally {
    await drop();
  }
}

function machine(): string {
  const cpuInfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'không rõ';
  return `${cpus().length} lõi (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, máy ${hostname()}`;
}

function markdown(results: DbResult[], pgVersion: string | null): string {
  const lines = [
    '# Kết quả benchmark (`npm run bench`)',
    '',
    `Ngày chạy: ${new Date().toISOString().slice(0, 10)}. Máy: ${machine()}.${pgVersion ? ` PostgreSQL: ${pgVersion}.` : ''}`,
    '',
    'Dữ liệu: tỉnh giả lập (15 sở, 10 huyện × 12 xã đến 30/06/2025 sáp nhập thành 60 xã mới, ~550 cán bộ, 180 thủ tục),',
    `hồ sơ tiếp nhận trong năm ${YEAR} do \`src/imports/generate-history.ts\` sinh (seed 2025), mỗi hồ sơ 2–4 bước và một sự kiện IMPORTED.`,
    `Báo cáo: \`computeForm06\` theo cơ quan con của tỉnh (by: child), tài khoản hệ thống; "sàn" là một câu SQL tổng hợp viết tay`,
    `trên cùng dữ liệu (bench/floor.ts, không tra cứu hạn theo thời điểm). Thời gian là trung vị của ${runs} lần chạy sau một lần khởi động.`,
    '',
    '| CSDL | hồ sơ | nhập (s) | hồ sơ/giây | bước | kỳ | báo cáo | sàn | báo cáo / sàn | khớp số liệu |',
    '|---|---:|---:|---:|---:|---|---:|---:|---:|---|',
  ];
  for (const r of results) {
    for (const [i, rep] of r.reports.entries()) {
      lines.push(
        `| ${i === 0 ? r.kind : ''} | ${i === 0 ? r.dossiers.toLocaleString('en-US') : ''} | ${i === 0 ? r.importSeconds.toFixed(1) : ''} | ` +
          `${i === 0 ? Math.round(r.rate).toLocaleString('en-US') : ''} | ${i === 0 ? r.steps.toLocaleString('en-US') : ''} | ${rep.label} | ` +
          `${ms(rep.report)} | ${ms(rep.floor)} | ${rep.ratio.toFixed(2)} | ${rep.same ? 'có' : 'KHÔNG'} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

const results: DbResult[] = [];
let pgVersion: string | null = null;
for (const kind of dbs) {
  if (kind !== 'postgres' && kind !== 'embedded') throw new Error(`BENCH_DBS: ${kind}`);
  const count = kind === 'postgres' ? pgDossiers : embeddedDossiers;
  if (count <= 0) continue;
  if (kind === 'postgres') {
    const c = new pg.Client({ connectionString: new URL('postgres', pgUrl).toString() });
    await c.connect();
    pgVersion = String((await c.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '');
    await c.end();
  }
  results.push(await benchDatabase(kind, count));
}
const text = markdown(results, pgVersion);
console.log(`\n${text}`);
if (env.BENCH_RECORD) {
  const target = new URL('./RESULTS.md', import.meta.url);
  // The sections after the table (comments, other benchmarks) are written by hand: keep them.
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const kept = previous.indexOf('\n## ');
  writeFileSync(target, kept === -1 ? text : `${text}${previous.slice(kept)}`);
  console.log(`Đã ghi ${target.pathname}`);
}
