import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { userRoles, users } from '../accounts/schema';
import { agencies } from '../agencies/schema';
import { procedures, procedureVersions } from '../catalog/schema';
import { addDays, addMonths } from '../calendar/vietnam-time';
import type { Executor } from '../db/types';
import { generateHistory, type HistoryAgency, type HistoryOfficial, type HistoryProcedure } from './generate-history';
import { Prng } from './prng';
import { vietnameseName } from './vietnamese-names';

export interface DemoHistoryOptions {
  /** Last receipt date (Vietnam time), e.g. yesterday. */
  readonly to: string;
  readonly months?: number;
  readonly count?: number;
  readonly seed?: number;
  /** Nothing after this instant is in the history; default the end of `to`. */
  readonly asOf?: Date;
}

/**
 * NDJSON lines of a realistic history for the agencies, procedures and officials already in the
 * database (the demo province): `months` months of receipts ending on `to`, ready for importHistory.
 * Lead agencies whose subtree has no official get two made-up officials (official lines first), so
 * every dossier's steps are held by someone of its agency.
 */
export async function generateDemoHistory(db: Executor, options: DemoHistoryOptions): Promise<string[]> {
  const months = options.months ?? 12;
  const from = addDays(addMonths(options.to, -months), 1);
  const parent = alias(agencies, 'parent');
  const agencyRows = await db
    .select({ code: agencies.code, level: agencies.level, parent: parent.code, validFrom: agencies.validFrom, validTo: agencies.validTo })
    .from(agencies)
    .leftJoin(parent, eq(parent.id, agencies.parentId));
  const historyAgencies: HistoryAgency[] = agencyRows.map((a) => ({ ...a, parent: a.parent ?? null }));
  const byLevel = (level: string) => historyAgencies.filter((a) => a.level === level).map((a) => a.code);

  const implementing = alias(agencies, 'implementing');
  const procedureRows = await db
    .select({
      code: procedures.code,
      days: procedureVersions.publishedDuration,
      unit: procedureVersions.timeUnit,
      levels: procedureVersions.levels,
      implementing: implementing.code,
    })
    .from(procedures)
    .innerJoin(procedureVersions, and(eq(procedureVersions.id, procedures.currentVersionId), eq(procedureVersions.status, 'active')))
    .leftJoin(implementing, eq(implementing.id, procedureVersions.implementingAgencyId))
    .orderBy(procedures.code);
  const historyProcedures: HistoryProcedure[] = procedureRows
    .map((p) => {
      const leads = new Set<string>();
      if (p.levels.includes('commune')) byLevel('commune').forEach((c) => leads.add(c));
      if (p.levels.includes('district')) byLevel('district').forEach((c) => leads.add(c));
      if (p.levels.includes('province') || p.levels.includes('department')) {
        (p.implementing ? [p.implementing] : byLevel('department')).forEach((c) => leads.add(c));
      }
      return { code: p.code, days: p.days, unit: p.unit, agencies: [...leads] };
    })
    .filter((p) => p.agencies.length > 0);

  const officialRows = await db
    .selectDistinct({ username: users.username, agency: agencies.code })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNotNull(users.agencyId), eq(users.active, true), inArray(userRoles.role, ['receiving_officer', 'specialist', 'leader'])))
    .orderBy(users.username);
  const officials: HistoryOfficial[] = [...officialRows];

  // Every lead agency needs someone in its subtree to hold the steps.
  const rng = new Prng((options.seed ?? 2026) ^ 0x5eed);
  const childrenOf = new Map<string, string[]>();
  for (const a of historyAgencies) if (a.parent) childrenOf.set(a.parent, [...(childrenOf.get(a.parent) ?? []), a.code]);
  const staffed = (code: string): boolean => officials.some((o) => o.agency === code) || (childrenOf.get(code) ?? []).some(staffed);
  const lines: string[] = [];
  const leads = [...new Set(historyProcedures.flatMap((p) => p.agencies ?? []))].sort();
  for (const code of leads) {
    if (staffed(code)) continue;
    for (let n = 1; n <= 2; n++) {
      const official = { username: `cb.${code.toLowerCase()}.${n}`.slice(0, 50), agency: code };
      officials.push(official);
      lines.push(JSON.stringify({ type: 'official', username: official.username, name: vietnameseName(rng), agency: code }));
    }
  }
  for (const line of generateHistory(
    { agencies: historyAgencies, procedures: historyProcedures, officials },
    { seed: options.seed ?? 2026, from, to: options.to, count: options.count ?? 20_000, ...(options.asOf ? { asOf: options.asOf } : {}) },
  )) {
    lines.push(line);
  }
  return lines;
}
