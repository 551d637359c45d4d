import { z } from 'zod';
import type { RegisterRoutes } from '../../http/context';
import { actorOf } from '../../http/require-actor';
import { dossierForms, formFormats, type RenderedForm } from './form-kinds';
import { renderDossierForm } from './render-dossier-form';
import { renderRegister } from './render-register';

const TAG = 'Biểu mẫu';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

const formParams = z.object({ code: z.string().trim().min(1).max(100), form: z.enum(dossierForms) });
const formQuery = z.object({ format: z.enum(formFormats).default('html') });
const registerQuery = z.object({
  agency: z.string().trim().min(1).max(100),
  from: date,
  to: date,
  format: z.enum(formFormats).default('html'),
});

/** Where the public lookup page of this deployment lives, as the client reached it. */


const disposition = (f: RenderedForm) => `${f.fileName.endsWith('.html') ? 'inline' : 'attachment'}; filename="${f.fileName}"`;

export const registerFormRoutes: RegisterRoutes = (app, { db, config }) => {
  app.get(
    '/api/dossiers/:code/forms/:form',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: [TAG],
        summary: 'In biểu mẫu của hồ sơ (mẫu 01–06: giấy tiếp nhận, yêu cầu bổ sung, từ chối, xin lỗi, dừng giải quyết, phiếu kiểm soát)',
        description: 'Trả về trang HTML để in (khổ A4) hoặc tệp Word (`format=docx`). Mẫu không áp dụng cho trạng thái hồ sơ: lỗi DOSSIER_FORM_UNAVAILABLE.',
        security,
        params: formParams,
        querystring: formQuery,
      },
    },
    async (request, reply) => {
      const f = await renderDossierForm(db, actorOf(request), request.params.code, request.params.form, request.query.format, config.publicBaseUrl ?? `${request.protocol}://${request.host}`);
      return reply.header('content-type', f.contentType).header('content-disposition', disposition(f)).send(f.body);
    },
  );

  app.get(
    '/api/forms/register',
    {
      config: { access: ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] },
      schema: {
        tags: [TAG],
        summary: 'Sổ theo dõi hồ sơ (mẫu 07) của một cơ quan trong khoảng thời gian',
        description: 'Hồ sơ tiếp nhận từ ngày `from` đến ngày `to` (giờ Việt Nam) do cơ quan và các đơn vị trực thuộc chủ trì hoặc tiếp nhận.',
        security,
        querystring: registerQuery,
      },
    },
    async (request, reply) => {
      const { agency, from, to, format } = request.query;
      const f = await renderRegister(db, actorOf(request), { agencyCode: agency, from, to, format });
      return reply.header('content-type', f.contentType).header('content-disposition', disposition(f)).send(f.body);
    },
  );
};
