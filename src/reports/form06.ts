import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { classifiedDossiers } from './classify-sql';
import { countByRowFromDayCounts } from './count-from-day-counts';
import { addCounts, figuresOf, zeroCounts, type CountRow, type Figures } from './form06-figures';
import { resolveReportScope, type ReportGrouping, type ReportQuery, type ReportScope } from './report-scope';
import { agencyLevelLabels } from './level-labels';

export interface Form06Row extends Figures {
  key: string;
  name: string;
}

export interface Form06Report {
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  by: ReportGrouping;
  rows: Form06Row[];
  total: Figures;
}

/** The SQL expression giving a dossier's row key for a grouping. */
export function keyExpression(by: ReportGrouping) {
  switch (by) {
    case 'child':
    case 'agency':
      return sql`c.row_id::text`;
    case 'procedure':
      return sql`c.procedure_id::text`;
    case 'field':
      return sql`(select v.field_id from procedure_versions v where v.id = c.procedure_version_id)::text`;
    case 'level':
      return sql`(select a.level from agencies a where a.id = c.row_id)::text`;
  }
}

/**
 * Eight disjoint counts per row key; the totals are derived from them (form06-figures.ts). Groupings by
 * agency read the maintained day counts; by procedure or field every dossier is classified.
 */
export async function countByKey(db: Executor, scope: ReportScope, by: ReportGrouping): Promise<Map<string, CountRow>> {
  if (by === 'procedure' || by === 'field') return countByKeyClassified(db, scope, by);
  const byRow = await countByRowFromDayCounts(db, scope);
  if (by !== 'level') return new Map([...byRow].map(([row, counts]) => [String(row), counts]));
  const byLevel = new Map<string, CountRow>();
  for (const [row, counts] of byRow) {
    const level = scope.rowAgencies.get(row)?.level ?? '';
    byLevel.set(level, addCounts(byLevel.get(level) ?? zeroCounts, counts));
  }
  return byLevel;
}

/** The same counts by classifying every dossier of the period: the definition, for any grouping. */
export async function countByKeyClassified(db: Executor, scope: ReportScope, by: ReportGrouping): Promise<Map<string, CountRow>> {
  const result = await db.execute<CountRow & { key: string }>(sql`
    with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)}
    select ${keyExpression(by)} as key,
      count(*) filter (where carried_over)::int as carried_over,
      count(*) filter (where new_online)::int as new_online,
      count(*) filter (where new_direct)::int as new_direct,
      count(*) filter (where resolved and early)::int as early,
      count(*) filter (where resolved and not late and not early)::int as on_time,
      count(*) filter (where resolved and late)::int as late,
      count(*) filter (where pending and not overdue)::int as not_due,
      count(*) filter (where overdue)::int as overdue
    from classified c
    group by 1`);
  return new Map(result.rows.map((r) => [r.key ?? '', r]));
}

async function rowNames(db: Executor, scope: ReportScope, by: ReportGrouping, keys: string[]): Promise<Map<string, { key: string; name: string; order: string }>> {
  const names = new Map<string, { key: string; name: string; order: string }>();
  if (by === 'child' || by === 'agency') {
    for (const id of keys) {
      const a = scope.rowAgencies.get(Number(id));
      if (a) names.set(id, { key: a.code, name: a.name, order: a.path });
    }
  } else if (by === 'level') {
    for (const k of keys) names.set(k, { key: k, name: agencyLevelLabels[k as keyof typeof agencyLevelLabels] ?? k, order: levelOrder(k) });
  } else if (keys.length > 0) {
    const ids = keys.map(Number).filter(Number.isFinite);
    const rows =
      by === 'procedure'
        ? await db.execute<{ id: number; code: string; name: string }>(sql`
            select p.id, p.code, v.name from procedures p join procedure_versions v on v.id = p.current_version_id
            where p.id in ${sql`(${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`}`)
        : await db.execute<{ id: number; code: string; name: string }>(sql`
            select f.id, f.code, f.name from procedure_fields f where f.id in ${sql`(${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`}`);
    for (const r of rows.rows) names.set(String(r.id), { key: r.code, name: r.name, order: r.code });
  }
  return names;
}

function levelOrder(level: string): string {
  return String(['province', 'department', 'district', 'commune', 'unit'].indexOf(level)).padStart(2, '0');
}

/**
 * The standard report for an agency subtree and period, one row per group plus the total. With
 * `by: 'child'` every child of the agency that existed in the period has a row (zeros included), each
 * rolling up its subtree; merged units go to their successor when the period ends after the merger.
 */
export async function computeForm06(db: Executor, actor: Actor, query: ReportQuery): Promise<Form06Report> {
  const scope = await resolveReportScope(db, actor, query);
  const counts = await countByKey(db, scope, query.by);
  const keys =
    query.by === 'child' || query.by === 'agency'
      ? [...new Set([...scope.plan.rows.map(String), ...counts.keys()])]
      : [...counts.keys()];
  const names = await rowNames(db, scope, query.by, keys);
  const rows = keys
    .map((k) => ({ k, label: names.get(k) ?? { key: k, name: k, order: k } }))
    .sort((a, b) => (a.label.order < b.label.order ? -1 : a.label.order > b.label.order ? 1 : 0))
    .map(({ k, label }) => ({ key: label.key, name: label.name, ...figuresOf(counts.get(k) ?? zeroCounts) }));
  const total = figuresOf([...counts.values()].reduce(addCounts, zeroCounts));
  return { from: scope.period.from, to: scope.period.to, agency: scope.root.code, agencyName: scope.root.name, by: query.by, rows, total };
}
