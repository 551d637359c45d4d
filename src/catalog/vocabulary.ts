/** The closed vocabularies of the catalog, with the Vietnamese labels shown to users and in Excel. */

export const procedureLevels = ['province', 'department', 'district', 'commune'] as const;
export type ProcedureLevel = (typeof procedureLevels)[number];
export const procedureLevelLabels: Record<ProcedureLevel, string> = {
  province: 'Cấp tỉnh',
  department: 'Cấp sở, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/** Decree 42/2022: fully online, partly online, or not offered online. */
export const onlineLevels = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];
export const onlineLevelLabels: Record<OnlineLevel, string> = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Không trực tuyến',
};

export const versionStatuses = ['active', 'amended', 'abolished'] as const;
export type VersionStatus = (typeof versionStatuses)[number];
export const versionStatusLabels: Record<VersionStatus, string> = {
  active: 'Đang áp dụng',
  amended: 'Đã sửa đổi, bổ sung',
  abolished: 'Đã bãi bỏ',
};

export const stepRoles = ['receiving_officer', 'specialist', 'leader'] as const;
export type StepRole = (typeof stepRoles)[number];
export const stepRoleLabels: Record<StepRole, string> = {
  receiving_officer: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
};
