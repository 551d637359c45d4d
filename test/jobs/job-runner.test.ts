import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import { actorFor, seedDemo, TestClock } from '../support/demo';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { Actor } from '../../src/accounts/actor';
import { users } from '../../src/accounts/schema';
import { parseInstant } from '../../src/calendar/vietnam-time';
import { receiveDossier } from '../../src/dossiers/receive-dossier';
import { receiveInput } from '../../src/dossiers/dossier-inputs';
import { requestSupplement } from '../../src/dossiers/request-supplement';
import { dossiers } from '../../src/dossiers/schema';
import { notifications } from '../../src/notifications/schema';
import { startJobs, JOBS_SCHEMA } from '../../src/jobs/start-jobs';
import { runJobNow } from '../../src/jobs/run-job-now';
import { AppError } from '../../src/shared/errors';
import type { JobLog } from '../../src/jobs/job-log';

function at(text: string): Date {
  const d = parseInstant(text);
  if (!d) throw new Error(`bad instant ${text}`);
  return d;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`scheduled jobs on pg-boss (${dbKind})`, () => {
  let database: Database;
  let db: Db;
  let motcua: Actor;
  const clock = new TestClock('2026-03-12T09:00:00+07:00');
  const lines: string[] = [];
  const log: JobLog = { info: (m) => lines.push(m), error: (m, e) => lines.push(`ERROR ${m} ${String(e)}`) };

  async function receive(when: string) {
    clock.set(at(when));
    return receiveDossier(
      db,
      motcua,
      clock,
      receiveInput.parse({
        procedureCode: '1.009972',
        applicant: { name: 'Trần Thị Hoa', idNumber: '001203004568', phone: '0912345679' },
        components: [1, 2, 3, 4].map((position) => ({ position, provided: true })),
      }),
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await seedDemo(db);
    motcua = await actorFor(db, 'motcua');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('starts on the shared pool, schedules in Vietnam time, processes a job sent to it, and stops', async () => {
    // The desk step is held by the receiving officer and due half a working day after receipt.
    const dossier = await receive('2026-03-12T09:00');
    clock.set(at('2026-03-12T10:00'));
    const runner = await startJobs({ db, pool: database.pool, clock, config: { logLevel: 'info' }, pollingIntervalSeconds: 0.5, log });
    try {
      const schedules = await db.execute<{ name: string; cron: string; timezone: string }>(
        sql.raw(`select name, cron, timezone from ${JOBS_SCHEMA}.schedule order by name`),
      );
      expect(schedules.rows).toEqual([
        { name: 'close-unsupplemented', cron: '30 0 * * *', timezone: 'Asia/Ho_Chi_Minh' },
        { name: 'deadline-warnings', cron: '*/15 * * * *', timezone: 'Asia/Ho_Chi_Minh' },
      ]);
      const id = await runner.send('deadline-warnings');
      expect(id).toBeTruthy();
      const job = await until('the job to complete', async () => {
        const r = await db.execute<{ state: string; output: { created?: number } | null }>(
          sql`select state, output from ${sql.raw(JOBS_SCHEMA)}.job where id = ${id}`,
        );
        const row = r.rows[0];
        return row && (row.state === 'completed' || row.state === 'failed') ? row : null;
      });
      expect(job.state).toBe('completed');
      expect(job.output?.created).toBeGreaterThanOrEqual(1);
      const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'motcua'));
      const warned = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.dossierId, dossier.id), eq(notifications.userId, officer!.id)));
      expect(warned.map((n) => n.kind)).toEqual(['step_due_soon']);
      expect(lines.some((l) => l.startsWith('Tác vụ deadline-warnings xong'))).toBe(true);
    } finally {
      await runner.stop();
    }
    // Stopped twice is harmless, and the pool is left idle for the database to close.
    await runner.stop();
    expect(database.pool.waitingCount).toBe(0);
    expect(lines.filter((l) => l.startsWith('ERROR'))).toEqual([]);
  });

  it('starts again on an installed schema', async () => {
    const runner = await startJobs({ db, pool: database.pool, clock, config: { logLevel: 'error' }, pollingIntervalSeconds: 0.5, log });
    await runner.stop();
    const queues = await db.execute<{ name: string; policy: string }>(
      sql.raw(`select name, policy from ${JOBS_SCHEMA}.queue where name not like '\\_\\_%' order by name`),
    );
    expect(queues.rows).toEqual([
      { name: 'close-unsupplemented', policy: 'stately' },
      { name: 'deadline-warnings', policy: 'stately' },
    ]);
  });

  it('stops gracefully: a running job finishes before stop() returns', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const blocked = new Promise<void>((r) => (entered = r));
    // The job's first query waits at the gate, so the job is surely running when stop() is called.
    const slowDb = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'execute') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<Db['execute']>) => {
          entered();
          await gate;
          return target.execute(...args);
        };
      },
    });
    const runner = await startJobs({ db: slowDb, pool: database.pool, clock, config: { logLevel: 'info' }, pollingIntervalSeconds: 0.5, log });
    const id = await runner.send('deadline-warnings');
    await blocked;
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 700));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const r = await db.execute<{ state: string }>(sql`select state from ${sql.raw(JOBS_SCHEMA)}.job where id = ${id}`);
    expect(r.rows[0]?.state).toBe('completed');
    expect(database.pool.waitingCount).toBe(0);
  });

  it('runs a job at once from the command line: closing dossiers whose supplement never came', async () => {
    const dossier = await receive('2026-03-12T09:00');
    clock.set(at('2026-03-12T09:30'));
    await requestSupplement(db, motcua, clock, dossier.code, { reason: 'Thiếu bản vẽ thiết kế' });
    // Fourteen working days later the applicant still has time; after fifteen the dossier closes.
    clock.set(at('2026-04-01T17:00'));
    expect(await runJobNow(db, 'close-unsupplemented', { clock, supplementDays: 15 })).toEqual({ closed: 0, codes: [] });
    clock.set(at('2026-04-03T08:00'));
    expect(await runJobNow(db, 'close-unsupplemented', { clock, supplementDays: 15 })).toEqual({ closed: 1, codes: [dossier.code] });
    const [row] = await db.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.id, dossier.id));
    expect(row!.status).toBe('closed_no_supplement');
    expect(await runJobNow(db, 'close-unsupplemented', { clock, supplementDays: 15 })).toEqual({ closed: 0, codes: [] });
    await expect(runJobNow(db, 'khong-co', { clock })).rejects.toBeInstanceOf(AppError);
  });
});
