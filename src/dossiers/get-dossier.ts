import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import { users } from '../accounts/schema';
import { agencies } from '../agencies/schema';
import { procedures, procedureVersions } from '../catalog/schema';
import { AppError } from '../shared/errors';
import { dossierComponents, dossierEvents, dossierFiles, dossiers } from './schema';
import { assertCanRead, coversAny } from './dossier-access';
import { scopeOf } from './load-dossier';
import { stepsOf } from './workflow-progress';
import { canHoldStep } from './step-holder';

/** A dossier with everything its page shows: applicant, components, steps, files and the event timeline. */
export async function getDossier(db: Db, actor: Actor, code: string) {
  authorize(actor, { anyOf: ['citizen', 'receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] });
  const [dossier] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  if (!dossier) throw new AppError('DOSSIER_NOT_FOUND', { code });
  const steps = await stepsOf(db, dossier.id);
  assertCanRead(actor, scopeOf(dossier, steps), code);
  const [procedure] = await db
    .select({ code: procedures.code, name: procedureVersions.name, timeUnit: procedureVersions.timeUnit, publishedDuration: procedureVersions.publishedDuration })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossier.procedureVersionId ?? procedures.currentVersionId))
    .where(eq(procedures.id, dossier.procedureId));
  const events = await db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, dossier.id)).orderBy(asc(dossierEvents.seq));
  const agencyIds = [...new Set([dossier.agencyId, dossier.deskAgencyId, ...steps.map((s) => s.agencyId)])];
  const agencyRows = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds));
  const agencyById = new Map(agencyRows.map((a) => [a.id, a]));
  const userIds = [
    ...new Set(
      [...steps.flatMap((s) => [s.assigneeId, s.completedBy]), ...events.map((e) => e.actorId)].filter((id): id is number => id !== null),
    ),
  ];
  const people =
    userIds.length === 0
      ? []
      : await db.select({ id: users.id, username: users.username, fullName: users.fullName }).from(users).where(inArray(users.id, userIds));
  const personById = new Map(people.map((p) => [p.id, p]));
  const components = await db.select().from(dossierComponents).where(eq(dossierComponents.dossierId, dossier.id)).orderBy(asc(dossierComponents.position));
  const files = await db
    .select({ id: dossierFiles.id, kind: dossierFiles.kind, fileName: dossierFiles.fileName, mimeType: dossierFiles.mimeType, size: dossierFiles.size, uploadedAt: dossierFiles.uploadedAt, componentPosition: dossierFiles.componentPosition })
    .from(dossierFiles)
    .where(eq(dossierFiles.dossierId, dossier.id));
  return {
    dossier,
    // A leader of the lead agency may conclude while steps are open (record-result.ts).
    viewer: { leadsAgency: coversAny(actor, ['leader', 'admin'], [dossier.agencyPath]) },
    procedure: procedure ?? null,
    agency: agencyById.get(dossier.agencyId) ?? null,
    desk: agencyById.get(dossier.deskAgencyId) ?? null,
    steps: steps.map((s) => ({
      ...s,
      agency: agencyById.get(s.agencyId) ?? null,
      assignee: s.assigneeId ? (personById.get(s.assigneeId) ?? null) : null,
      completedByUser: s.completedBy ? (personById.get(s.completedBy) ?? null) : null,
      // The server's own holder rule, agency subtree included: the page offers exactly what it accepts.
      heldByViewer: s.status === 'active' && canHoldStep(actor, s),
    })),
    components,
    files,
    events: events.map((e) => ({ ...e, actor: e.actorId ? (personById.get(e.actorId) ?? null) : null })),
  };
}

export type DossierDetail = Awaited<ReturnType<typeof getDossier>>;
