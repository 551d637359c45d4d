import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { levelRank } from './agency-levels';
import { agencyColumns, requireAgency, type AgencyRow } from './agency-record';
import { agencyValidOn } from './agency-subtree';
import { agencies } from './schema';

/** The direct children of an agency; with `asOf`, only those valid that day. */
export async function listChildAgencies(db: Executor, input: { parentId: number; asOf?: string }): Promise<AgencyRow[]> {
  await requireAgency(db, { id: input.parentId });
  const rows = await db
    .select(agencyColumns)
    .from(agencies)
    .where(and(eq(agencies.parentId, input.parentId), input.asOf ? agencyValidOn(input.asOf) : undefined));
  return rows.sort((a, b) => levelRank[a.level] - levelRank[b.level] || a.name.localeCompare(b.name, 'vi') || a.id - b.id);
}
