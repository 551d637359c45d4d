import { DEFAULT_SUPPLEMENT_DAYS } from '../dossiers/close-unsupplemented';
import { AppError } from '../shared/errors';

/** Longest wait for a supplement that can be configured, in working days. */
export const MAX_SUPPLEMENT_DAYS = 365;

/** Working days a requested supplement may take before the dossier is closed: MOTCUA_SUPPLEMENT_DAYS, default 15. */
export function supplementDaysFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.MOTCUA_SUPPLEMENT_DAYS?.trim();
  if (raw === undefined || raw === '') return DEFAULT_SUPPLEMENT_DAYS;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > MAX_SUPPLEMENT_DAYS) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `MOTCUA_SUPPLEMENT_DAYS phải là số nguyên từ 1 đến ${MAX_SUPPLEMENT_DAYS} (ngày làm việc), nhận được "${raw}"`,
    });
  }
  return days;
}
