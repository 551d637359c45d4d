import { systemActor } from '../accounts/actor';
import type { Db } from '../db/types';
import { closeUnsupplemented } from '../dossiers/close-unsupplemented';
import { sendDeadlineWarnings } from '../notifications/send-deadline-warnings';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';

export const jobNames = ['deadline-warnings', 'close-unsupplemented'] as const;
export type JobName = (typeof jobNames)[number];

/** Every business rule runs in Vietnam time, and so do the schedules. */
export const JOB_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface JobContext {
  readonly db: Db;
  readonly clock: Clock;
  /** Working days a requested supplement may take (MOTCUA_SUPPLEMENT_DAYS). */
  readonly supplementDays: number;
}

export interface JobSpec {
  readonly name: JobName;
  /** Cron expression, in Vietnam time. */
  readonly cron: string;
  readonly summary: string;
  /** Attempts after a failure; the next scheduled run also catches up. */
  readonly retryLimit: number;
  run(ctx: JobContext): Promise<Record<string, unknown>>;
}

export const scheduledJobs: Record<JobName, JobSpec> = {
  'deadline-warnings': {
    name: 'deadline-warnings',
    cron: '*/15 * * * *',
    summary: 'Cảnh báo bước xử lý và hồ sơ sắp đến hạn (trong một ngày làm việc) hoặc đã quá hạn — 15 phút một lần',
    retryLimit: 1,
    run: (ctx) => sendDeadlineWarnings(ctx.db, ctx.clock),
  },
  'close-unsupplemented': {
    name: 'close-unsupplemented',
    cron: '30 0 * * *',
    summary: 'Đóng các hồ sơ quá thời hạn bổ sung mà người nộp chưa bổ sung — 00:30 hằng ngày',
    retryLimit: 3,
    run: async (ctx) => {
      const codes = await closeUnsupplemented(ctx.db, systemActor, ctx.clock, ctx.supplementDays);
      return { closed: codes.length, codes };
    },
  },
};

export function isJobName(name: string): name is JobName {
  return (jobNames as readonly string[]).includes(name);
}

export function jobSpec(name: string): JobSpec {
  if (!isJobName(name)) {
    throw new AppError('VALIDATION_FAILED', { detail: `không có tác vụ định kỳ "${name}" (có: ${jobNames.join(', ')})` });
  }
  return scheduledJobs[name];
}
