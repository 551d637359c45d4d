/** Row labels of the standard report when grouped by level (the seeds' section headings). */
export const agencyLevelLabels = {
  province: 'Cấp tỉnh',
  department: 'Các sở, ban, ngành',
  district: 'Cấp huyện (trước 01/7/2025)',
  commune: 'Cấp xã',
  unit: 'Đơn vị trực thuộc',
} as const;
