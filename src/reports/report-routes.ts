import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { compareSnapshot } from './compare-snapshot';
import { drillDown } from './drill-down';
import { exportForm06 } from './export-form06';
import { drillDownToCsv } from './form06-csv';
import { getSnapshot } from './get-snapshot';
import { listSnapshots } from './list-snapshots';
import { resolvePeriodInput } from './period-input';
import { presetPeriod } from './periods';
import { publishReport } from './publish-report';
import { contentDisposition, contentTypes, reportFileName } from './report-files';
import { reportReaders } from './report-scope';
import {
  cellsQuery,
  compareQuery,
  comparisonDto,
  form06Query,
  periodDto,
  presetQuery,
  publishBody,
  snapshotDetailDto,
  snapshotListQuery,
  snapshotParams,
  snapshotSummaryDto,
} from './report-schemas';
import { snapshotPublishers } from './snapshot-record';
import { z } from 'zod';

const TAG = 'Báo cáo thống kê';
const SNAPSHOT_TAG = 'Báo cáo đã công bố';
const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];
const readers = [...reportReaders];

const periodDescription =
  'Kỳ báo cáo: `from` và `to` (YYYY-MM-DD, giờ Việt Nam, từ 00:00 ngày đầu đến 24:00 ngày cuối), hoặc kỳ định sẵn `period` + `year` (+ `index`). ' +
  'Người xem phải là giám sát, lãnh đạo hoặc quản trị của cơ quan gốc (hoặc cấp trên).';

export const registerReportRoutes: RegisterRoutes = (app, { db, clock }) => {
  app.get(
    '/api/reports/form06',
    {
      config: { access: readers },
      schema: {
        tags: [TAG],
        summary: 'Báo cáo tình hình, kết quả giải quyết TTHC (mẫu 06/VPCP/KSTT)',
        description:
          `${periodDescription} \`format\`: json (mặc định), csv, xlsx (bố cục mẫu 06, A4 ngang), docx (báo cáo sẵn sàng ký); ` +
          'các định dạng tệp được tải về với tên tệp tiếng Việt. JSON: { from, to, agency, agencyName, by, rows: [{ key, name, received, resolved, pending, overdueTotal }], total }.',
        security,
        querystring: form06Query,
      },
    },
    async (request, reply) => {
      const { agency, from, to, period, year, index, ...rest } = request.query;
      const exported = await exportForm06(db, actorOf(request), { agencyCode: agency, ...resolvePeriodInput({ from, to, period, year, index }), ...rest }, clock);
      if (exported.format === 'json') return exported.report;
      return reply.header('content-type', exported.contentType).header('content-disposition', contentDisposition(exported.fileName)).send(exported.body);
    },
  );

  app.get(
    '/api/reports/form06/cells',
    {
      config: { access: readers },
      schema: {
        tags: [TAG],
        summary: 'Danh sách hồ sơ của một ô số liệu (tra ngược từ báo cáo)',
        description: `${periodDescription} \`row\`: mã dòng như báo cáo trả về (bỏ trống = tổng cộng); \`cell\`: ô số liệu, ví dụ resolved.late. \`format=csv\` tải trang hiện tại.`,
        security,
        querystring: cellsQuery,
      },
    },
    async (request, reply) => {
      const { agency, from, to, period, year, index, format, ...rest } = request.query;
      const query = { agencyCode: agency, ...resolvePeriodInput({ from, to, period, year, index }), ...rest };
      const page = await drillDown(db, actorOf(request), query);
      if (format === 'json') return page;
      const fileName = reportFileName(`Hồ sơ ${query.cell} ${query.row ?? 'tổng cộng'}`, agency, query.from, query.to, 'csv');
      return reply.header('content-type', contentTypes.csv).header('content-disposition', contentDisposition(fileName)).send(drillDownToCsv(page.items));
    },
  );

  app.get(
    '/api/reports/periods',
    {
      config: { access: readers },
      schema: {
        tags: [TAG],
        summary: 'Tính kỳ báo cáo định sẵn (tháng, quý, 6 tháng, năm, kỳ chốt số liệu)',
        description: '`index`: tháng 1–12, quý 1–4, nửa năm 1–2; năm bỏ qua; kỳ chốt số liệu số N chạy từ ngày 15 tháng trước đến ngày 14 tháng N.',
        security,
        querystring: presetQuery,
        response: { 200: periodDto },
      },
    },
    async (request) => presetPeriod(request.query.preset, request.query.year, request.query.index ?? 1),
  );

  app.post(
    '/api/reports/snapshots',
    {
      config: { access: [...snapshotPublishers] },
      schema: {
        tags: [SNAPSHOT_TAG],
        summary: 'Công bố số liệu báo cáo của một kỳ đã kết thúc (bản lưu không thể sửa)',
        description:
          'Lưu số liệu, mã băm SHA-256, người và thời điểm công bố, cùng cách tính của từng hồ sơ. Mỗi cơ quan, kỳ và cách nhóm chỉ công bố một lần ' +
          '(lỗi REPORT_ALREADY_PUBLISHED); chỉ lãnh đạo, quản trị của cơ quan.',
        security,
        body: publishBody,
        response: { 201: snapshotSummaryDto },
      },
    },
    async (request, reply) => {
      const { agency, from, to, period, year, index, by, note } = request.body;
      const snapshot = await publishReport(db, actorOf(request), { agencyCode: agency, ...resolvePeriodInput({ from, to, period, year, index }), by, note }, clock);
      return reply.status(201).send(snapshot);
    },
  );

  app.get(
    '/api/reports/snapshots',
    {
      config: { access: readers },
      schema: {
        tags: [SNAPSHOT_TAG],
        summary: 'Danh sách báo cáo đã công bố (mới nhất trước)',
        description: 'Chỉ các báo cáo thuộc phạm vi cơ quan của người xem; `agency` lọc theo một cơ quan và các đơn vị trực thuộc.',
        security,
        querystring: snapshotListQuery,
        response: { 200: z.object({ total: z.number(), items: z.array(snapshotSummaryDto) }) },
      },
    },
    async (request) => listSnapshots(db, actorOf(request), { agencyCode: request.query.agency, page: request.query.page, pageSize: request.query.pageSize }),
  );

  app.get(
    '/api/reports/snapshots/:id',
    {
      config: { access: readers },
      schema: {
        tags: [SNAPSHOT_TAG],
        summary: 'Một báo cáo đã công bố, với kết quả kiểm tra mã băm',
        security,
        params: snapshotParams,
        response: { 200: snapshotDetailDto },
      },
    },
    async (request) => getSnapshot(db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/reports/snapshots/:id/compare',
    {
      config: { access: readers },
      schema: {
        tags: [SNAPSHOT_TAG],
        summary: 'Đối chiếu báo cáo đã công bố với số liệu tính lại hiện nay',
        description:
          'Các ô số liệu thay đổi và hồ sơ gây ra thay đổi (được tính thêm, không còn được tính, chuyển loại), kèm lý do khi nhật ký hồ sơ cho biết ' +
          '(đánh dấu hồ sơ thử nghiệm, nhập từ hệ thống cũ, …).',
        security,
        params: snapshotParams,
        querystring: compareQuery,
        response: { 200: comparisonDto },
      },
    },
    async (request) => compareSnapshot(db, actorOf(request), request.params.id, { limit: request.query.limit }),
  );
};
