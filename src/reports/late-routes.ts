import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { reportReaders } from './report-scope';
import { exportLateDossiers, exportLateOfficials, lateContentTypes, lateFormats, type LateExport } from './late-export';
import { parseMonth } from './late-format';
import { buildMonthlyNotice, noticeFileName, previewMonthlyNotice } from './notice-monthly';
import { listPublishedLateLists } from './late-public';

const TAG = 'Danh sách trễ hạn';
const PUBLIC_TAG = 'Công khai';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

const agency = z.string().trim().min(1).max(100);
// Dates and months are checked by the services, which answer with the report error codes.
const day = z.string().trim().max(20);
const month = z.string().trim().max(20);
const listQuery = z.object({ agency, from: day, to: day, format: z.enum(lateFormats).default('json') });
const monthQuery = z.object({ agency, month });
const noticeQuery = monthQuery.extend({
  number: z.string().trim().max(50).optional(),
  signerTitle: z.string().trim().max(200).optional(),
  signerName: z.string().trim().max(200).optional(),
  issuedOn: z.string().trim().max(20).optional(),
});

const listDescription =
  'Kỳ báo cáo từ ngày `from` đến ngày `to` (YYYY-MM-DD, giờ Việt Nam), cùng định nghĩa với biểu 06 (số hồ sơ trễ hạn bằng ô "đã giải quyết — trễ hạn"). ' +
  'Nhóm theo cấp: xã, huyện (trước 01/7/2025), sở ngành, tỉnh. `format`: json, xlsx hoặc docx (A4 ngang).';

export const registerLateListRoutes: RegisterRoutes = (app, { db, clock }) => {
  const send = <T>(result: LateExport<T>, reply: FastifyReply) =>
    result.format === 'json'
      ? result.data
      : reply.header('content-type', result.file.contentType).header('content-disposition', `attachment; filename="${result.file.fileName}"`).send(result.file.body);

  app.get(
    '/api/reports/late-dossiers',
    {
      config: { access: [...reportReaders] },
      schema: { tags: [TAG], summary: 'Danh sách hồ sơ giải quyết trễ hạn trong kỳ (trễ thực tế hoặc chỉ do chậm thao tác trên hệ thống)', description: listDescription, security, querystring: listQuery },
    },
    async (request, reply) => send(await exportLateDossiers(db, actorOf(request), { agencyCode: request.query.agency, ...request.query }), reply),
  );

  app.get(
    '/api/reports/late-officials',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: [TAG],
        summary: 'Danh sách cán bộ, công chức giải quyết trễ hạn bước xử lý của hồ sơ trễ hạn trong kỳ',
        description: `${listDescription} Chỉ liệt kê người giữ bước xử lý quá thời hạn của chính bước đó.`,
        security,
        querystring: listQuery,
      },
    },
    async (request, reply) => send(await exportLateOfficials(db, actorOf(request), { agencyCode: request.query.agency, ...request.query }), reply),
  );

  app.get(
    '/api/reports/monthly-notice',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: [TAG],
        summary: 'Thông báo hằng tháng về hồ sơ, cán bộ giải quyết trễ hạn (Word, kèm phụ lục 01–06)',
        description: '`month` có dạng YYYY-MM. Số liệu, tỷ lệ được tính từ hồ sơ; `number`, `signerTitle`, `signerName`, `issuedOn` (YYYY-MM-DD) điền vào văn bản.',
        security,
        querystring: noticeQuery,
      },
    },
    async (request, reply) => {
      const q = request.query;
      const m = parseMonth(q.month);
      const body = await buildMonthlyNotice(db, actorOf(request), {
        agencyCode: q.agency,
        ...m,
        number: q.number,
        signer: { title: q.signerTitle, name: q.signerName },
        issuedOn: q.issuedOn,
      });
      return reply
        .header('content-type', lateContentTypes.docx)
        .header('content-disposition', `attachment; filename="${noticeFileName(q.agency, m.year, m.month)}"`)
        .send(body);
    },
  );

  app.get(
    '/api/reports/monthly-notice/preview',
    {
      config: { access: [...reportReaders] },
      schema: { tags: [TAG], summary: 'Xem trước nội dung thông báo hằng tháng (số liệu, tỷ lệ và các đoạn văn đã tính)', security, querystring: monthQuery },
    },
    async (request) => previewMonthlyNotice(db, actorOf(request), { agencyCode: request.query.agency, ...parseMonth(request.query.month) }),
  );

  app.get(
    '/api/public/late-lists',
    {
      config: { access: 'public' },
      schema: {
        tags: [PUBLIC_TAG],
        summary: 'Công khai danh sách hồ sơ và cán bộ, công chức giải quyết trễ hạn của một tháng đã kết thúc',
        description: 'Chỉ gồm họ tên cán bộ, đơn vị và mã hồ sơ; không có thông tin cá nhân của người nộp hồ sơ. Tháng chưa kết thúc: lỗi LATE_MONTH_NOT_ENDED.',
        querystring: monthQuery,
      },
    },
    async (request) => listPublishedLateLists(db, { agencyCode: request.query.agency, month: request.query.month, now: clock.now() }),
  );
};
