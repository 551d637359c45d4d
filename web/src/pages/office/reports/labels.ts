import type { Grouping, ReportCell } from './report-types';

/** What each figure of form 06 counts, as a title over its dossiers. */
export const cellLabels: Record<ReportCell, string> = {
  'received.total': 'Hồ sơ nhận giải quyết',
  'received.online': 'Mới tiếp nhận trực tuyến',
  'received.directOrPostal': 'Mới tiếp nhận trực tiếp, qua bưu chính',
  'received.carriedOver': 'Kỳ trước chuyển qua',
  'resolved.total': 'Đã giải quyết',
  'resolved.early': 'Giải quyết trước hạn',
  'resolved.onTime': 'Giải quyết đúng hạn',
  'resolved.late': 'Giải quyết quá hạn',
  'pending.total': 'Đang giải quyết',
  'pending.notDue': 'Đang giải quyết, chưa đến hạn',
  'pending.overdue': 'Đang giải quyết, đã quá hạn',
  overdueTotal: 'Tổng số hồ sơ quá hạn',
};

export const channelLabels: Record<string, string> = {
  online: 'Trực tuyến',
  direct: 'Trực tiếp',
  postal: 'Bưu chính',
};

export const outcomeLabels: Record<string, { text: string; color: string }> = {
  approved: { text: 'Đã có kết quả', color: 'green' },
  rejected: { text: 'Từ chối', color: 'volcano' },
  withdrawn: { text: 'Rút hồ sơ', color: 'default' },
};

export const groupingOptions: { value: Grouping; label: string }[] = [
  { value: 'child', label: 'Theo đơn vị trực thuộc' },
  { value: 'field', label: 'Theo lĩnh vực' },
  { value: 'procedure', label: 'Theo thủ tục hành chính' },
  { value: 'level', label: 'Theo cấp' },
  { value: 'agency', label: 'Theo từng cơ quan, đơn vị' },
];

export const rowHeadings: Record<Grouping, string> = {
  child: 'Đơn vị',
  agency: 'Cơ quan, đơn vị',
  procedure: 'Thủ tục hành chính',
  field: 'Lĩnh vực',
  level: 'Cấp',
};

/** The value of one cell of a form 06 row. */
export function cellValue(
  f: { received: Record<string, number>; resolved: Record<string, number>; pending: Record<string, number>; overdueTotal: number },
  cell: ReportCell,
): number {
  if (cell === 'overdueTotal') return f.overdueTotal;
  const [group, name] = cell.split('.') as ['received' | 'resolved' | 'pending', string];
  return f[group][name] ?? 0;
}

export const rateFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "92,3%", or "—" when there is nothing to divide. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : rateFormat.format(rate);
}
