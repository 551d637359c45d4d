import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/open-database';
import { runMigrations } from '../../src/db/migrate';
import { calendarYears, agencyWorkingHours } from '../../src/calendar/schema';
import { decreedSchedules } from '../../src/calendar/decreed-schedules';
import { insertAgency } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function motcua(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/New_York', ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/motcua.js', ...args], { cwd: root, env: childEnv, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const json = (r: Run) => JSON.parse(r.stdout) as unknown;

// Each run starts tsx and the whole CLI: seconds on a busy machine.
describe('motcua calendar (CLI)', { timeout: 180_000 }, () => {
  it('prints a year as JSON: every weekday off and every Saturday worked', async () => {
    const [y2026, y2027] = await Promise.all([motcua(['calendar', '2026', '--json']), motcua(['calendar', '2027', '--json'])]);
    expect(y2026.code).toBe(0);
    expect(y2026.stdout.trim()).toBe(
      '{"year":2026,"daysOff":["2026-01-01","2026-01-02","2026-02-16","2026-02-17","2026-02-18","2026-02-19","2026-02-20",' +
        '"2026-04-27","2026-04-30","2026-05-01","2026-08-31","2026-09-01","2026-09-02"],"workingSaturdays":["2026-01-10","2026-08-22"]}',
    );
    expect(json(y2027)).toMatchObject({ year: 2027, workingSaturdays: [] });
    expect((json(y2027) as { daysOff: string[] }).daysOff).toContain('2027-05-03');
  });

  it('prints a readable Vietnamese listing without --json', async () => {
    const r = await motcua(['calendar', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lịch làm việc năm 2026');
    expect(r.stdout).toContain('Thứ Hai 16/02/2026');
    expect(r.stdout).toContain('Tết Nguyên đán');
    expect(r.stdout).toContain('Thứ Bảy 22/08/2026');
  });

  it('computes due times in every unit', async () => {
    const [days, hours, calendarDays, months] = await Promise.all([
      motcua(['calendar', 'due', '--received', '2026-02-13T09:00:00+07:00', '--days', '3', '--json']),
      motcua(['calendar', 'due', '--received', '2026-02-13T16:00:00+07:00', '--hours', '2.5', '--json']),
      motcua(['calendar', 'due', '--received', '2026-02-10T10:00:00+07:00', '--calendar-days', '5', '--json']),
      motcua(['calendar', 'due', '--received', '2026-01-31T10:00:00+07:00', '--months', '1', '--json']),
    ]);
    const text = await motcua(['calendar', 'due', '--received', '2026-02-13T09:00', '--days', '3']);
    expect(days.stdout.trim()).toBe('{"due":"2026-02-25T17:00:00+07:00"}');
    expect(json(hours)).toEqual({ due: '2026-02-23T09:00:00+07:00' });
    expect(json(calendarDays)).toEqual({ due: '2026-02-23T17:00:00+07:00' });
    expect(json(months)).toEqual({ due: '2026-03-02T17:00:00+07:00' });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('17:00 Thứ Tư 25/02/2026');
    expect(text.stdout).toContain('3 ngày làm việc');
  });

  it('refuses invalid input with a Vietnamese message and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['calendar', 'due', '--received', 'hôm nay', '--days', '3'], /Thời điểm không hợp lệ/],
      [['calendar', 'due', '--received', '2026-02-13T09:00', '--days', '1.5'], /số nguyên/],
      [['calendar', 'due', '--received', '2026-02-13T09:00', '--days', '1', '--hours', '2'], /Cần đúng một trong/],
      [['calendar', 'due', '--received', '2026-02-13T09:00', '--days', '1', '--agency', '1'], /--agency cần dùng cùng --db/],
      [['calendar', 'hai-nghìn'], /năm gồm 4 chữ số/],
      [['calendar', '2026', '--bogus'], /Tùy chọn không hợp lệ/],
    ];
    const runs = await Promise.all(cases.map(([args]) => motcua(args)));
    runs.forEach((r, i) => {
      const [args, pattern] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(pattern);
      expect(r.stdout, args.join(' ')).toBe('');
    });
  });

  describe('with --db', () => {
    let dir: string;
    let agencyId: number;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
      const database = await openDatabase({ dataDir: join(dir, 'db') });
      try {
        await runMigrations(database.db);
        const y2026 = decreedSchedules.find((s) => s.year === 2026)!;
        await database.db.insert(calendarYears).values({
          year: 2026,
          daysOff: [...y2026.daysOff, { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }],
          workingSaturdays: [...y2026.workingSaturdays],
          origin: 'edited',
        });
        agencyId = (await insertAgency(database.db, { code: 'CLI-1', name: 'Cơ quan thử', level: 'province' })).id;
        await database.db.insert(agencyWorkingHours).values({ agencyId, periods: [{ start: '08:00', end: '16:00' }] });
      } finally {
        await database.close();
      }
    }, 120_000);
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('uses the schedules and working hours edited in the database', async () => {
      const env = { MOTCUA_DATA_DIR: dir, DATABASE_URL: undefined };
      // One at a time: the embedded database folder admits a single process.
      const year = await motcua(['calendar', '2026', '--json', '--db'], env);
      expect(year.code, year.stderr).toBe(0);
      expect((json(year) as { daysOff: string[] }).daysOff).toContain('2026-11-24');
      const due = await motcua(['calendar', 'due', '--received', '2026-11-23T09:00', '--days', '1', '--json', '--db'], env);
      expect(json(due)).toEqual({ due: '2026-11-25T17:00:00+07:00' });
      const own = await motcua(
        ['calendar', 'due', '--received', '2026-11-23T09:00', '--days', '1', '--json', '--db', '--agency', String(agencyId)],
        env,
      );
      expect(json(own)).toEqual({ due: '2026-11-25T16:00:00+07:00' });
    });
  });
});
