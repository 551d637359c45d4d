import type { RegisterRoutes } from '../http/context';
import { actorOf } from '../http/require-actor';
import { computeDashboard } from './dashboard';
import { drillDown } from './drill-down';
import { cellsQuery, drillPageDto } from './report-schemas';
import { resolvePeriodInput } from './period-input';
import { computePublicStatistics } from './dashboard-public';
import {
  dashboardDto,
  dashboardQuery,
  lateOfficialsQuery,
  lateOfficialsViewDto,
  noticePreviewQuery,
  noticePreviewViewDto,
  publicStatisticsDto,
  publicStatisticsQuery,
} from './dashboard-schemas';
import { listLateOfficials } from './late-officials';
import { parseMonth } from './late-format';
import { previewMonthlyNotice } from './notice-monthly';
import { reportReaders } from './report-scope';

const security: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

export const registerDashboardRoutes: RegisterRoutes = (app, { db, clock }) => {
  app.get(
    '/api/reports/dashboard',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: ['Báo cáo thống kê'],
        summary: 'Bảng điều khiển giám sát: tổng hợp, theo đơn vị, theo tháng, thủ tục và đơn vị có nhiều hồ sơ quá hạn nhất',
        description:
          'Kỳ từ `from` đến `to` (YYYY-MM-DD, giờ Việt Nam, tối đa 36 tháng). Mọi số liệu là số liệu biểu 06 (cùng định nghĩa) nên tra ngược được bằng ' +
          '/api/reports/form06/cells: tổng (không `row`), theo đơn vị (`by=child`), thủ tục (`by=procedure`), đơn vị xử lý (`by=agency`), tháng (from, to của tháng). ' +
          'Người xem phải là giám sát, lãnh đạo hoặc quản trị của cơ quan (hoặc cấp trên).',
        security,
        querystring: dashboardQuery,
        response: { 200: dashboardDto },
      },
    },
    async (request) => computeDashboard(db, actorOf(request), { agencyCode: request.query.agency, from: request.query.from, to: request.query.to }),
  );

  app.get(
    '/api/reports/views/dossiers',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: ['Báo cáo thống kê'],
        summary: 'Hồ sơ đứng sau một số liệu của bảng điều khiển hoặc biểu 06 (JSON, phân trang)',
        description:
          'Cùng dịch vụ tra ngược với /api/reports/form06/cells (cùng phạm vi, cùng định nghĩa), chỉ trả JSON có kiểu cho giao diện. ' +
          '`row` theo `by` (child: đơn vị trực thuộc, agency: đơn vị xử lý, procedure: mã thủ tục, field: mã lĩnh vực, level: cấp); bỏ trống = tổng cộng.',
        security,
        querystring: cellsQuery.omit({ format: true }),
        response: { 200: drillPageDto },
      },
    },
    async (request) => {
      const { agency, from, to, period, year, index, ...rest } = request.query;
      return drillDown(db, actorOf(request), { agencyCode: agency, ...resolvePeriodInput({ from, to, period, year, index }), ...rest });
    },
  );

  app.get(
    '/api/reports/views/late-officials',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: ['Danh sách trễ hạn'],
        summary: 'Cán bộ, công chức giải quyết trễ hạn trong kỳ (JSON cho giao diện)',
        description: 'Cùng dịch vụ với /api/reports/late-officials (tải Excel, Word ở đó); chỉ các trường giao diện hiển thị.',
        security,
        querystring: lateOfficialsQuery,
        response: { 200: lateOfficialsViewDto },
      },
    },
    async (request) => listLateOfficials(db, actorOf(request), { agencyCode: request.query.agency, from: request.query.from, to: request.query.to }),
  );

  app.get(
    '/api/reports/views/monthly-notice',
    {
      config: { access: [...reportReaders] },
      schema: {
        tags: ['Danh sách trễ hạn'],
        summary: 'Xem trước thông báo hằng tháng về hồ sơ, cán bộ trễ hạn (JSON cho giao diện)',
        description: 'Cùng dịch vụ với /api/reports/monthly-notice/preview; bản Word tải từ /api/reports/monthly-notice.',
        security,
        querystring: noticePreviewQuery,
        response: { 200: noticePreviewViewDto },
      },
    },
    async (request) => previewMonthlyNotice(db, actorOf(request), { agencyCode: request.query.agency, ...parseMonth(request.query.month) }),
  );

  app.get(
    '/api/public/statistics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Công khai'],
        summary: 'Thống kê công khai kết quả giải quyết hồ sơ của một năm, theo cơ quan và theo tháng',
        description:
          'Chỉ có số lượng (không có thông tin hồ sơ, người nộp hay cán bộ); không tính hồ sơ thử nghiệm. Bỏ trống `agency` = cấp tỉnh. ' +
          'Năm đang diễn ra được tính đến hết hôm nay.',
        querystring: publicStatisticsQuery,
        response: { 200: publicStatisticsDto },
      },
    },
    async (request, reply) => {
      const statistics = await computePublicStatistics(db, { agencyCode: request.query.agency, year: request.query.year, now: clock.now() });
      // Aggregates of a whole year change slowly: let browsers and proxies keep them a few minutes.
      void reply.header('cache-control', 'public, max-age=300');
      return statistics;
    },
  );
};
