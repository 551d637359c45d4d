import { describe, expect, it } from 'vitest';
import { supplementDaysFrom } from '../../src/jobs/supplement-days';
import { jobNames, jobSpec, scheduledJobs } from '../../src/jobs/scheduled-jobs';
import { AppError } from '../../src/shared/errors';

describe('job configuration', () => {
  it('MOTCUA_SUPPLEMENT_DAYS defaults to 15 working days and must be a whole number from 1 to 365', () => {
    expect(supplementDaysFrom({})).toBe(15);
    expect(supplementDaysFrom({ MOTCUA_SUPPLEMENT_DAYS: '' })).toBe(15);
    expect(supplementDaysFrom({ MOTCUA_SUPPLEMENT_DAYS: ' 20 ' })).toBe(20);
    for (const bad of ['0', '-3', '2.5', 'mười', '366']) {
      const e = (() => {
        try {
          supplementDaysFrom({ MOTCUA_SUPPLEMENT_DAYS: bad });
        } catch (err) {
          return err;
        }
        return null;
      })();
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
      expect((e as AppError).status).toBe(400);
    }
  });

  it('schedules deadline warnings every 15 minutes and the closing sweep at 00:30', () => {
    expect(scheduledJobs['deadline-warnings'].cron).toBe('*/15 * * * *');
    expect(scheduledJobs['close-unsupplemented'].cron).toBe('30 0 * * *');
    for (const name of jobNames) expect(jobSpec(name).name).toBe(name);
  });

  it('an unknown job name is bad input, not a crash', () => {
    expect(() => jobSpec('gui-thu')).toThrowError(AppError);
    try {
      jobSpec('gui-thu');
    } catch (e) {
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).message).toContain('deadline-warnings');
    }
  });
});
