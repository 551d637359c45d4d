import type { Executor } from '../db/types';
import { requireAgency } from './agency-record';
import { agencies, agencySuccessions } from './schema';
import {
  indexSuccessions,
  planReportRows,
  type HistoricalAgency,
  type ReportRowPlan,
  type RowGrouping,
  type SuccessionIndex,
} from './succession-rollup';

export interface RollupData {
  readonly agencies: HistoricalAgency[];
  readonly successions: SuccessionIndex;
}

/** Every agency that ever existed and every succession: the input of the pure rollup functions. */
export async function loadRollupData(db: Executor): Promise<RollupData> {
  const rows = await db
    .select({
      id: agencies.id,
      parentId: agencies.parentId,
      path: agencies.path,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
    })
    .from(agencies);
  const links = await db
    .select({
      predecessorId: agencySuccessions.predecessorId,
      successorId: agencySuccessions.successorId,
      effectiveFrom: agencySuccessions.effectiveFrom,
    })
    .from(agencySuccessions);
  return { agencies: rows, successions: indexSuccessions(links) };
}

/**
 * For a report on [periodStart, periodEnd] under a root agency: the row each agency's dossiers go to
 * (successors as of the period end) and the rows to show.
 */
export async function loadReportRows(
  db: Executor,
  input: { rootId: number; periodStart: string; periodEnd: string; groupBy?: RowGrouping },
): Promise<ReportRowPlan> {
  await requireAgency(db, { id: input.rootId });
  const data = await loadRollupData(db);
  return planReportRows({ ...data, ...input });
}
