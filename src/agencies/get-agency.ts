import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types';
import { requireAgency, type AgencyRef, type AgencyRow } from './agency-record';
import { agencies, agencySuccessions } from './schema';

export interface SuccessionView {
  readonly agencyId: number;
  readonly code: string;
  readonly name: string;
  readonly effectiveFrom: string;
}

export interface AgencyDetail extends AgencyRow {
  readonly parent: { readonly id: number; readonly code: string; readonly name: string } | null;
  /** Units merged into or renamed to this one. */
  readonly predecessors: SuccessionView[];
  /** Where this unit's work went. */
  readonly successors: SuccessionView[];
}

const other = alias(agencies, 'other');

/** One agency with its parent and its succession history; agency names are public information. */
export async function getAgency(db: Executor, ref: AgencyRef): Promise<AgencyDetail> {
  const row = await requireAgency(db, ref);
  const parent =
    row.parentId === null
      ? null
      : ((await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(eq(agencies.id, row.parentId)))[0] ?? null);
  const view = { agencyId: other.id, code: other.code, name: other.name, effectiveFrom: agencySuccessions.effectiveFrom };
  const predecessors = await db
    .select(view)
    .from(agencySuccessions)
    .innerJoin(other, eq(other.id, agencySuccessions.predecessorId))
    .where(eq(agencySuccessions.successorId, row.id))
    .orderBy(agencySuccessions.effectiveFrom, other.code);
  const successors = await db
    .select(view)
    .from(agencySuccessions)
    .innerJoin(other, eq(other.id, agencySuccessions.successorId))
    .where(eq(agencySuccessions.predecessorId, row.id))
    .orderBy(agencySuccessions.effectiveFrom, other.code);
  return { ...row, parent, predecessors, successors };
}
