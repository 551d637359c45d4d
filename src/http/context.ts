import type { FastifyInstance, RawServerDefault, FastifyBaseLogger } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/types';
import type { Config } from '../config';
import type { Actor } from '../accounts/actor';
import type { Role } from '../accounts/roles';
import type { Clock } from '../shared/clock';

/**
 * Who may call a route. Every route must name one: `public`, `signed-in`, or the roles allowed.
 * Agency-subtree checks happen in the service, which knows which agency is concerned.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface AppContext {
  readonly db: Db;
  readonly config: Config;
  /** Defaults to the system clock. */
  readonly clock?: Clock;
}

/** What route handlers receive: the context with every default filled in. */
export type AppServices = Required<AppContext>;

/** Each domain registers its own routes through one of these. */
export type RegisterRoutes = (app: App, ctx: AppServices) => void;
