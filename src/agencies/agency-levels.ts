/** Agency levels, their Vietnamese labels and which level may sit under which. */

export const agencyLevels = ['province', 'department', 'district', 'commune', 'unit'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];

export const agencyLevelLabels: Record<AgencyLevel, string> = {
  province: 'cấp tỉnh',
  department: 'sở, ban, ngành',
  district: 'cấp huyện (trước 01/07/2025)',
  commune: 'cấp xã',
  unit: 'phòng, đơn vị trực thuộc',
};

/**
 * Children allowed under each level. A province holds departments, (historical) districts, communes
 * and its own offices; districts hold communes and district offices; everything else only internal
 * units, which may nest (a team inside an office).
 */
const allowedChildren: Record<AgencyLevel, readonly AgencyLevel[]> = {
  province: ['department', 'district', 'commune', 'unit'],
  department: ['unit'],
  district: ['commune', 'unit'],
  commune: ['unit'],
  unit: ['unit'],
};

/** Levels that may stand at the top of the tree. */
export const rootLevels: readonly AgencyLevel[] = ['province'];

/** Whether `child` may be placed under `parent` (null parent = top of the tree). */
export function canPlaceUnder(child: AgencyLevel, parent: AgencyLevel | null): boolean {
  return parent === null ? rootLevels.includes(child) : allowedChildren[parent].includes(child);
}

/** Display order of siblings: offices of the level first, then departments, districts, communes. */
export const levelRank: Record<AgencyLevel, number> = {
  province: 0,
  unit: 1,
  department: 2,
  district: 3,
  commune: 4,
};
