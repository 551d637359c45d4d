import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './context';
import { AppError } from '../shared/errors';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

const notBuilt = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>MotCua</title>
<body style="font-family:sans-serif;padding:40px"><h1>Giao diện web chưa được build</h1>
<p>Chạy <code>npm start</code> (tự build) hoặc <code>npm run build:web</code>. API vẫn hoạt động tại <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/** Serves the web app: static assets, and index.html for every other page of the single-page app. */
export async function registerWebRoutes(app: App): Promise<void> {
  await app.register(fastifyStatic, { root: webDistDir, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/')) throw new AppError('ROUTE_NOT_FOUND', { method: request.method, url });
    if (!existsSync(join(webDistDir, 'index.html'))) return reply.type('text/html').send(notBuilt);
    const file = normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, '');
    if (file !== '/' && existsSync(join(webDistDir, file)) && !file.endsWith('/')) {
      // Hashed assets never change: cache them for a year; index.html always revalidates.
      const immutable = file.startsWith('/assets/');
      return reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file.slice(1));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
