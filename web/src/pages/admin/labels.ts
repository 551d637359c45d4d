/** Vietnamese labels and colours of the administration pages' closed vocabularies. */

export type AgencyLevel = 'province' | 'department' | 'district' | 'commune' | 'unit';
export type RoleName = 'citizen' | 'receiving_officer' | 'specialist' | 'leader' | 'monitor' | 'admin';
export type StepRole = 'receiving_officer' | 'specialist' | 'leader';
export type TimeUnit = 'working_days' | 'working_hours' | 'calendar_days' | 'months';
export type ProcedureLevel = 'province' | 'department' | 'district' | 'commune';
export type OnlineLevel = 'full' | 'partial' | 'none';
export type VersionStatus = 'active' | 'amended' | 'abolished';

export const agencyLevelOrder: AgencyLevel[] = ['province', 'department', 'district', 'commune', 'unit'];

export const agencyLevelLabels: Record<AgencyLevel, string> = {
  province: 'Cấp tỉnh',
  department: 'Sở, ban, ngành',
  district: 'Cấp huyện (trước 01/07/2025)',
  commune: 'Cấp xã',
  unit: 'Phòng, đơn vị',
};

/** Short tag text in the tree, where space is scarce. */
export const agencyLevelTags: Record<AgencyLevel, string> = {
  province: 'Tỉnh',
  department: 'Sở, ngành',
  district: 'Huyện',
  commune: 'Xã',
  unit: 'Phòng',
};

export const agencyLevelColors: Record<AgencyLevel, string> = {
  province: 'red',
  department: 'blue',
  district: 'purple',
  commune: 'green',
  unit: 'default',
};

export const roleOrder: RoleName[] = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin', 'citizen'];

export const roleLabels: Record<RoleName, string> = {
  citizen: 'Công dân, tổ chức',
  receiving_officer: 'Cán bộ tiếp nhận (Một cửa)',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
  monitor: 'Cán bộ giám sát',
  admin: 'Quản trị hệ thống',
};

export const roleColors: Record<RoleName, string> = {
  citizen: 'default',
  receiving_officer: 'geekblue',
  specialist: 'cyan',
  leader: 'volcano',
  monitor: 'purple',
  admin: 'red',
};

export const stepRoleOrder: StepRole[] = ['receiving_officer', 'specialist', 'leader'];
export const stepRoleLabels: Record<StepRole, string> = {
  receiving_officer: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
};

export const timeUnitOrder: TimeUnit[] = ['working_days', 'working_hours', 'calendar_days', 'months'];
export const timeUnitLabels: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
};

export const procedureLevelOrder: ProcedureLevel[] = ['province', 'department', 'district', 'commune'];
export const procedureLevelLabels: Record<ProcedureLevel, string> = {
  province: 'Cấp tỉnh',
  department: 'Cấp sở, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const onlineLevelOrder: OnlineLevel[] = ['full', 'partial', 'none'];
export const onlineLevelLabels: Record<OnlineLevel, string> = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Không trực tuyến',
};
export const onlineLevelColors: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };

export const versionStatusLabels: Record<VersionStatus, string> = {
  active: 'Đang áp dụng',
  amended: 'Đã sửa đổi, bổ sung',
  abolished: 'Đã bãi bỏ',
};
export const versionStatusColors: Record<VersionStatus, string> = { active: 'green', amended: 'default', abolished: 'red' };

const amountFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 9.5 → "9,5", 1652 → "1.652": numbers as Vietnamese readers write them. */
export function formatAmount(value: number): string {
  return amountFormat.format(value);
}

export function formatDurationText(value: number, unit: TimeUnit): string {
  return `${formatAmount(value)} ${timeUnitLabels[unit]}`;
}

export const moneyFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
