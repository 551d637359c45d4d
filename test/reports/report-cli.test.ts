import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { openDatabase, type Database } from '../../src/db/open-database';
import { loadConfig } from '../../src/config';
import { seedOnStart } from '../../src/seed/seed-on-start';
import { systemActor } from '../../src/accounts/actor';
import { computeForm06, type Form06Report } from '../../src/reports/form06';
import { xlsxLayout } from '../../src/reports/form06-xlsx';
import { figureValues } from '../../src/reports/form06-layout';
import { insertDossier } from '../support/insert-dossier';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vn = (s: string) => `${s}+07:00`;
const COMMUNE = 'LS-X-05977';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A database the CLI opens on its own: with DATABASE_URL a fresh PostgreSQL database cloned from the
 * template, else an embedded data folder (MOTCUA_DATA_DIR) copied from it. Demo data is seeded as
 * `npm start` does, then the handle is closed (an embedded folder is locked while open).
 */
async function prepareCliDatabase(fill: (database: Database) => Promise<void>) {
  const url = process.env.DATABASE_URL;
  const folder = mkdtempSync(join(tmpdir(), 'motcua-report-cli-'));
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let database: Database;
  if (url) {
    const name = `motcua_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${inject('templateDb')}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    database = await openDatabase({ url: target.toString(), dataDir: '' });
    env = { DATABASE_URL: target.toString(), MOTCUA_DATA_DIR: folder };
    cleanup = async () => {
      await adminQuery(url, `drop database if exists ${name}`);
      rmSync(folder, { recursive: true, force: true });
    };
  } else {
    cpSync(inject('templateDir'), join(folder, 'db'), { recursive: true });
    database = await openDatabase({ dataDir: join(folder, 'db') });
    env = { DATABASE_URL: undefined, MOTCUA_DATA_DIR: folder };
    cleanup = async () => rmSync(folder, { recursive: true, force: true });
  }
  try {
    await seedOnStart(database.db, loadConfig({ MOTCUA_DEMO: '1', MOTCUA_DEMO_DOSSIERS: '0' }));
    await fill(database);
  } finally {
    await database.close();
  }
  return { env, folder, cleanup };
}

function motcua(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/New_York', ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/motcua.js', ...args], { cwd: root, env: childEnv, timeout: 90_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Each run starts tsx and opens the database: seconds on a busy machine; runs are sequential
// because an embedded data folder admits one process at a time.
describe('motcua report (CLI)', { timeout: 240_000 }, () => {
  let ctx: Awaited<ReturnType<typeof prepareCliDatabase>>;
  let expected: Form06Report;
  const codes: Record<string, string> = {};
  const period = ['--from', '2026-03-01', '--to', '2026-03-31'];

  beforeAll(async () => {
    ctx = await prepareCliDatabase(async ({ db }) => {
      codes.late = await insertDossier(db, { agency: COMMUNE, channel: 'postal', receivedAt: vn('2026-03-03T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-12T09:00') });
      codes.online = await insertDossier(db, { agency: COMMUNE, channel: 'online', receivedAt: vn('2026-03-02T09:00'), dueAt: vn('2026-03-10T17:00'), finishedAt: vn('2026-03-10T16:00') });
      codes.pending = await insertDossier(db, { agency: 'LS-SXD', procedure: '1.009972', receivedAt: vn('2026-03-25T09:00'), dueAt: vn('2026-04-08T17:00') });
      expected = await computeForm06(db, systemActor, { agencyCode: 'LS', from: '2026-03-01', to: '2026-03-31', by: 'child' });
    });
  }, 240_000);
  afterAll(async () => {
    await ctx?.cleanup();
  });

  it('prints the report as JSON, exactly the computeForm06 shape', async () => {
    const r = await motcua(['report', 'form06', '--agency', 'LS', ...period, '--format', 'json'], ctx.env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(expected.total.received.total).toBe(3);
  });

  it('writes an Excel file with --out, the period given as a preset', async () => {
    const out = join(ctx.folder, 'bao-cao-thang-3.xlsx');
    const r = await motcua(['report', 'form06', '--agency', 'LS', '--period', 'month', '--year', '2026', '--index', '3', '--format', 'xlsx', '--out', out], ctx.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(xlsxLayout.sheetName)!;
    const totalRow = xlsxLayout.firstDataRow + expected.rows.length;
    expect(ws.getCell(totalRow, 2).value).toBe('Tổng cộng');
    expect(Array.from({ length: 12 }, (_, i) => ws.getCell(totalRow, i + 3).result)).toEqual(figureValues(expected.total));
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('refuses a binary format without --out, and bad arguments, with exit code 2', async () => {
    const noOut = await motcua(['report', 'form06', '--agency', 'LS', ...period, '--format', 'docx'], ctx.env);
    expect(noOut.code).toBe(2);
    expect(noOut.stdout).toBe('');
    expect(noOut.stderr).toContain('REPORT_OUTPUT_REQUIRED');
    expect(noOut.stderr).toContain('Định dạng docx là tệp nhị phân: cần chỉ định tệp kết quả bằng --out TỆP.');
    const [noPeriod, badBy, unknown] = [
      await motcua(['report', 'form06', '--agency', 'LS'], ctx.env),
      await motcua(['report', 'form06', '--agency', 'LS', ...period, '--by', 'street'], ctx.env),
      await motcua(['report', 'nothing'], ctx.env),
    ];
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toContain('REPORT_PERIOD_REQUIRED');
    expect(badBy.code).toBe(2);
    expect(badBy.stderr).toContain('Giá trị của --by không hợp lệ: "street"');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Lệnh báo cáo không hợp lệ: nothing');
  });

  it('lists the dossiers of a cell, as JSON or CSV', async () => {
    const json = await motcua(['report', 'drill', '--agency', 'LS', ...period, '--row', COMMUNE, '--cell', 'resolved.late'], ctx.env);
    expect(json.code, json.stderr).toBe(0);
    const page = JSON.parse(json.stdout) as { total: number; items: { code: string }[] };
    expect(page.total).toBe(1);
    expect(page.items.map((i) => i.code)).toEqual([codes.late]);
    const csv = await motcua(['report', 'drill', '--agency', 'LS', ...period, '--cell', 'received.total', '--format', 'csv'], ctx.env);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Mã hồ sơ,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([codes.late, codes.online, codes.pending].sort());
    // Instants are printed in Vietnam time whatever the machine's time zone.
    expect(csv.stdout).toContain('2026-03-03T09:00:00+07:00');
  });

  it('publishes a period once and compares it with the data now', async () => {
    const first = await motcua(['report', 'publish', '--agency', 'LS', '--period', 'month', '--year', '2026', '--index', '3'], ctx.env);
    expect(first.code, first.stderr).toBe(0);
    const id = /#(\d+)/.exec(first.stdout)?.[1];
    expect(id).toBeDefined();
    expect(first.stdout).toContain('từ ngày 01/03/2026 đến ngày 31/03/2026, 3 hồ sơ');
    expect(first.stdout).toMatch(/SHA-256: [0-9a-f]{64}/);
    const again = await motcua(['report', 'publish', '--agency', 'LS', ...period], ctx.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('REPORT_ALREADY_PUBLISHED');
    const compared = await motcua(['report', 'compare', id!, '--format', 'json'], ctx.env);
    expect(compared.code, compared.stderr).toBe(0);
    expect(JSON.parse(compared.stdout)).toMatchObject({ changed: false, intact: true, snapshot: { id: Number(id), publishedBy: 'system' } });
    const text = await motcua(['report', 'compare', id!], ctx.env);
    expect(text.stdout).toContain('Số liệu tính lại hiện nay trùng khớp với số liệu đã công bố.');
  });
});
