import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError } from '../shared/errors';

function describeValidation(error: FastifyError): { detail: string; issues: unknown } {
  const issues = (error.validation ?? []).map((v) => ({
    path: `${error.validationContext ?? ''}${v.instancePath ?? ''}`,
    message: v.message ?? '',
  }));
  const detail = issues.map((i) => `${i.path || 'dữ liệu'}: ${i.message}`).join('; ');
  return { detail, issues };
}

/** Maps every failure to a typed error; only a genuine bug becomes a 500, and it is logged. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
    const { detail, issues } = describeValidation(fe);
    return new AppError('VALIDATION_FAILED', { detail }, issues);
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE');
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', { detail: fe.message });
  }
  return new AppError('INTERNAL');
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'unhandled error');
  void reply.status(appError.status).send(appError.toJSON());
}
