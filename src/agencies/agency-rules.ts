/** Checks shared by creating and updating agencies; they throw the domain's errors. */
import { AppError } from '../shared/errors';
import { isWithin, type Validity } from './agency-dates';
import { agencyLevelLabels, canPlaceUnder, type AgencyLevel } from './agency-levels';
import type { AgencyRow } from './build-agency-tree';

export function assertPlacement(level: AgencyLevel, parent: AgencyRow | null): void {
  if (canPlaceUnder(level, parent?.level ?? null)) return;
  if (!parent) throw new AppError('AGENCY_ROOT_LEVEL');
  throw new AppError('AGENCY_LEVEL_NOT_ALLOWED', {
    level: agencyLevelLabels[level],
    parentLevel: agencyLevelLabels[parent.level],
  });
}

/** Own bounds in order, and within the parent's: an agency cannot exist outside its parent's life. */
export function assertValidity(v: Validity, parent: AgencyRow | null): void {
  if (v.validTo !== null && v.validTo < v.validFrom) {
    throw new AppError('AGENCY_INVALID_VALIDITY', { validFrom: v.validFrom, validTo: v.validTo });
  }
  if (parent && !isWithin(v, parent)) {
    throw new AppError('AGENCY_OUTSIDE_PARENT_VALIDITY', {
      parentCode: parent.code,
      parentFrom: parent.validFrom,
      parentTo: parent.validTo ?? 'nay',
    });
  }
}
