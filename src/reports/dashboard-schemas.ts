import { z } from 'zod';
import { form06ReportDto } from './report-schemas';

/** Request and response shapes of the dashboard and public statistics routes (validation and OpenAPI). */

// Dates are checked by the service, which answers with the report error codes.
const day = z.string().trim().max(20).describe('YYYY-MM-DD, giờ Việt Nam');

export const dashboardQuery = z.object({
  agency: z.string().trim().min(1).max(100).describe('Mã cơ quan gốc (gồm cả các đơn vị trực thuộc)'),
  from: day,
  to: day,
});

const rates = {
  onTimeRate: z.number().nullable().describe('(Trước hạn + đúng hạn) ÷ đã giải quyết; null khi chưa giải quyết hồ sơ nào'),
  overdueRate: z.number().nullable().describe('Tổng số quá hạn ÷ số hồ sơ tiếp nhận; null khi không có hồ sơ'),
};
const figures = form06ReportDto.shape.total;
const row = form06ReportDto.shape.rows.element.extend(rates);

export const dashboardDto = z.object({
  from: z.string(),
  to: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  total: figures.extend(rates),
  byChild: z.array(row),
  months: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      from: z.string().describe('Ngày đầu của tháng trong kỳ'),
      to: z.string().describe('Ngày cuối của tháng trong kỳ'),
      receivedNew: z.number().describe('Mới tiếp nhận trong tháng (trực tuyến + trực tiếp, bưu chính)'),
      online: z.number(),
      directOrPostal: z.number(),
      resolved: z.number().describe('Giải quyết trong tháng'),
      early: z.number(),
      onTime: z.number(),
      late: z.number(),
      onTimeRate: rates.onTimeRate,
    }),
  ),
  worstProcedures: z.array(row),
  worstUnits: z.array(row),
});

export const publicStatisticsQuery = z.object({
  agency: z.string().trim().min(1).max(100).optional().describe('Mã cơ quan (mặc định: tỉnh)'),
  year: z.coerce.number().int().min(2000).max(2199).describe('Năm thống kê; năm đang diễn ra tính đến hôm nay'),
});

const publicFigures = {
  received: z.number().describe('Hồ sơ tiếp nhận giải quyết (mới tiếp nhận và kỳ trước chuyển qua)'),
  receivedNew: z.number().describe('Hồ sơ mới tiếp nhận trong kỳ'),
  online: z.number().describe('Hồ sơ tiếp nhận trực tuyến'),
  resolved: z.number(),
  onTime: z.number().describe('Giải quyết trước hạn và đúng hạn'),
  late: z.number().describe('Giải quyết quá hạn'),
  pending: z.number(),
  overdue: z.number().describe('Đang giải quyết, đã quá hạn'),
  onTimeRate: z.number().nullable(),
};

export const publicStatisticsDto = z.object({
  year: z.number(),
  from: z.string(),
  to: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  total: z.object(publicFigures),
  byAgency: z.array(z.object({ code: z.string(), name: z.string(), ...publicFigures })),
  byMonth: z.array(
    z.object({
      month: z.string(),
      from: z.string(),
      to: z.string(),
      receivedNew: publicFigures.receivedNew,
      online: publicFigures.online,
      resolved: z.number().describe('Giải quyết trong tháng'),
      onTime: publicFigures.onTime,
      late: publicFigures.late,
      onTimeRate: publicFigures.onTimeRate,
    }),
  ),
});

/**
 * JSON views for the web app of services whose routes also answer files (and so declare no JSON
 * response): the officials of the late list, the monthly notice preview. Partial on purpose: only what
 * the pages show; the route's type check keeps each shape a subset of the service's result.
 */
export const lateOfficialsQuery = z.object({ agency: dashboardQuery.shape.agency, from: day, to: day });

export const lateOfficialsViewDto = z.object({
  from: z.string(),
  to: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  officials: z.number(),
  units: z.number(),
  levels: z.array(
    z.object({
      level: z.string(),
      label: z.string(),
      officials: z.number(),
      units: z.number(),
      rows: z.array(
        z.object({
          name: z.string(),
          agencyCode: z.string(),
          agencyName: z.string(),
          dossierCodes: z.array(z.string()),
          dossierCount: z.number(),
          steps: z.array(z.object({ dossierCode: z.string(), stepName: z.string(), dueAt: z.date(), completedAt: z.date().nullable() })),
        }),
      ),
    }),
  ),
});

export const noticePreviewQuery = z.object({ agency: dashboardQuery.shape.agency, month: z.string().trim().max(20).describe('YYYY-MM') });

export const noticePreviewViewDto = z.object({
  month: z.string(),
  monthLabel: z.string(),
  from: z.string(),
  to: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  received: z.number(),
  actual: z.number(),
  softwareOnly: z.number(),
  pending: z.number(),
  overdue: z.number(),
  officials: z.number(),
  paragraph: z.string(),
  levelSentences: z.array(z.string()),
  sections: z.object({
    officials: z.object({ intro: z.string(), items: z.array(z.string()) }),
    dossiers: z.array(z.string()),
    pending: z.string(),
  }),
});
