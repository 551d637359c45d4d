import type { Db } from '../db/types';
import { systemClock, type Clock } from '../shared/clock';
import { jobSpec } from './scheduled-jobs';
import { supplementDaysFrom } from './supplement-days';

export interface RunJobOptions {
  readonly clock?: Clock;
  /** Defaults to MOTCUA_SUPPLEMENT_DAYS (or 15). */
  readonly supplementDays?: number;
}

/**
 * Runs one scheduled job at once in this process, outside the queue (command line, tests); the jobs
 * are idempotent, so running one between its scheduled runs is harmless. Returns its summary.
 */
export async function runJobNow(db: Db, name: string, options: RunJobOptions = {}): Promise<Record<string, unknown>> {
  const spec = jobSpec(name);
  return spec.run({
    db,
    clock: options.clock ?? systemClock,
    supplementDays: options.supplementDays ?? supplementDaysFrom(process.env),
  });
}
