import type { FastifyRequest, RouteOptions } from 'fastify';
import type { Db } from '../db/types';
import { resolveActor } from '../accounts/resolve-actor';
import { sessionTokenOf } from '../accounts/session-token';
import { AppError } from '../shared/errors';

/** Fails start-up when a route names no access rule: an unguarded endpoint cannot exist. */
export function requireAccessRule(route: RouteOptions): void {
  const config = (route.config ?? {}) as { access?: unknown };
  if (route.url.startsWith('/api/docs')) {
    route.config = { ...config, access: 'public' };
    return;
  }
  if (config.access === undefined) {
    throw new Error(`Route ${String(route.method)} ${route.url} has no access rule (config.access)`);
  }
}

export function checkAccess(db: Db) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = sessionTokenOf(request);
    request.actor = token ? await resolveActor(db, token) : null;
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (access === 'signed-in') return;
    if (!request.actor.grants.some((g) => access.includes(g.role))) throw new AppError('FORBIDDEN');
  };
}
