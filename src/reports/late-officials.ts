import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { cellConditions, classifiedDossiers } from './classify-sql';
import { reportReaders } from './report-scope';
import { resolveLateScope, type LateQuery, type LateScope } from './late-scope';
import { groupByLevel, unitsOf, type LateLevel } from './late-units';
import { compareVietnameseNames } from './late-format';

export interface StepTimes {
  readonly startedAt: Date | null;
  readonly dueAt: Date | null;
  readonly completedAt: Date | null;
}

/**
 * Whether the holder of a step of a late dossier overran it (domain reference, Decision), judged
 * against the dossier's finish (when it was closed in the system):
 * - a step completed (done or sent back) after its own due time, that due time falling before the
 *   finish — a step whose due time came only after the finish (the hand-over at the desk) cannot have
 *   made the dossier late;
 * - a step started but never completed (dropped when a leader concluded early, or still open at the
 *   finish) whose due time passed before the finish.
 * Steps never started (waiting, cancelled unstarted) or without a due time are never counted.
 */
export function stepOverran(step: StepTimes, finishedAt: Date): boolean {
  if (step.dueAt === null || step.dueAt.getTime() >= finishedAt.getTime()) return false;
  if (step.completedAt !== null) return step.completedAt.getTime() > step.dueAt.getTime();
  return step.startedAt !== null;
}

export interface LateStep {
  dossierCode: string;
  stepName: string;
  stepAgencyCode: string;
  dueAt: Date;
  completedAt: Date | null;
}

export interface LateOfficialRow {
  username: string;
  name: string;
  /** The unit the overrun step belongs to (the step's agency, rolled up like the dossiers). */
  agencyCode: string;
  agencyName: string;
  /** The agency the official works for, when known. */
  officialAgencyCode: string | null;
  dossierCodes: string[];
  dossierCount: number;
  steps: LateStep[];
}

export interface LateOfficialLevel {
  level: LateLevel;
  label: string;
  /** Distinct officials and units of the level. */
  officials: number;
  units: number;
  unitList: { code: string; name: string; count: number }[];
  rows: LateOfficialRow[];
}

/**
 * Officials who overran a step of a dossier resolved late in the period, one row per official and
 * unit: `{ from, to, agency, agencyName, officials, units, levels: [{ level, label, officials, units,
 * unitList: [{ code, name, count }], rows: [{ username, name, agencyCode, agencyName,
 * officialAgencyCode, dossierCodes, dossierCount, steps }] }] }`. The holder of a step is who completed
 * it, else whom it was assigned to; an unassigned step names no one.
 */
export interface LateOfficialList {
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  officials: number;
  units: number;
  levels: LateOfficialLevel[];
}

type RawStep = {
  dossierCode: string;
  finishedAt: Date;
  stepName: string;
  stepAgencyId: number;
  stepAgencyCode: string;
  userId: number;
  username: string;
  name: string;
  officialAgencyCode: string | null;
  startedAt: Date | null;
  dueAt: Date | null;
  completedAt: Date | null;
};

type Placed = LateOfficialRow & { userId: number; unitPath: string; level: LateLevel };

const date = (v: Date | string | null) => (v === null ? null : new Date(v));
const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

/** The rows of a resolved scope, before grouping by level. */
export async function loadLateOfficials(db: Executor, scope: LateScope): Promise<Placed[]> {
  const result = await db.execute<RawStep>(sql`
    with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)},
    late as (select id, code, finished_at from classified where ${cellConditions['resolved.late']})
    select l.code as "dossierCode", l.finished_at as "finishedAt", s.name as "stepName", s.agency_id as "stepAgencyId",
      sa.code as "stepAgencyCode", u.id as "userId", u.username, u.full_name as "name", ua.code as "officialAgencyCode",
      s.started_at as "startedAt", s.due_at as "dueAt", s.completed_at as "completedAt"
    from late l
    join dossier_steps s on s.dossier_id = l.id
    join agencies sa on sa.id = s.agency_id
    join users u on u.id = coalesce(s.completed_by, s.assignee_id)
    left join agencies ua on ua.id = u.agency_id
    where s.due_at is not null`);
  const rows = new Map<string, Placed>();
  for (const raw of result.rows) {
    const step = { startedAt: date(raw.startedAt), dueAt: date(raw.dueAt), completedAt: date(raw.completedAt) };
    if (!stepOverran(step, new Date(raw.finishedAt))) continue;
    const unit = scope.unitOf(raw.stepAgencyId);
    const key = `${unit.id}:${raw.userId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        userId: raw.userId,
        username: raw.username,
        name: raw.name,
        agencyCode: unit.code,
        agencyName: unit.name,
        officialAgencyCode: raw.officialAgencyCode,
        dossierCodes: [],
        dossierCount: 0,
        steps: [],
        unitPath: unit.path,
        level: unit.level,
      };
      rows.set(key, row);
    }
    row.steps.push({ dossierCode: raw.dossierCode, stepName: raw.stepName, stepAgencyCode: raw.stepAgencyCode, dueAt: step.dueAt!, completedAt: step.completedAt });
  }
  for (const row of rows.values()) {
    row.dossierCodes = [...new Set(row.steps.map((s) => s.dossierCode))].sort();
    row.dossierCount = row.dossierCodes.length;
    row.steps.sort((a, b) => byText(a.dossierCode, b.dossierCode) || a.dueAt.getTime() - b.dueAt.getTime());
  }
  return [...rows.values()].sort(
    (a, b) => (a.unitPath < b.unitPath ? -1 : a.unitPath > b.unitPath ? 1 : 0) || compareVietnameseNames(a.name, b.name) || byText(a.username, b.username),
  );
}

/** Groups loaded rows by level (pure). */
export function lateOfficialLevels(rows: readonly Placed[]): LateOfficialLevel[] {
  return groupByLevel(rows, (r) => r.level).map((g) => {
    const unitList = unitsOf(g.rows, (r) => ({ code: r.agencyCode, name: r.agencyName, path: r.unitPath }));
    return {
      level: g.level,
      label: g.label,
      officials: new Set(g.rows.map((r) => r.userId)).size,
      units: unitList.length,
      unitList,
      rows: g.rows.map(({ userId: _u, unitPath: _p, level: _l, ...r }) => r),
    };
  });
}

export async function lateOfficialsOf(db: Executor, scope: LateScope): Promise<LateOfficialList> {
  const rows = await loadLateOfficials(db, scope);
  return {
    from: scope.period.from,
    to: scope.period.to,
    agency: scope.root.code,
    agencyName: scope.root.name,
    officials: new Set(rows.map((r) => r.userId)).size,
    units: new Set(rows.map((r) => r.agencyCode)).size,
    levels: lateOfficialLevels(rows),
  };
}

/** Officials responsible for the dossiers resolved late in a period under an agency. */
export async function listLateOfficials(db: Executor, actor: Actor, query: LateQuery): Promise<LateOfficialList> {
  authorize(actor, { anyOf: reportReaders });
  return lateOfficialsOf(db, await resolveLateScope(db, actor, query));
}
