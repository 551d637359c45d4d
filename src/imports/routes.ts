import { z } from 'zod';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { importHistory } from './import-history';

const tags = ['Nhập dữ liệu'];
/** A year of a large province's history over HTTP; larger files go through `motcua import`. */
const IMPORT_BODY_LIMIT = 100 * 1024 * 1024;

const counts = z.object({ created: z.number(), unchanged: z.number() });
const lineError = z.object({ line: z.number(), message: z.string() });

export const importSummaryDto = z.object({
  lines: z.number(),
  agencies: counts.extend({ successions: z.number() }),
  procedures: counts.extend({ amended: z.number() }),
  fields: z.object({ created: z.number() }),
  officials: counts,
  dossiers: counts,
  steps: z.number(),
  warnings: z.array(lineError),
  seconds: z.number(),
});

export const importBody = z.union([
  z.string().describe('Nội dung NDJSON (Content-Type: application/x-ndjson)'),
  z.object({ ndjson: z.string() }),
]);

export const registerImportRoutes: RegisterRoutes = (app, { db }) => {
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => {
    done(null, body);
  });

  app.post(
    '/api/imports',
    {
      config: { access: ['admin'] },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Nhập dữ liệu lịch sử từ NDJSON (cơ quan, thủ tục, cán bộ, hồ sơ); tệp có lỗi không ghi gì và trả về danh sách dòng lỗi',
        body: importBody,
        response: { 200: importSummaryDto },
      },
    },
    async (request) => {
      const text = typeof request.body === 'string' ? request.body : request.body.ndjson;
      return importHistory(db, actorOf(request), text);
    },
  );
};
