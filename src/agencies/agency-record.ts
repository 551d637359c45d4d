/** Reading agency rows: the shape every agency service returns, and lookups by id or code. */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import type { AgencyRow } from './build-agency-tree';
import { agencies } from './schema';

export type { AgencyRow } from './build-agency-tree';

export const agencyColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  level: agencies.level,
  parentId: agencies.parentId,
  path: agencies.path,
  divisionCode: agencies.divisionCode,
  validFrom: agencies.validFrom,
  validTo: agencies.validTo,
};

/** An agency named by its id or by its unique code. */
export type AgencyRef = { readonly id: number } | { readonly code: string };

export function describeRef(ref: AgencyRef): string {
  return 'id' in ref ? `#${ref.id}` : ref.code;
}

export async function findAgency(db: Executor, ref: AgencyRef, opts: { forUpdate?: boolean } = {}): Promise<AgencyRow | null> {
  const query = db
    .select(agencyColumns)
    .from(agencies)
    .where('id' in ref ? eq(agencies.id, ref.id) : eq(agencies.code, ref.code));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function requireAgency(db: Executor, ref: AgencyRef, opts: { forUpdate?: boolean } = {}): Promise<AgencyRow> {
  const row = await findAgency(db, ref, opts);
  if (!row) throw new AppError('AGENCY_NOT_FOUND', { ref: describeRef(ref) });
  return row;
}

/**
 * Serialises changes to the shape of the tree (inserts, moves): a path is derived from the parent's,
 * so a concurrent move must not slip between reading a parent's path and writing below it.
 */
export async function lockAgencyTree(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('motcua.agencies.tree'))`);
}

/** Whether a database error is a unique-constraint violation (drizzle wraps the driver error). */
export function isUniqueViolation(e: unknown): boolean {
  for (let err: any = e; err; err = err.cause) if (err.code === '23505') return true;
  return false;
}
