import { systemActor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { resolveLateScope } from './late-scope';
import { lateDossiersOf, type Lateness } from './late-dossiers';
import { lateOfficialsOf } from './late-officials';
import { monthEnded, monthLabel, monthPeriod, parseMonth } from './late-format';
import type { LateLevel } from './late-units';

/**
 * The published lists of a closed month for the citizen portal: what provinces publish — officials'
 * names and units with the dossier codes, and the late dossiers — never an applicant's personal data
 * nor an official's sign-in name. Anyone may read them, hence the system actor for the computation.
 */
export interface PublishedLateLists {
  month: string;
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  officials: {
    total: number;
    units: number;
    levels: {
      level: LateLevel;
      label: string;
      officials: number;
      units: number;
      rows: { name: string; agencyCode: string; agencyName: string; dossierCodes: string[]; dossierCount: number }[];
    }[];
  };
  dossiers: {
    total: number;
    actual: number;
    softwareOnly: number;
    levels: {
      level: LateLevel;
      label: string;
      total: number;
      rows: {
        code: string;
        procedureCode: string;
        procedureName: string;
        agencyName: string;
        unitName: string;
        receivedAt: Date;
        dueAt: Date;
        finishedAt: Date;
        lateness: Lateness;
      }[];
    }[];
  };
}

export async function listPublishedLateLists(db: Executor, input: { agencyCode: string; month: string; now: Date }): Promise<PublishedLateLists> {
  const month = parseMonth(input.month);
  if (!monthEnded(month, input.now)) throw new AppError('LATE_MONTH_NOT_ENDED', { month: monthLabel(month) });
  const scope = await resolveLateScope(db, systemActor, { agencyCode: input.agencyCode, ...monthPeriod(month) });
  const dossiers = await lateDossiersOf(db, scope);
  const officials = await lateOfficialsOf(db, scope);
  return {
    month: input.month.trim(),
    from: dossiers.from,
    to: dossiers.to,
    agency: dossiers.agency,
    agencyName: dossiers.agencyName,
    officials: {
      total: officials.officials,
      units: officials.units,
      levels: officials.levels.map((l) => ({
        level: l.level,
        label: l.label,
        officials: l.officials,
        units: l.units,
        rows: l.rows.map((r) => ({ name: r.name, agencyCode: r.agencyCode, agencyName: r.agencyName, dossierCodes: r.dossierCodes, dossierCount: r.dossierCount })),
      })),
    },
    dossiers: {
      total: dossiers.total,
      actual: dossiers.actual,
      softwareOnly: dossiers.softwareOnly,
      levels: dossiers.levels.map((l) => ({
        level: l.level,
        label: l.label,
        total: l.total,
        rows: l.rows.map((r) => ({
          code: r.code,
          procedureCode: r.procedureCode,
          procedureName: r.procedureName,
          agencyName: r.agencyName,
          unitName: r.unitName,
          receivedAt: r.receivedAt,
          dueAt: r.dueAt,
          finishedAt: r.finishedAt,
          lateness: r.lateness,
        })),
      })),
    },
  };
}
