import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Config } from '../config';
import type { Db } from '../db/types';
import { systemClock, type Clock } from '../shared/clock';
import { consoleJobLog, type JobLog } from './job-log';
import { poolAdapter } from './pool-adapter';
import { isJobName, JOB_TIME_ZONE, scheduledJobs, type JobContext, type JobName } from './scheduled-jobs';
import { supplementDaysFrom } from './supplement-days';

/** pg-boss keeps its tables in their own schema, beside ours, in the same database. */
export const JOBS_SCHEMA = 'pgboss';

export interface JobsOptions {
  readonly db: Db;
  /** The application's pool: pg-boss shares it (the embedded database has a single connection). */
  readonly pool: pg.Pool;
  readonly clock?: Clock;
  readonly config: Pick<Config, 'logLevel'>;
  /** Defaults to MOTCUA_SUPPLEMENT_DAYS (or 15). */
  readonly supplementDays?: number;
  /** How often each worker asks for work; modest, so an idle server stays quiet. */
  readonly pollingIntervalSeconds?: number;
  /** How long `stop()` lets a running job finish. */
  readonly stopTimeoutMs?: number;
  readonly log?: JobLog;
}

export interface JobRunner {
  /** Queues a job now, besides its schedule; null when one is already waiting. */
  send(name: JobName): Promise<string | null>;
  /** Stops fetching, lets a running job finish, then waits for the queue's own bookkeeping to land. */
  stop(): Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until no query of the pool is running or waiting (pg-boss completes jobs without awaiting). */
async function poolSettled(pool: pg.Pool, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 3 && Date.now() < until) {
    await delay(20);
    quiet = pool.waitingCount === 0 && pool.idleCount === pool.totalCount ? quiet + 1 : 0;
  }
}

/**
 * Starts the scheduled jobs on the application's database (embedded or PostgreSQL): creates the
 * queues, schedules them in Vietnam time and starts one worker per queue. With several servers on
 * one PostgreSQL, pg-boss runs each scheduled job once.
 */
export async function startJobs(options: JobsOptions): Promise<JobRunner> {
  const log = options.log ?? consoleJobLog(options.config);
  const ctx: JobContext = {
    db: options.db,
    clock: options.clock ?? systemClock,
    supplementDays: options.supplementDays ?? supplementDaysFrom(process.env),
  };
  const boss = new PgBoss({
    db: poolAdapter(options.pool),
    schema: JOBS_SCHEMA,
    // The cron check and the queue maintenance need no more than this.
    cronMonitorIntervalSeconds: 30,
    cronWorkerIntervalSeconds: 30,
    maintenanceIntervalSeconds: 300,
  });
  boss.on('error', (e) => log.error('Lỗi bộ chạy tác vụ định kỳ', e));

  let stopping = false;
  const running = new Set<Promise<unknown>>();
  const handle = (name: JobName) => async (): Promise<Record<string, unknown>> => {
    // Fetched while shutting down: failing it leaves it to a retry after the restart.
    if (stopping) throw new Error('Máy chủ đang dừng; tác vụ sẽ được chạy lại.');
    const started = Date.now();
    const run = scheduledJobs[name].run(ctx);
    running.add(run);
    try {
      const result = await run;
      log.info(`Tác vụ ${name} xong sau ${Date.now() - started} ms: ${JSON.stringify(result)}`);
      return result;
    } catch (e) {
      log.error(`Tác vụ ${name} thất bại`, e);
      throw e;
    } finally {
      running.delete(run);
    }
  };

  await boss.start();
  try {
    // A job dropped from the catalogue must not keep firing from an old schedule.
    for (const s of await boss.getSchedules()) {
      if (!isJobName(s.name)) await boss.unschedule(s.name);
    }
    for (const spec of Object.values(scheduledJobs)) {
      // Stately: at most one waiting and one running, so a slow run never piles up behind itself.
      const queue = { name: spec.name, policy: 'stately' as const, retryLimit: spec.retryLimit, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 };
      await boss.createQueue(spec.name, queue);
      await boss.updateQueue(spec.name, queue);
      await boss.schedule(spec.name, spec.cron, {}, { tz: JOB_TIME_ZONE });
      await boss.work(spec.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, handle(spec.name));
    }
  } catch (e) {
    await boss.stop({ graceful: false, wait: true });
    await poolSettled(options.pool, 5_000);
    throw e;
  }

  let stopped: Promise<void> | null = null;
  return {
    send: (name) => boss.send(name, {}),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        const timeout = options.stopTimeoutMs ?? 30_000;
        await boss.stop({ graceful: true, wait: true, timeout });
        await Promise.allSettled([...running]);
        await poolSettled(options.pool, 5_000);
      })();
      return stopped;
    },
  };
}
