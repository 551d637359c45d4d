import { asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { divisionProvinces, divisionWards } from './schema';

export interface ProvinceView {
  readonly code: string;
  readonly name: string;
  readonly shortCode: string;
  readonly placeType: string;
  readonly wardCount: number;
}

/** The 34 provinces and centrally-run cities after Resolution 202/2025/QH15. */
export async function listProvinces(db: Executor): Promise<ProvinceView[]> {
  return db
    .select({
      code: divisionProvinces.code,
      name: divisionProvinces.name,
      shortCode: divisionProvinces.shortCode,
      placeType: divisionProvinces.placeType,
      wardCount: count(divisionWards.code),
    })
    .from(divisionProvinces)
    .leftJoin(divisionWards, eq(divisionWards.provinceCode, divisionProvinces.code))
    .groupBy(divisionProvinces.code)
    .orderBy(asc(divisionProvinces.code));
}
