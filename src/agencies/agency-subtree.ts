/** Subtree helpers for other domains: "this agency and everything below it". */
import { and, gte, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { requireAgency } from './agency-record';
import { agencies } from './schema';

/**
 * A condition on a materialised-path column: the row lies in the subtree rooted at `path`
 * (`/1/7/` → `/1/7/`, `/1/7/42/`, …). Paths hold only digits and slashes, so no LIKE escaping.
 */
export function inSubtree(pathColumn: AnyColumn | SQL, path: string): SQL {
  if (!/^\/(\d+\/)*$/.test(path)) throw new RangeError(`not an agency path: ${path}`);
  return sql`${pathColumn} like ${`${path}%`}`;
}

/** Whether an agency is valid on a day, as a condition. */
export function agencyValidOn(date: string): SQL {
  return and(lte(agencies.validFrom, date), or(isNull(agencies.validTo), gte(agencies.validTo, date)))!;
}

/**
 * The ids of an agency and all agencies below it, whatever their validity unless `asOf` is given
 * (dossiers of abolished units still belong to the subtree).
 */
export async function subtreeIds(db: Executor, agencyId: number, opts: { asOf?: string } = {}): Promise<number[]> {
  const root = await requireAgency(db, { id: agencyId });
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(inSubtree(agencies.path, root.path), opts.asOf ? agencyValidOn(opts.asOf) : undefined))
    .orderBy(agencies.path);
  return rows.map((r) => r.id);
}

/** The path of an agency, for `inSubtree` and for `authorize(…, { agencyPath })`. */
export async function agencyPathOf(db: Executor, agencyId: number): Promise<string> {
  return (await requireAgency(db, { id: agencyId })).path;
}

