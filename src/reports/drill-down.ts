import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { cellConditions, classifiedDossiers, type ReportCell } from './classify-sql';
import { keyExpression } from './form06';
import { resolveReportScope, type ReportGrouping, type ReportQuery, type ReportScope } from './report-scope';

export interface DrillDownQuery extends ReportQuery {
  /** The row's key as the report shows it (agency code, procedure code, field code, level); omitted = total. */
  readonly row?: string | undefined;
  readonly cell: ReportCell;
  readonly page: number;
  readonly pageSize: number;
}

export type DrillDownItem = {
  code: string;
  procedureCode: string;
  procedureName: string;
  agencyCode: string;
  agencyName: string;
  channel: string;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  resultSignedAt: Date | null;
  outcome: string | null;
};

async function internalKey(db: Executor, scope: ReportScope, by: ReportGrouping, row: string): Promise<string | null> {
  switch (by) {
    case 'child':
    case 'agency': {
      for (const [id, a] of scope.rowAgencies) if (a.code === row) return String(id);
      return null;
    }
    case 'level':
      return row;
    case 'procedure': {
      const r = await db.execute<{ id: number }>(sql`select id from procedures where code = ${row}`);
      return r.rows[0] ? String(r.rows[0].id) : null;
    }
    case 'field': {
      const r = await db.execute<{ id: number }>(sql`select id from procedure_fields where code = ${row}`);
      return r.rows[0] ? String(r.rows[0].id) : null;
    }
  }
}

/** The dossiers behind one cell of the standard report: same scope, same definitions, paged. */
export async function drillDown(db: Executor, actor: Actor, query: DrillDownQuery) {
  if (!(query.cell in cellConditions)) throw new AppError('REPORT_INVALID_CELL', { cell: query.cell });
  const scope = await resolveReportScope(db, actor, query);
  const key = query.row === undefined ? null : await internalKey(db, scope, query.by, query.row);
  if (query.row !== undefined && key === null) return { total: 0, items: [] as DrillDownItem[] };
  const where = sql`(${cellConditions[query.cell]})${key === null ? sql`` : sql` and ${keyExpression(query.by)} = ${key}`}`;
  const head = sql`with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)}`;
  const count = await db.execute<{ n: number }>(sql`${head} select count(*)::int as n from classified c where ${where}`);
  const items = await db.execute<DrillDownItem>(sql`${head}
    select c.code, p.code as "procedureCode", coalesce(v.name, '') as "procedureName", a.code as "agencyCode", a.name as "agencyName",
      c.channel, c.received_at as "receivedAt", c.due_at as "dueAt", c.finished_at as "finishedAt",
      c.result_signed_at as "resultSignedAt", c.outcome
    from classified c
    join procedures p on p.id = c.procedure_id
    left join procedure_versions v on v.id = c.procedure_version_id
    join agencies a on a.id = c.agency_id
    where ${where}
    order by c.received_at, c.code
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
  return {
    total: count.rows[0]?.n ?? 0,
    items: items.rows.map((r) => ({
      ...r,
      receivedAt: new Date(r.receivedAt),
      dueAt: r.dueAt ? new Date(r.dueAt) : null,
      finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
      resultSignedAt: r.resultSignedAt ? new Date(r.resultSignedAt) : null,
    })),
  };
}
