import type { Executor } from '../db/types';
import { vietnamToday } from './agency-dates';
import { agencyColumns, requireAgency, type AgencyRef } from './agency-record';
import { inSubtree } from './agency-subtree';
import { buildAgencyTree, type AgencyTreeNode } from './build-agency-tree';
import { agencies } from './schema';

/**
 * The agency tree as it stood on `asOf` (default: today in Vietnam): only agencies valid that day,
 * nested. With `root`, just that agency's subtree (empty when the root itself was not valid then).
 */
export async function getAgencyTree(
  db: Executor,
  input: { asOf?: string; root?: AgencyRef } = {},
): Promise<AgencyTreeNode[]> {
  const asOf = input.asOf ?? vietnamToday();
  const root = input.root ? await requireAgency(db, input.root) : null;
  // Every row, valid or not: the builder must know an invalid parent to hide the branch below it.
  const rows = await db
    .select(agencyColumns)
    .from(agencies)
    .where(root ? inSubtree(agencies.path, root.path) : undefined);
  return buildAgencyTree(rows, asOf);
}
