import { eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { scopesOf } from '../accounts/authorize';
import { users } from '../accounts/schema';
import type { AgencyLevel } from '../agencies/agency-levels';
import { agencies, agencySuccessions } from '../agencies/schema';
import { procedureFields, procedures, procedureVersions } from '../catalog/schema';
import type { TimeUnit } from '../catalog/time-unit';
import type { OnlineLevel, ProcedureLevel } from '../catalog/vocabulary';
import type { Executor } from '../db/types';

/** An agency the file may refer to: in the database, or declared by an earlier line. */
export interface KnownAgency {
  /** Null for an agency declared in a file that already has errors: it is never written. */
  id: number | null;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  path: string | null;
  readonly validFrom: string;
  /** Its last day, counting a merger the file declares (the day before `successorFrom`). */
  readonly validTo: string | null;
  /** Whether the importing administrator's scope covers it. */
  readonly inScope: boolean;
  /** Line that declared it; null when it was already in the database. */
  readonly line: number | null;
}

export interface KnownProcedure {
  id: number | null;
  versionId: number | null;
  readonly code: string;
  readonly line: number | null;
  /** Current version content the file may change (null for one declared in the file). */
  readonly current: {
    readonly name: string;
    readonly fieldId: number;
    readonly publishedDuration: number;
    readonly legalDuration: number;
    readonly timeUnit: TimeUnit;
    readonly levels: readonly ProcedureLevel[];
    readonly onlineLevel: OnlineLevel;
    readonly implementingAgencyId: number | null;
  } | null;
}

export interface KnownOfficial {
  id: number | null;
  readonly agencyId: number | null;
  readonly line: number | null;
}

/** Everything the import resolves codes against: loaded once, then kept up to date in memory. */
export interface ImportContext {
  readonly agencies: Map<string, KnownAgency>;
  readonly procedures: Map<string, KnownProcedure>;
  readonly officials: Map<string, KnownOfficial>;
  /** Field ids by lower-case name, and the codes in use (a new field gets a free code). */
  readonly fieldsByName: Map<string, number>;
  readonly fieldCodes: Set<string>;
  /** Successor id of every agency already succeeded. */
  readonly successorOf: Map<number, number>;
  readonly inScope: (path: string) => boolean;
}

export const fieldKey = (name: string) => name.trim().toLocaleLowerCase('vi');

export async function loadImportContext(tx: Executor, actor: Actor): Promise<ImportContext> {
  const scopes = scopesOf(actor, ['admin']);
  const inScope = (path: string) => scopes.some((s) => s === null || path.startsWith(s));

  const agencyRows = await tx
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      level: agencies.level,
      path: agencies.path,
      validFrom: agencies.validFrom,
      validTo: agencies.validTo,
    })
    .from(agencies);
  const agencyMap = new Map<string, KnownAgency>(agencyRows.map((a) => [a.code, { ...a, inScope: inScope(a.path), line: null }]));

  const procedureRows = await tx
    .select({
      id: procedures.id,
      code: procedures.code,
      versionId: procedures.currentVersionId,
      name: procedureVersions.name,
      fieldId: procedureVersions.fieldId,
      publishedDuration: procedureVersions.publishedDuration,
      legalDuration: procedureVersions.legalDuration,
      timeUnit: procedureVersions.timeUnit,
      levels: procedureVersions.levels,
      onlineLevel: procedureVersions.onlineLevel,
      implementingAgencyId: procedureVersions.implementingAgencyId,
    })
    .from(procedures)
    .leftJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId));
  const procedureMap = new Map<string, KnownProcedure>(
    procedureRows.map((p) => [
      p.code,
      {
        id: p.id,
        versionId: p.versionId,
        code: p.code,
        line: null,
        current:
          p.name === null || p.fieldId === null || p.publishedDuration === null || p.legalDuration === null || p.timeUnit === null
            ? null
            : {
                name: p.name,
                fieldId: p.fieldId,
                publishedDuration: p.publishedDuration,
                legalDuration: p.legalDuration,
                timeUnit: p.timeUnit,
                levels: p.levels ?? [],
                onlineLevel: p.onlineLevel ?? 'none',
                implementingAgencyId: p.implementingAgencyId,
              },
      },
    ]),
  );

  // Citizens cannot hold a step, so only officials (with an agency) are loaded.
  const officialRows = await tx
    .select({ id: users.id, username: users.username, agencyId: users.agencyId })
    .from(users)
    .where(isNotNull(users.agencyId));
  const officialMap = new Map<string, KnownOfficial>(officialRows.map((u) => [u.username, { id: u.id, agencyId: u.agencyId, line: null }]));

  const fieldRows = await tx.select({ id: procedureFields.id, code: procedureFields.code, name: procedureFields.name }).from(procedureFields);
  const fieldsByName = new Map<string, number>();
  for (const f of fieldRows) if (!fieldsByName.has(fieldKey(f.name))) fieldsByName.set(fieldKey(f.name), f.id);

  const links = await tx.select({ predecessorId: agencySuccessions.predecessorId, successorId: agencySuccessions.successorId }).from(agencySuccessions);

  return {
    agencies: agencyMap,
    procedures: procedureMap,
    officials: officialMap,
    fieldsByName,
    fieldCodes: new Set(fieldRows.map((f) => f.code)),
    successorOf: new Map(links.map((l) => [l.predecessorId, l.successorId])),
    inScope,
  };
}
