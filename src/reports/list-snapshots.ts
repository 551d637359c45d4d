import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize, scopesOf } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { requireAgency } from '../agencies/agency-record';
import { reportReaders } from './report-scope';
import { reportSnapshots } from './schema';
import { summaryOf, type SnapshotSummary } from './snapshot-record';

export interface ListSnapshotsInput {
  /** Only reports of this agency and the agencies below it. */
  readonly agencyCode?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** Published reports the actor may read (their subtrees), newest first. */
export async function listSnapshots(db: Executor, actor: Actor, input: ListSnapshotsInput): Promise<{ total: number; items: SnapshotSummary[] }> {
  authorize(actor, { anyOf: reportReaders });
  const conditions: SQL[] = [];
  const scopes = scopesOf(actor, reportReaders);
  if (!scopes.includes(null)) {
    const paths = scopes.filter((p): p is string => p !== null);
    conditions.push(or(...paths.map((p) => like(agencies.path, `${p}%`)))!);
  }
  if (input.agencyCode !== undefined) {
    const root = await requireAgency(db, { code: input.agencyCode });
    conditions.push(like(agencies.path, `${root.path}%`));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(reportSnapshots)
    .innerJoin(agencies, eq(agencies.id, reportSnapshots.agencyId))
    .where(where);
  const rows = await db
    .select({ row: reportSnapshots })
    .from(reportSnapshots)
    .innerJoin(agencies, eq(agencies.id, reportSnapshots.agencyId))
    .where(where)
    .orderBy(desc(reportSnapshots.publishedAt), desc(reportSnapshots.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { total: n, items: rows.map((r) => summaryOf(r.row)) };
}
