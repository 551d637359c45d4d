import type { Config } from '../config';

/** Where the job runner reports: one line per finished job, and failures. */
export interface JobLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

const quietLevels = new Set(['warn', 'error', 'fatal', 'silent']);

/** Console lines, the per-job ones only at the `info` level or more verbose. */
export function consoleJobLog(config: Pick<Config, 'logLevel'>): JobLog {
  const verbose = !quietLevels.has(config.logLevel);
  return {
    info: (message) => {
      if (verbose) console.log(message);
    },
    error: (message, error) => {
      // Only the message: a job's data or an SQL error's parameters could hold personal data.
      const detail = error instanceof Error ? `: ${error.message}` : '';
      console.error(`${message}${detail}`);
    },
  };
}
