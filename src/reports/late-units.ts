import { pathIds } from '../agencies/agency-path';
import type { AgencyLevel } from '../agencies/agency-levels';
import { agencyLevelLabels } from './level-labels';

/**
 * The levels of the late lists, in the order of the provincial notice (seed 000): communes, the old
 * districts, then the provincial level (departments, and the province's own offices).
 */
export const lateLevels = ['commune', 'district', 'department', 'province'] as const;
export type LateLevel = (typeof lateLevels)[number];

export const lateLevelLabels: Record<LateLevel, string> = {
  commune: agencyLevelLabels.commune,
  district: agencyLevelLabels.district,
  department: agencyLevelLabels.department,
  province: agencyLevelLabels.province,
};

export interface UnitAgency {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly path: string;
}

/** The unit a dossier or step is listed under: an agency that is not an internal office. */
export interface LateUnit {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: LateLevel;
  readonly path: string;
}

/**
 * Where an agency's work is listed: first its report row (merged units go to their successor as of
 * the period end, as in form 06), then the nearest agency at or above it that is not an internal
 * office — a department's offices are listed under the department, a ward's office under the ward.
 */
export function unitResolver(agencies: readonly UnitAgency[], rowOf: ReadonlyMap<number, number>): (agencyId: number) => LateUnit {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const cache = new Map<number, LateUnit>();
  return (agencyId) => {
    const hit = cache.get(agencyId);
    if (hit) return hit;
    const start = byId.get(rowOf.get(agencyId) ?? agencyId);
    if (!start) throw new RangeError(`unknown agency ${agencyId}`);
    const ids = pathIds(start.path).reverse();
    const found = ids.map((id) => byId.get(id)).find((a) => a !== undefined && a.level !== 'unit') ?? start;
    // Only a tree whose root is an office could leave us on one: list it with the province.
    const level: LateLevel = found.level === 'unit' ? 'province' : found.level;
    const unit = { id: found.id, code: found.code, name: found.name, level, path: found.path };
    cache.set(agencyId, unit);
    return unit;
  };
}

export interface LevelGroup<T> {
  readonly level: LateLevel;
  readonly label: string;
  readonly rows: T[];
}

/** Rows split by level, in the notice's order; a level without rows is left out. */
export function groupByLevel<T>(rows: readonly T[], levelOf: (row: T) => LateLevel): LevelGroup<T>[] {
  return lateLevels
    .map((level) => ({ level, label: lateLevelLabels[level], rows: rows.filter((r) => levelOf(r) === level) }))
    .filter((g) => g.rows.length > 0);
}

/** Distinct units of a list, each with how many rows it has, in tree order. */
export function unitsOf<T>(rows: readonly T[], unitOf: (row: T) => { code: string; name: string; path: string }): { code: string; name: string; count: number }[] {
  const units = new Map<string, { code: string; name: string; path: string; count: number }>();
  for (const r of rows) {
    const u = unitOf(r);
    const entry = units.get(u.code);
    if (entry) entry.count += 1;
    else units.set(u.code, { ...u, count: 1 });
  }
  return [...units.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(({ code, name, count }) => ({ code, name, count }));
}
