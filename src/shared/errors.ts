import { commonErrors } from './common-errors';
import { calendarErrors } from '../calendar/errors';
import { agencyErrors } from '../agencies/errors';
import { catalogErrors } from '../catalog/errors';
import { accountErrors } from '../accounts/errors';
import { dossierErrors } from '../dossiers/errors';
import { reportErrors } from '../reports/errors';
import { notificationErrors } from '../notifications/errors';

/** Every error code of the system, each domain contributing its own. */
export const errorCatalogue = {
  ...commonErrors,
  ...calendarErrors,
  ...agencyErrors,
  ...catalogErrors,
  ...accountErrors,
  ...dossierErrors,
  ...reportErrors,
  ...notificationErrors,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;
export type ErrorParams = Record<string, string | number>;

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** The one error type of the system: a stable code, an HTTP status and a Vietnamese message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown) {
    const spec = errorCatalogue[code];
    super(fill(spec.message, params));
    this.name = 'AppError';
    this.code = code;
    this.status = spec.status;
    this.params = params;
    this.details = details;
  }

  toJSON(): { code: ErrorCode; message: string; details?: unknown } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
