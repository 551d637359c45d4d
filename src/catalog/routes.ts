import { z } from 'zod';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { timeUnits } from './time-unit';
import { createProcedureSchema, decisionSchema, fieldCodeSchema, procedureContentSchema, setWorkflowSchema } from './procedure-input';
import { fieldDto, procedureDetailDto, procedurePageDto, versionDetailDto, workflowDto } from './procedure-dto';
import { listProcedureFields } from './list-procedure-fields';
import { createProcedureField } from './create-procedure-field';
import { listProcedures, listProceduresQuery } from './list-procedures';
import { getProcedure } from './get-procedure';
import { getProcedureVersion } from './get-procedure-version';
import { createProcedure } from './create-procedure';
import { amendProcedure } from './amend-procedure';
import { abolishProcedure } from './abolish-procedure';
import { setProcedureWorkflow } from './set-procedure-workflow';
import { reportTimeReduction, timeReductionQuery } from './report-time-reduction';
import { exportCatalog } from './export-catalog';
import { importCatalog, importCatalogBody } from './import-catalog';

const tags = ['Danh mục thủ tục hành chính'];
const codeParams = z.object({ code: z.string().min(1).max(50) });

const timeReductionDto = z.object({
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      legalDuration: z.number(),
      publishedDuration: z.number(),
      timeUnit: z.enum(timeUnits),
      saved: z.number(),
      percentSaved: z.number().nullable(),
      reduced: z.boolean(),
    }),
  ),
  totals: z.array(
    z.object({
      timeUnit: z.enum(timeUnits),
      procedures: z.number(),
      reduced: z.number(),
      reducedPercent: z.number().nullable(),
      legalTotal: z.number(),
      publishedTotal: z.number(),
      saved: z.number(),
      percentSaved: z.number().nullable(),
    }),
  ),
});

const importReportDto = z.object({
  fieldsCreated: z.number(),
  fieldsUpdated: z.number(),
  created: z.array(z.string()),
  amended: z.array(z.string()),
  unchanged: z.number(),
  workflowsChanged: z.array(z.string()),
});

const droppedWorkflowDto = z.object({ agencyId: z.number().nullable(), agencyName: z.string().nullable() });

export const registerCatalogRoutes: RegisterRoutes = (app, { db }) => {
  app.get(
    '/api/procedure-fields',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Danh sách lĩnh vực', response: { 200: z.array(fieldDto) } },
    },
    async (request) => listProcedureFields(db, request.actor),
  );

  app.post(
    '/api/procedure-fields',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Thêm lĩnh vực',
        body: z.object({ code: fieldCodeSchema, name: z.string().trim().min(1).max(500) }),
        response: { 201: fieldDto },
      },
    },
    async (request, reply) => {
      const field = await createProcedureField(db, actorOf(request), request.body);
      return reply.status(201).send(field);
    },
  );

  app.get(
    '/api/procedures',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Tra cứu thủ tục hành chính (không phân biệt dấu)',
        querystring: listProceduresQuery,
        response: { 200: procedurePageDto },
      },
    },
    async (request) => listProcedures(db, request.actor, request.query),
  );

  app.post(
    '/api/procedures',
    {
      config: { access: ['admin'] },
      schema: { tags, summary: 'Thêm thủ tục hành chính', body: createProcedureSchema, response: { 201: procedureDetailDto } },
    },
    async (request, reply) => {
      const created = await createProcedure(db, actorOf(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/procedures/:code',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Chi tiết thủ tục (phiên bản hiện hành, thành phần hồ sơ, quy trình)',
        params: codeParams,
        response: { 200: procedureDetailDto },
      },
    },
    async (request) => getProcedure(db, request.actor, { code: request.params.code }),
  );

  app.get(
    '/api/procedures/:code/versions/:version',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Một phiên bản của thủ tục',
        params: codeParams.extend({ version: z.coerce.number().int().min(1) }),
        response: { 200: versionDetailDto },
      },
    },
    async (request) => getProcedureVersion(db, request.actor, request.params),
  );

  app.post(
    '/api/procedures/:code/versions',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Công bố phiên bản sửa đổi, bổ sung',
        params: codeParams,
        body: procedureContentSchema,
        response: { 201: z.object({ procedure: procedureDetailDto, droppedWorkflows: z.array(droppedWorkflowDto) }) },
      },
    },
    async (request, reply) => {
      const result = await amendProcedure(db, actorOf(request), { ...request.body, code: request.params.code });
      return reply.status(201).send({ procedure: result.procedure, droppedWorkflows: [...result.droppedWorkflows] });
    },
  );

  app.post(
    '/api/procedures/:code/abolish',
    {
      config: { access: ['admin'] },
      schema: { tags, summary: 'Bãi bỏ thủ tục', params: codeParams, body: decisionSchema, response: { 200: procedureDetailDto } },
    },
    async (request) => abolishProcedure(db, actorOf(request), { ...request.body, code: request.params.code }),
  );

  app.put(
    '/api/procedures/:code/workflow',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Thiết lập quy trình xử lý (tổng thời gian các bước phải bằng thời hạn công bố)',
        params: codeParams,
        body: setWorkflowSchema,
        response: { 200: workflowDto },
      },
    },
    async (request) => setProcedureWorkflow(db, actorOf(request), { ...request.body, code: request.params.code }),
  );

  app.get(
    '/api/catalog/time-reduction',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Số liệu cắt giảm thời gian giải quyết so với quy định',
        querystring: timeReductionQuery,
        response: { 200: timeReductionDto },
      },
    },
    async (request) => {
      const r = await reportTimeReduction(db, request.actor, request.query);
      return { procedures: [...r.procedures], totals: [...r.totals] };
    },
  );

  app.get(
    '/api/catalog/export',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Xuất toàn bộ danh mục (JSON hoặc Excel)',
        querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
      },
    },
    async (request, reply) => {
      const result = await exportCatalog(db, actorOf(request), request.query);
      if (result.format === 'json') return result.catalog;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"')
        .send(result.workbook);
    },
  );

  app.post(
    '/api/catalog/import',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Nhập danh mục từ JSON hoặc tệp Excel (base64); tệp có lỗi không ghi gì',
        body: importCatalogBody,
        response: { 200: importReportDto },
      },
    },
    async (request) => {
      const report = await importCatalog(db, actorOf(request), request.body);
      return { ...report, created: [...report.created], amended: [...report.amended], workflowsChanged: [...report.workflowsChanged] };
    },
  );
};
