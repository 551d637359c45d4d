import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { RegisterRoutes } from './context';

export const registerHealthRoutes: RegisterRoutes = (app, { db }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng hoạt động',
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() }) },
      },
    },
    async () => {
      await db.execute(sql`select 1`);
      return { status: 'ok' as const, database: 'ok' as const, time: new Date().toISOString() };
    },
  );
};
