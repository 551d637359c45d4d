import { z } from 'zod';
import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { createAgencyInput, succeedAgencyInput, updateAgencyInput } from './agency-inputs';
import {
  agencyCodeParams,
  agencyDetailSchema,
  agencyIdParams,
  agencySchema,
  agencyTreeNodeSchema,
  childrenQuery,
  instantiatedProvinceSchema,
  instantiateProvinceBody,
  provinceCodeParams,
  provinceSchema,
  provinceWardsSchema,
  successionResultSchema,
  treeQuery,
  wardMappingQuery,
  wardMappingSchema,
} from './agency-route-schemas';
import { createAgency } from './create-agency';
import { getAgency } from './get-agency';
import { getAgencyTree } from './get-agency-tree';
import { instantiateProvince } from './instantiate-province';
import { listChildAgencies } from './list-child-agencies';
import { listProvinceWards } from './list-province-wards';
import { listProvinces } from './list-provinces';
import { lookUpWardMappings } from './look-up-ward-mappings';
import { succeedAgency } from './succeed-agency';
import { updateAgency } from './update-agency';

const AGENCY_TAG = 'Cơ quan, đơn vị';
const DIVISION_TAG = 'Đơn vị hành chính';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

export const registerAgencyRoutes: RegisterRoutes = (app, { db }) => {
  app.get(
    '/api/agencies/tree',
    {
      config: { access: 'public' },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Cây cơ cấu tổ chức tại một ngày',
        querystring: treeQuery,
        response: { 200: z.array(agencyTreeNodeSchema) },
      },
    },
    async (request) =>
      getAgencyTree(db, { asOf: request.query.asOf, root: request.query.root ? { code: request.query.root } : undefined }),
  );

  app.get(
    '/api/agencies/by-code/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Thông tin một cơ quan, đơn vị theo mã',
        params: agencyCodeParams,
        response: { 200: agencyDetailSchema },
      },
    },
    async (request) => getAgency(db, { code: request.params.code }),
  );

  app.get(
    '/api/agencies/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Thông tin một cơ quan, đơn vị (kèm lịch sử sáp nhập)',
        params: agencyIdParams,
        response: { 200: agencyDetailSchema },
      },
    },
    async (request) => getAgency(db, { id: request.params.id }),
  );

  app.get(
    '/api/agencies/:id/children',
    {
      config: { access: 'public' },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Các đơn vị trực thuộc',
        params: agencyIdParams,
        querystring: childrenQuery,
        response: { 200: z.array(agencySchema) },
      },
    },
    async (request) => listChildAgencies(db, { parentId: request.params.id, asOf: request.query.asOf }),
  );

  app.post(
    '/api/agencies',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Thêm cơ quan, đơn vị',
        security,
        body: createAgencyInput,
        response: { 201: agencySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createAgency(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/agencies/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Sửa tên, mã, thời gian hiệu lực hoặc chuyển cơ quan cấp trên',
        security,
        params: agencyIdParams,
        body: updateAgencyInput,
        response: { 200: agencySchema },
      },
    },
    async (request) => updateAgency(db, actorOf(request), { ...request.body, id: request.params.id }),
  );

  app.post(
    '/api/agencies/successions',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [AGENCY_TAG],
        summary: 'Ghi nhận sáp nhập, đổi tên (đơn vị kế thừa từ một ngày)',
        security,
        body: succeedAgencyInput,
        response: { 201: successionResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await succeedAgency(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/agencies/divisions/provinces',
    {
      config: { access: 'public' },
      schema: {
        tags: [DIVISION_TAG],
        summary: 'Danh sách 34 tỉnh, thành phố (sau ngày 01/07/2025)',
        response: { 200: z.array(provinceSchema) },
      },
    },
    async () => listProvinces(db),
  );

  app.get(
    '/api/agencies/divisions/provinces/:code/wards',
    {
      config: { access: 'public' },
      schema: {
        tags: [DIVISION_TAG],
        summary: 'Các xã, phường của một tỉnh, thành phố',
        params: provinceCodeParams,
        response: { 200: provinceWardsSchema },
      },
    },
    async (request) => listProvinceWards(db, request.params.code),
  );

  app.get(
    '/api/agencies/divisions/ward-mappings',
    {
      config: { access: 'public' },
      schema: {
        tags: [DIVISION_TAG],
        summary: 'Tra cứu xã, phường cũ nay thuộc xã, phường mới nào',
        querystring: wardMappingQuery,
        response: { 200: z.array(wardMappingSchema) },
      },
    },
    async (request) => lookUpWardMappings(db, request.query),
  );

  app.post(
    '/api/agencies/divisions/provinces/:code/instantiate',
    {
      config: { access: ['admin'] },
      schema: {
        tags: [DIVISION_TAG],
        summary: 'Tạo cơ quan cấp tỉnh và các xã, phường của một tỉnh thực tế',
        security,
        params: provinceCodeParams,
        body: instantiateProvinceBody,
        response: { 200: instantiatedProvinceSchema },
      },
    },
    async (request) => instantiateProvince(db, actorOf(request), request.params.code, request.body),
  );
};
