import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { divisionProvinces, divisionWards } from './schema';

export interface ProvinceWards {
  readonly province: { readonly code: string; readonly name: string };
  readonly wards: { readonly code: string; readonly name: string }[];
}

/** The communes and wards of one province (post-2025), by national code. */
export async function listProvinceWards(db: Executor, provinceCode: string): Promise<ProvinceWards> {
  const [province] = await db
    .select({ code: divisionProvinces.code, name: divisionProvinces.name })
    .from(divisionProvinces)
    .where(eq(divisionProvinces.code, provinceCode));
  if (!province) throw new AppError('DIVISION_PROVINCE_NOT_FOUND', { code: provinceCode });
  const wards = await db
    .select({ code: divisionWards.code, name: divisionWards.name })
    .from(divisionWards)
    .where(eq(divisionWards.provinceCode, provinceCode))
    .orderBy(asc(divisionWards.code));
  return { province, wards };
}
