import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { foldVietnamese } from './prepare-divisions';
import { divisionWardMappings } from './schema';

export interface WardMappingView {
  readonly oldWardCode: string | null;
  readonly oldWardName: string;
  readonly oldDistrictName: string;
  readonly oldProvinceName: string;
  readonly newWardCode: string;
  readonly newWardName: string;
  readonly newProvinceName: string;
}

export interface WardMappingQuery {
  /** Words of the old commune's, district's or province's name, with or without diacritics. */
  readonly q?: string | undefined;
  /** The old commune's national code. */
  readonly oldCode?: string | undefined;
  /** The new commune's code: which old communes formed it. */
  readonly newCode?: string | undefined;
  readonly limit?: number | undefined;
}

/**
 * Which new commune an old (pre-July 2025) commune became. An old commune split between several
 * new ones has several rows.
 */
export async function lookUpWardMappings(db: Executor, query: WardMappingQuery): Promise<WardMappingView[]> {
  const words = query.q ? foldVietnamese(query.q).split(' ').filter(Boolean) : [];
  // Each word must start a word of the names ("yen" finds "Yên", not "Huyện"); wildcards escaped.
  const conditions: SQL[] = words.map(
    (w) => sql`' ' || ${divisionWardMappings.oldSearchKey} like ${`% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
  );
  if (query.oldCode) conditions.push(eq(divisionWardMappings.oldWardCode, query.oldCode.trim()));
  if (query.newCode) conditions.push(eq(divisionWardMappings.newWardCode, query.newCode.trim()));
  if (conditions.length === 0) throw new AppError('DIVISION_LOOKUP_EMPTY');
  return db
    .select({
      oldWardCode: divisionWardMappings.oldWardCode,
      oldWardName: divisionWardMappings.oldWardName,
      oldDistrictName: divisionWardMappings.oldDistrictName,
      oldProvinceName: divisionWardMappings.oldProvinceName,
      newWardCode: divisionWardMappings.newWardCode,
      newWardName: divisionWardMappings.newWardName,
      newProvinceName: divisionWardMappings.newProvinceName,
    })
    .from(divisionWardMappings)
    .where(and(...conditions))
    .orderBy(asc(divisionWardMappings.oldProvinceName), asc(divisionWardMappings.oldDistrictName), asc(divisionWardMappings.oldWardName), asc(divisionWardMappings.newWardCode))
    .limit(Math.min(Math.max(query.limit ?? 50, 1), 200));
}
