import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { cellConditions, classifiedDossiers } from './classify-sql';
import { reportReaders } from './report-scope';
import { resolveLateScope, type LateQuery, type LateScope } from './late-scope';
import { groupByLevel, unitsOf, type LateLevel } from './late-units';

/** Late in reality, or only in the software: the result was signed on time but closed in the system late. */
export type Lateness = 'actual' | 'software';

export function latenessOf(d: { resultSignedAt: Date | null; dueAt: Date }): Lateness {
  return d.resultSignedAt !== null && d.resultSignedAt.getTime() <= d.dueAt.getTime() ? 'software' : 'actual';
}

export interface LateDossierRow {
  code: string;
  procedureCode: string;
  procedureName: string;
  /** The lead agency of the dossier. */
  agencyCode: string;
  agencyName: string;
  /** The unit it is listed under (its level gives the appendix). */
  unitCode: string;
  unitName: string;
  receivedAt: Date;
  /** Due time as it stood at the period end (the one form 06 judges by). */
  dueAt: Date;
  finishedAt: Date;
  resultSignedAt: Date | null;
  lateness: Lateness;
}

export interface LateDossierLevel {
  level: LateLevel;
  label: string;
  total: number;
  actual: number;
  softwareOnly: number;
  units: { code: string; name: string; count: number }[];
  rows: LateDossierRow[];
}

/**
 * Dossiers resolved late in a period, by level:
 * `{ from, to, agency, agencyName, total, actual, softwareOnly, levels: [{ level, label, total, actual,
 * softwareOnly, units: [{ code, name, count }], rows }] }`; levels in the order commune, district,
 * department, province, empty ones left out; rows by unit (tree order), then finish time.
 */
export interface LateDossierList {
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  total: number;
  actual: number;
  softwareOnly: number;
  levels: LateDossierLevel[];
}

type Raw = Omit<LateDossierRow, 'unitCode' | 'unitName' | 'lateness'> & { agencyId: number };

/** The late dossiers of a resolved scope: exactly form 06's `resolved.late` cell, with their unit. */
export async function loadLateDossiers(db: Executor, scope: LateScope): Promise<(LateDossierRow & { unitPath: string; level: LateLevel })[]> {
  const result = await db.execute<Raw>(sql`
    with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)}
    select c.code, c.agency_id as "agencyId", p.code as "procedureCode", coalesce(v.name, '') as "procedureName",
      a.code as "agencyCode", a.name as "agencyName", c.received_at as "receivedAt", c.due_at as "dueAt",
      c.finished_at as "finishedAt", c.result_signed_at as "resultSignedAt"
    from classified c
    join procedures p on p.id = c.procedure_id
    left join procedure_versions v on v.id = c.procedure_version_id
    join agencies a on a.id = c.agency_id
    where ${cellConditions['resolved.late']}`);
  const rows = result.rows.map(({ agencyId, ...r }) => {
    const unit = scope.unitOf(agencyId);
    const dueAt = new Date(r.dueAt);
    const resultSignedAt = r.resultSignedAt ? new Date(r.resultSignedAt) : null;
    return {
      ...r,
      receivedAt: new Date(r.receivedAt),
      dueAt,
      finishedAt: new Date(r.finishedAt),
      resultSignedAt,
      unitCode: unit.code,
      unitName: unit.name,
      unitPath: unit.path,
      level: unit.level,
      lateness: latenessOf({ resultSignedAt, dueAt }),
    };
  });
  return rows.sort(
    (a, b) =>
      (a.unitPath < b.unitPath ? -1 : a.unitPath > b.unitPath ? 1 : 0) ||
      a.finishedAt.getTime() - b.finishedAt.getTime() ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

const countBy = (rows: readonly LateDossierRow[]) => ({
  total: rows.length,
  actual: rows.filter((r) => r.lateness === 'actual').length,
  softwareOnly: rows.filter((r) => r.lateness === 'software').length,
});

/** Groups loaded rows by level (pure). */
export function lateDossierLevels(rows: readonly (LateDossierRow & { unitPath: string; level: LateLevel })[]): LateDossierLevel[] {
  return groupByLevel(rows, (r) => r.level).map((g) => ({
    level: g.level,
    label: g.label,
    ...countBy(g.rows),
    units: unitsOf(g.rows, (r) => ({ code: r.unitCode, name: r.unitName, path: r.unitPath })),
    rows: g.rows.map(({ unitPath: _p, level: _l, ...r }) => r),
  }));
}

export async function lateDossiersOf(db: Executor, scope: LateScope): Promise<LateDossierList> {
  const rows = await loadLateDossiers(db, scope);
  return {
    from: scope.period.from,
    to: scope.period.to,
    agency: scope.root.code,
    agencyName: scope.root.name,
    ...countBy(rows),
    levels: lateDossierLevels(rows),
  };
}

/** The dossiers resolved late in a period under an agency, for its monitors, leaders and administrators. */
export async function listLateDossiers(db: Executor, actor: Actor, query: LateQuery): Promise<LateDossierList> {
  authorize(actor, { anyOf: reportReaders });
  return lateDossiersOf(db, await resolveLateScope(db, actor, query));
}
