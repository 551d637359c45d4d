import type { YearSchedule } from './year-schedule';

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112';
const VPCP_2025 = 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024 (nghỉ Tết Âm lịch và một số dịp lễ năm 2025)';
const VPCP_2026_NEW_YEAR = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch 2026)';
const DECISION_2026 = 'Phương án nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức được Thủ tướng Chính phủ đồng ý';

/**
 * The decreed schedules for civil servants, shipped with the system: for these years they replace
 * the rule-based result. Each year lists every weekday (Mon–Fri) off and every Saturday worked.
 * Administrators may edit a year afterwards (e.g. a newly decreed day off); the edit is stored in the
 * database and wins over this file.
 */
export const decreedSchedules: readonly YearSchedule[] = [
  {
    year: 2025,
    origin: 'decreed',
    note: `${LABOUR_CODE}; ${VPCP_2025}.`,
    daysOff: [
      { date: '2025-01-01', name: 'Tết Dương lịch', note: LABOUR_CODE },
      { date: '2025-01-27', name: 'Tết Nguyên đán (28 tháng Chạp, nghỉ bù mùng 4 Tết trùng thứ Bảy)', note: VPCP_2025 },
      { date: '2025-01-28', name: 'Tết Nguyên đán (29 tháng Chạp)', note: LABOUR_CODE },
      { date: '2025-01-29', name: 'Tết Nguyên đán (mùng 1 Tết)', note: LABOUR_CODE },
      { date: '2025-01-30', name: 'Tết Nguyên đán (mùng 2 Tết)', note: LABOUR_CODE },
      { date: '2025-01-31', name: 'Tết Nguyên đán (mùng 3 Tết)', note: LABOUR_CODE },
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', note: LABOUR_CODE },
      { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)', note: LABOUR_CODE },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)', note: LABOUR_CODE },
      { date: '2025-05-02', name: 'Hoán đổi ngày làm việc (làm bù thứ Bảy 26/04/2025)', note: VPCP_2025 },
      { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)', note: LABOUR_CODE },
      { date: '2025-09-02', name: 'Quốc khánh (2/9)', note: LABOUR_CODE },
    ],
    workingSaturdays: [
      { date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025', note: VPCP_2025 },
    ],
  },
  {
    year: 2026,
    origin: 'decreed',
    note: `${LABOUR_CODE}; ${VPCP_2026_NEW_YEAR}; ${DECISION_2026}.`,
    daysOff: [
      { date: '2026-01-01', name: 'Tết Dương lịch', note: LABOUR_CODE },
      { date: '2026-01-02', name: 'Hoán đổi ngày làm việc (làm bù thứ Bảy 10/01/2026)', note: VPCP_2026_NEW_YEAR },
      { date: '2026-02-16', name: 'Tết Nguyên đán (29 tháng Chạp)', note: LABOUR_CODE },
      { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1 Tết)', note: LABOUR_CODE },
      { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2 Tết)', note: LABOUR_CODE },
      { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3 Tết)', note: LABOUR_CODE },
      { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4 Tết)', note: LABOUR_CODE },
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch trùng Chủ nhật 26/04)', note: 'Bộ luật Lao động 2019, Điều 111 khoản 3' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)', note: LABOUR_CODE },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)', note: LABOUR_CODE },
      { date: '2026-08-31', name: 'Hoán đổi ngày làm việc dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)', note: DECISION_2026 },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)', note: LABOUR_CODE },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)', note: LABOUR_CODE },
    ],
    workingSaturdays: [
      { date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026', note: VPCP_2026_NEW_YEAR },
      { date: '2026-08-22', name: 'Làm bù cho thứ Hai 31/08/2026', note: DECISION_2026 },
    ],
  },
];
