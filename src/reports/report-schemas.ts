import { z } from 'zod';
import { reportCells } from './classify-sql';
import { periodPresets } from './periods';
import { exportFormats } from './report-files';
import { reportGroupings } from './report-scope';
import { receiptCategories, resultCategories } from './snapshot-diff';

/** Request and response shapes of the report routes (validation and OpenAPI). */

const agency = z.string().trim().min(1).max(100).describe('Mã cơ quan gốc của báo cáo (báo cáo gồm cả các đơn vị trực thuộc)');
// Dates are checked by the services, which answer with the report error codes.
const day = z.string().trim().max(20).describe('YYYY-MM-DD, giờ Việt Nam');

export const periodQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  period: z.enum(periodPresets).optional().describe('Kỳ định sẵn: tháng, quý, 6 tháng, năm, kỳ chốt số liệu (15 tháng trước – 14 tháng này)'),
  year: z.coerce.number().int().optional(),
  index: z.coerce.number().int().optional().describe('Số thứ tự của tháng, quý, nửa năm (mặc định 1)'),
});

export const reportQuery = periodQuery.extend({
  agency,
  by: z.enum(reportGroupings).default('child').describe('Dòng của báo cáo: đơn vị trực thuộc, từng cơ quan, thủ tục, lĩnh vực, cấp'),
});

export const form06Query = reportQuery.extend({
  format: z.enum(exportFormats).default('json'),
  signerTitle: z.string().trim().max(200).optional().describe('Chức danh người ký (bản Word)'),
  signerName: z.string().trim().max(200).optional().describe('Họ tên người ký (bản Word)'),
});

export const cellsQuery = reportQuery.extend({
  row: z.string().trim().min(1).max(100).optional().describe('Mã dòng như báo cáo hiển thị; bỏ trống = dòng tổng cộng'),
  cell: z.enum(reportCells),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'csv']).default('json'),
});

export const presetQuery = z.object({
  preset: z.enum(periodPresets),
  year: z.coerce.number().int(),
  index: z.coerce.number().int().optional(),
});

export const publishBody = z.object({
  agency,
  from: day.optional(),
  to: day.optional(),
  period: z.enum(periodPresets).optional(),
  year: z.number().int().optional(),
  index: z.number().int().optional(),
  by: z.enum(reportGroupings).default('child'),
  note: z.string().trim().max(1000).optional(),
});

export const snapshotListQuery = z.object({
  agency: agency.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const snapshotParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export const compareQuery = z.object({ limit: z.coerce.number().int().min(1).max(10_000).default(1000) });

const figures = {
  received: z.object({ total: z.number(), online: z.number(), directOrPostal: z.number(), carriedOver: z.number() }),
  resolved: z.object({ total: z.number(), early: z.number(), onTime: z.number(), late: z.number() }),
  pending: z.object({ total: z.number(), notDue: z.number(), overdue: z.number() }),
  overdueTotal: z.number(),
};

export const form06ReportDto = z.object({
  from: z.string(),
  to: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  by: z.enum(reportGroupings),
  rows: z.array(z.object({ key: z.string(), name: z.string(), ...figures })),
  total: z.object(figures),
});

export const drillPageDto = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      code: z.string(),
      procedureCode: z.string(),
      procedureName: z.string(),
      agencyCode: z.string(),
      agencyName: z.string(),
      channel: z.string(),
      receivedAt: z.date(),
      dueAt: z.date().nullable(),
      finishedAt: z.date().nullable(),
      resultSignedAt: z.date().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
});

export const periodDto = z.object({ from: z.string(), to: z.string() });

export const snapshotSummaryDto = z.object({
  id: z.number(),
  agency: z.string(),
  agencyName: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.enum(reportGroupings),
  hash: z.string().describe('SHA-256 của JSON chuẩn hóa (khóa sắp xếp) của số liệu công bố'),
  dossierCount: z.number(),
  publishedAt: z.date(),
  publishedBy: z.string(),
  note: z.string().nullable(),
});

export const snapshotDetailDto = snapshotSummaryDto.extend({
  report: form06ReportDto,
  intact: z.boolean().describe('Số liệu lưu trữ còn khớp mã băm khi công bố'),
});

const placementDto = z
  .object({ rowKey: z.string(), receipt: z.enum(receiptCategories), result: z.enum(resultCategories), cells: z.array(z.enum(reportCells)) })
  .nullable();

export const comparisonDto = z.object({
  snapshot: snapshotSummaryDto,
  intact: z.boolean(),
  current: form06ReportDto,
  changed: z.boolean(),
  cells: z.array(
    z.object({
      rowKey: z.string().nullable().describe('null = dòng tổng cộng'),
      rowName: z.string(),
      cell: z.enum(reportCells),
      published: z.number(),
      current: z.number(),
      difference: z.number(),
      dossiers: z.array(z.object({ code: z.string(), change: z.enum(['added', 'removed']) })),
      dossierCount: z.number(),
    }),
  ),
  changedDossiers: z.number(),
  truncated: z.boolean(),
  dossiers: z.array(
    z.object({ code: z.string(), change: z.enum(['added', 'removed', 'moved']), before: placementDto, after: placementDto, reasons: z.array(z.string()) }),
  ),
});
