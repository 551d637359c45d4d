import type { FastifyRequest } from 'fastify';
import type { Actor } from '../accounts/actor';
import { AppError } from '../shared/errors';

/** The signed-in actor of a request; the access hook has already refused anonymous calls. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
