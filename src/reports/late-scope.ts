import type { Actor } from '../accounts/actor';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import type { Period } from './periods';
import { resolveReportScope, type ReportScope } from './report-scope';
import { unitResolver, type LateUnit } from './late-units';

export interface LateQuery extends Period {
  readonly agencyCode: string;
}

export interface LateScope extends ReportScope {
  /** The unit (and level) an agency's work is listed under in this report. */
  readonly unitOf: (agencyId: number) => LateUnit;
}

/**
 * The report scope of form 06 with one row per agency (successors as of the period end), so the late
 * lists classify dossiers with the very same rows and definitions; plus the unit resolver. Steps may
 * be held outside the subtree (a consulted department): every agency is loaded so they resolve too.
 */
export async function resolveLateScope(db: Executor, actor: Actor, query: LateQuery): Promise<LateScope> {
  const scope = await resolveReportScope(db, actor, { agencyCode: query.agencyCode, from: query.from, to: query.to, by: 'agency' });
  const all = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name, level: agencies.level, path: agencies.path }).from(agencies);
  return { ...scope, unitOf: unitResolver(all, scope.plan.rowOf) };
}
