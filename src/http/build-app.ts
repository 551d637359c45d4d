import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { App, AppContext, RegisterRoutes } from './context';
import { handleError } from './error-handler';
import { checkAccess, requireAccessRule } from './access-hooks';
import { AppError } from '../shared/errors';
import { systemClock } from '../shared/clock';
import { registerHealthRoutes } from './health-routes';
import { registerWebRoutes } from './web-routes';
import { registerAccountRoutes } from '../accounts/routes';
import { registerAgencyRoutes } from '../agencies/routes';
import { registerCatalogRoutes } from '../catalog/routes';
import { registerCalendarRoutes } from '../calendar/routes';
import { registerDossierRoutes } from '../dossiers/routes';
import { registerFormRoutes } from '../dossiers/forms/routes';
import { registerNotificationRoutes } from '../notifications/routes';
import { registerImportRoutes } from '../imports/routes';
import { registerLateListRoutes } from '../reports/late-routes';
import { registerReportRoutes } from '../reports/report-routes';
import { registerDashboardRoutes } from '../reports/dashboard-routes';

const domainRoutes: RegisterRoutes[] = [
  registerHealthRoutes,
  registerAccountRoutes,
  registerAgencyRoutes,
  registerCatalogRoutes,
  registerCalendarRoutes,
  registerDossierRoutes,
  registerFormRoutes,
  registerNotificationRoutes,
  registerImportRoutes,
  registerLateListRoutes,
  registerReportRoutes,
  registerDashboardRoutes,
];

export interface BuildOptions {
  /** Fastify logger; off in tests. */
  readonly logger?: boolean | { level: string };
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === false
        ? false
        : {
            ...(typeof options.logger === 'object' ? options.logger : {}),
            // Personal data and credentials never reach the logs.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.addHook('onRoute', requireAccessRule);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request) => {
    throw new AppError('ROUTE_NOT_FOUND', { method: request.method, url: request.url.split('?')[0] ?? '' });
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'MotCua API',
        description: 'Hệ thống thông tin giải quyết thủ tục hành chính — API',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.addHook('onRequest', checkAccess(ctx.db));
  const services = { ...ctx, clock: ctx.clock ?? systemClock };
  for (const register of domainRoutes) register(app, services);
  await registerWebRoutes(app);
  await app.ready();
  return app;
}
