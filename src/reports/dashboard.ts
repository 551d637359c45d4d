import { eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { procedures, procedureVersions } from '../catalog/schema';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { cellConditions, classifiedDossiers } from './classify-sql';
import { MAX_TREND_MONTHS, monthCount, monthSlices, rankWorst, withRates, type MonthSlice, type RatedRow } from './dashboard-figures';
import type { Form06Row } from './form06';
import { addCounts, figuresOf, zeroCounts, type CountRow, type Figures } from './form06-figures';
import { checkPeriod, type Period } from './periods';
import { reportReaders, resolveReportScope, type ReportScope } from './report-scope';

export interface DashboardQuery extends Period {
  readonly agencyCode: string;
}

export type DashboardRow = RatedRow<Form06Row>;

/** A month of the period: its new receipts and what was resolved in it (the period's figures split by month). */
export interface DashboardMonth extends MonthSlice {
  receivedNew: number;
  online: number;
  directOrPostal: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

export interface Dashboard {
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  total: RatedRow<Figures>;
  /** Form 06 by child agency (drill down with `by=child&row=key`). */
  byChild: DashboardRow[];
  /** The period month by month (drill down with the month's from/to). */
  months: DashboardMonth[];
  /** Most total overdue by procedure (`by=procedure&row=key`). */
  worstProcedures: DashboardRow[];
  /** Most total overdue by agency holding the dossiers (`by=agency&row=key`). */
  worstUnits: DashboardRow[];
}

/** How many rows the worst-procedure and worst-unit tables show. */
export const WORST_LIMIT = 10;

/** The eight disjoint counts of form 06, from the one definition of each cell. */
const countColumns = sql`
  count(*) filter (where ${cellConditions['received.carriedOver']})::int as carried_over,
  count(*) filter (where ${cellConditions['received.online']})::int as new_online,
  count(*) filter (where ${cellConditions['received.directOrPostal']})::int as new_direct,
  count(*) filter (where ${cellConditions['resolved.early']})::int as early,
  count(*) filter (where ${cellConditions['resolved.onTime']})::int as on_time,
  count(*) filter (where ${cellConditions['resolved.late']})::int as late,
  count(*) filter (where ${cellConditions['pending.notDue']})::int as not_due,
  count(*) filter (where ${cellConditions['pending.overdue']})::int as overdue`;

/** YYYY-MM of an instant in Vietnam time (UTC+7, the same shift classify-sql uses for days). */
const vietnamMonth = (column: string) => sql.raw(`to_char((c.${column} at time zone 'UTC') + interval '7 hours', 'YYYY-MM')`);

type Grouping = 'child' | 'procedure' | 'unit' | 'received' | 'finished' | 'total';
type GroupedCounts = Record<Grouping, Map<string, CountRow>>;

/**
 * Every figure of the dashboard in one pass over the period's classified dossiers (grouping sets):
 * by child agency (the report's rows), by procedure, by agency holding the dossiers (the rows of the
 * `by=agency` report, joined from its own row map), by month of receipt and by month of finish.
 */
async function countAll(db: Executor, child: ReportScope, units: ReportScope): Promise<GroupedCounts> {
  const result = await db.execute<CountRow & { g: Grouping; key: string | null }>(sql`
    with ${classifiedDossiers(child.start, child.end, child.rowMap)},
    unitmap as (select u.agency_id, u.row_id as unit_id from jsonb_to_recordset(${units.rowMap}::jsonb) as u(agency_id int, row_id int)),
    tagged as (
      select c.*, u.unit_id, ${vietnamMonth('received_at')} as received_month, ${vietnamMonth('finished_at')} as finished_month
      from classified c left join unitmap u on u.agency_id = c.agency_id
    )
    select
      case
        when grouping(row_id) = 0 then 'child'
        when grouping(procedure_id) = 0 then 'procedure'
        when grouping(unit_id) = 0 then 'unit'
        when grouping(received_month) = 0 then 'received'
        when grouping(finished_month) = 0 then 'finished'
        else 'total' end as g,
      coalesce(row_id::text, procedure_id::text, unit_id::text, received_month, finished_month) as key,
      ${countColumns}
    from tagged
    group by grouping sets ((row_id), (procedure_id), (unit_id), (received_month), (finished_month), ())`);
  const groups: GroupedCounts = { child: new Map(), procedure: new Map(), unit: new Map(), received: new Map(), finished: new Map(), total: new Map() };
  for (const r of result.rows) groups[r.g].set(r.key ?? '', r);
  return groups;
}

/** Agency rows of a scope: every row agency of the period (zeros included), in tree order. */
function agencyRows(scope: ReportScope, counts: Map<string, CountRow>): Form06Row[] {
  const keys = [...new Set([...scope.plan.rows.map(String), ...counts.keys()])];
  return keys
    .map((k) => ({ k, agency: scope.rowAgencies.get(Number(k)) }))
    .sort((a, b) => ((a.agency?.path ?? '') < (b.agency?.path ?? '') ? -1 : (a.agency?.path ?? '') > (b.agency?.path ?? '') ? 1 : 0))
    .map(({ k, agency }) => ({ key: agency?.code ?? k, name: agency?.name ?? k, ...figuresOf(counts.get(k) ?? zeroCounts) }));
}

/** The worst procedures, named with their current version as form 06 names them. */
async function worstProcedures(db: Executor, counts: Map<string, CountRow>): Promise<DashboardRow[]> {
  const ranked = rankWorst(
    [...counts].map(([id, c]) => ({ key: id, name: id, ...figuresOf(c) })),
    WORST_LIMIT,
  );
  const ids = ranked.map((r) => Number(r.key)).filter(Number.isFinite);
  const names =
    ids.length === 0
      ? []
      : await db
          .select({ id: procedures.id, code: procedures.code, name: procedureVersions.name })
          .from(procedures)
          .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
          .where(inArray(procedures.id, ids));
  const byId = new Map(names.map((n) => [String(n.id), n]));
  return ranked.map((r) => ({ ...r, key: byId.get(r.key)?.code ?? r.key, name: byId.get(r.key)?.name ?? r.key }));
}

function monthsOf(period: Period, groups: GroupedCounts): DashboardMonth[] {
  return monthSlices(period).map((slice) => {
    const received = groups.received.get(slice.month) ?? zeroCounts;
    const finished = groups.finished.get(slice.month) ?? zeroCounts;
    const resolved = finished.early + finished.on_time + finished.late;
    return {
      ...slice,
      receivedNew: received.new_online + received.new_direct,
      online: received.new_online,
      directOrPostal: received.new_direct,
      resolved,
      early: finished.early,
      onTime: finished.on_time,
      late: finished.late,
      onTimeRate: resolved === 0 ? null : (finished.early + finished.on_time) / resolved,
    };
  });
}

/** Refuses a period too long to draw month by month, before any heavy query. */
export function checkDashboardPeriod(query: Period): Period {
  const period = checkPeriod(query);
  const months = monthCount(period);
  if (months > MAX_TREND_MONTHS) throw new AppError('DASHBOARD_PERIOD_TOO_LONG', { max: MAX_TREND_MONTHS, months });
  return period;
}

/**
 * The dashboard's figures of a subtree and period, for whoever `actor` is (the public statistics use
 * the system actor). One classification of the period, the very one of form 06, split several ways.
 */
export async function dashboardFigures(db: Executor, actor: Actor, query: DashboardQuery) {
  const period = checkDashboardPeriod(query);
  const base = { agencyCode: query.agencyCode, from: period.from, to: period.to };
  // The report scopes check the agency and that the actor may read its subtree.
  const child = await resolveReportScope(db, actor, { ...base, by: 'child' });
  const units = await resolveReportScope(db, actor, { ...base, by: 'agency' });
  const groups = await countAll(db, child, units);
  return {
    from: period.from,
    to: period.to,
    agency: child.root.code,
    agencyName: child.root.name,
    total: figuresOf(groups.total.get('') ?? [...groups.child.values()].reduce(addCounts, zeroCounts)),
    byChild: agencyRows(child, groups.child),
    byUnit: agencyRows(units, groups.unit),
    groups,
    months: monthsOf(period, groups),
  };
}

/**
 * The monitoring dashboard of an agency subtree over a period: totals, rows by child agency, the
 * month-by-month trend, and the procedures and units with the most overdue dossiers. Every figure is
 * a form 06 figure (same scope, same definitions), so each one drills down to its dossiers.
 */
export async function computeDashboard(db: Executor, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  authorize(actor, { anyOf: reportReaders });
  const f = await dashboardFigures(db, actor, query);
  return {
    from: f.from,
    to: f.to,
    agency: f.agency,
    agencyName: f.agencyName,
    total: withRates(f.total),
    byChild: f.byChild.map(withRates),
    months: f.months,
    worstProcedures: await worstProcedures(db, f.groups.procedure),
    worstUnits: rankWorst(f.byUnit, WORST_LIMIT),
  };
}
