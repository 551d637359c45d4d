import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/types';
import { agencies } from '../../src/agencies/schema';
import { procedures } from '../../src/catalog/schema';
import { dossierEvents, dossiers } from '../../src/dossiers/schema';

let counter = 0;

export interface DossierSpec {
  agency: string;
  procedure?: string;
  channel?: 'direct' | 'online' | 'postal';
  receivedAt: string;
  dueAt: string | null;
  finishedAt?: string | null;
  resultSignedAt?: string | null;
  outcome?: 'approved' | 'rejected' | 'withdrawn' | null;
  isTest?: boolean;
  pausedAt?: string | null;
  supplementCount?: number;
  dueSetAt?: string | null;
  /** Extra events after the first, e.g. a supplement that moved the due time. */
  events?: { type: string; at: string; changes: Record<string, [unknown, unknown]> }[];
}

/** Writes a dossier row directly, as the history import does: fast fixtures for report tests. */
export async function insertDossier(db: Db, spec: DossierSpec): Promise<string> {
  const [agency] = await db.select().from(agencies).where(eq(agencies.code, spec.agency));
  const [procedure] = await db.select().from(procedures).where(eq(procedures.code, spec.procedure ?? '1.010008'));
  if (!agency || !procedure) throw new Error(`fixture: unknown agency ${spec.agency} or procedure`);
  const code = `T-${String(++counter).padStart(6, '0')}-${Math.random().toString(36).slice(2, 6)}`;
  const d = (s: string | null | undefined) => (s ? new Date(s) : null);
  const [row] = await db
    .insert(dossiers)
    .values({
      code,
      procedureId: procedure.id,
      procedureVersionId: procedure.currentVersionId,
      agencyId: agency.id,
      agencyPath: agency.path,
      deskAgencyId: agency.id,
      deskAgencyPath: agency.path,
      channel: spec.channel ?? 'direct',
      status: spec.finishedAt ? 'result_ready' : spec.pausedAt ? 'awaiting_supplement' : 'processing',
      applicantName: 'Người nộp thử',
      submittedAt: new Date(spec.receivedAt),
      receivedAt: new Date(spec.receivedAt),
      dueAt: d(spec.dueAt),
      dueSetAt: d(spec.dueSetAt ?? spec.receivedAt),
      appointmentAt: d(spec.dueAt),
      finishedAt: d(spec.finishedAt),
      resultSignedAt: d(spec.resultSignedAt ?? spec.finishedAt),
      outcome: spec.outcome ?? (spec.finishedAt ? 'approved' : null),
      isTest: spec.isTest ?? false,
      pausedAt: d(spec.pausedAt),
      supplementCount: spec.supplementCount ?? 0,
      source: 'import',
      version: 1 + (spec.events?.length ?? 0),
    })
    .returning();
  await db.insert(dossierEvents).values([
    { dossierId: row!.id, seq: 1, type: 'IMPORTED', at: new Date(spec.receivedAt), fromStatus: null, toStatus: row!.status, changes: {}, data: {} },
    ...(spec.events ?? []).map((e, i) => ({
      dossierId: row!.id,
      seq: i + 2,
      type: e.type,
      at: new Date(e.at),
      fromStatus: row!.status,
      toStatus: row!.status,
      changes: e.changes,
      data: {},
    })),
  ]);
  return code;
}

const vn = (s: string) => `${s}+07:00`;
const iso = (s: string) => new Date(vn(s)).toISOString();

/**
 * A dossier received on 02/03/2026 and due on 20/03, asked for a supplement on 02/04 and given it on
 * 06/04: its due time moved to 20/04 only after March ended, so March's report must still see 20/03.
 */
export function dueMovedAfterMarch(agency: string): DossierSpec {
  return {
    agency,
    receivedAt: vn('2026-03-02T09:00'),
    dueAt: vn('2026-04-20T17:00'),
    dueSetAt: vn('2026-04-06T09:00'),
    supplementCount: 1,
    events: [
      { type: 'SUPPLEMENT_REQUESTED', at: vn('2026-04-02T09:00'), changes: { pausedAt: [null, iso('2026-04-02T09:00')] } },
      {
        type: 'SUPPLEMENT_RECEIVED',
        at: vn('2026-04-06T09:00'),
        changes: { pausedAt: [iso('2026-04-02T09:00'), null], dueAt: [iso('2026-03-20T17:00'), iso('2026-04-20T17:00')] },
      },
    ],
  };
}
