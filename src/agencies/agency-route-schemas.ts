/** Zod schemas of the agency and division routes (requests and responses). */
import { z } from 'zod';
import { agencyLevels } from './agency-levels';
import { agencyCode, isoDate } from './agency-inputs';

export const agencyIdParams = z.object({ id: z.coerce.number().int().positive().describe('Mã số (id) cơ quan') });
export const agencyCodeParams = z.object({ code: agencyCode.describe('Mã cơ quan, đơn vị') });
export const provinceCodeParams = z.object({
  code: z.string().trim().regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' }).describe('Mã tỉnh, thành phố'),
});

export const treeQuery = z.object({
  asOf: isoDate.optional().describe('Ngày xem cơ cấu tổ chức (mặc định: hôm nay)'),
  root: agencyCode.optional().describe('Mã cơ quan gốc của cây (mặc định: toàn bộ)'),
});
export const childrenQuery = z.object({ asOf: isoDate.optional().describe('Chỉ các đơn vị có hiệu lực vào ngày này') });

export const wardMappingQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Tên xã, phường cũ (có thể kèm tên huyện, tỉnh; có dấu hoặc không dấu)'),
  oldCode: z.string().trim().max(10).optional().describe('Mã xã, phường cũ'),
  newCode: z.string().trim().max(10).optional().describe('Mã xã, phường mới: các đơn vị cũ hợp thành'),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const instantiateProvinceBody = z.object({
  codePrefix: agencyCode.describe('Mã cơ quan cấp tỉnh; mã xã là <mã>-X-<mã xã>'),
});

export const agencySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(agencyLevels),
  parentId: z.number().int().nullable(),
  path: z.string(),
  divisionCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

const successionViewSchema = z.object({
  agencyId: z.number().int(),
  code: z.string(),
  name: z.string(),
  effectiveFrom: z.string(),
});

export const agencyDetailSchema = agencySchema.extend({
  parent: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  predecessors: z.array(successionViewSchema),
  successors: z.array(successionViewSchema),
});

export type AgencyTreeNodeOut = z.infer<typeof agencySchema> & { children: AgencyTreeNodeOut[] };
export const agencyTreeNodeSchema: z.ZodType<AgencyTreeNodeOut> = agencySchema.extend({
  get children() {
    return z.array(agencyTreeNodeSchema);
  },
});
// A recursive schema needs a name in the OpenAPI document so that its self-reference resolves.
z.globalRegistry.add(agencyTreeNodeSchema, { id: 'AgencyTreeNode' });

export const successionResultSchema = z.object({
  predecessor: agencySchema,
  successor: agencySchema,
  effectiveFrom: z.string(),
});

export const provinceSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortCode: z.string(),
  placeType: z.string(),
  wardCount: z.number().int(),
});

export const provinceWardsSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  wards: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const wardMappingSchema = z.object({
  oldWardCode: z.string().nullable(),
  oldWardName: z.string(),
  oldDistrictName: z.string(),
  oldProvinceName: z.string(),
  newWardCode: z.string(),
  newWardName: z.string(),
  newProvinceName: z.string(),
});

export const instantiatedProvinceSchema = z.object({ province: agencySchema, createdCommunes: z.number().int() });
