import { inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { requireAgency } from '../agencies/agency-record';
import { loadReportRows } from '../agencies/load-report-rows';
import { checkPeriod, periodInstants, type Period } from './periods';

export const reportGroupings = ['child', 'agency', 'procedure', 'field', 'level'] as const;
export type ReportGrouping = (typeof reportGroupings)[number];

export interface ReportQuery extends Period {
  readonly agencyCode: string;
  readonly by: ReportGrouping;
}

/** Who may read statistics of an agency subtree: its monitors, leaders and administrators. */
export const reportReaders = ['monitor', 'leader', 'admin'] as const;

/** Everything a report query needs: the root, the instants, and the row of each agency's dossiers. */
export async function resolveReportScope(db: Executor, actor: Actor, query: ReportQuery) {
  const period = checkPeriod(query);
  const root = await requireAgency(db, { code: query.agencyCode });
  authorize(actor, { anyOf: reportReaders, agencyPath: root.path });
  const plan = await loadReportRows(db, {
    rootId: root.id,
    periodStart: period.from,
    periodEnd: period.to,
    groupBy: query.by === 'child' ? 'child-of-root' : 'agency',
  });
  const rowMap = JSON.stringify([...plan.rowOf].map(([agency_id, row_id]) => ({ agency_id, row_id })));
  const rowAgencyIds = [...new Set([...plan.rows, ...plan.rowOf.values()])];
  const rowAgencies =
    rowAgencyIds.length === 0
      ? []
      : await db
          .select({ id: agencies.id, code: agencies.code, name: agencies.name, level: agencies.level, path: agencies.path })
          .from(agencies)
          .where(inArray(agencies.id, rowAgencyIds));
  return { period, root, plan, rowMap, rowAgencies: new Map(rowAgencies.map((a) => [a.id, a])), ...periodInstants(period) };
}

export type ReportScope = Awaited<ReturnType<typeof resolveReportScope>>;
