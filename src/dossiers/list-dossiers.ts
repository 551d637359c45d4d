import { and, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize, scopesOf } from '../accounts/authorize';
import type { Db } from '../db/types';
import { procedures, procedureVersions } from '../catalog/schema';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import type { WorkCalendar } from '../calendar/work-calendar';
import { vietnamDateOf } from '../calendar/vietnam-time';
import { dossiers, dossierSteps } from './schema';
import { agencies } from '../agencies/schema';
import type { DossierStatus } from './vocabulary';

export const inboxViews = ['mine', 'unit', 'intake', 'all'] as const;
export const inboxBuckets = ['due_today', 'due_soon', 'overdue', 'awaiting_supplement'] as const;

export interface ListDossiersInput {
  readonly view: (typeof inboxViews)[number];
  readonly bucket?: (typeof inboxBuckets)[number] | undefined;
  readonly status?: DossierStatus | undefined;
  readonly q?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export type Urgency = 'overdue' | 'due_today' | 'due_soon' | 'on_track' | 'paused' | 'closed';

const officialRoles = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'] as const;

/** Dossiers visible to an official: of, received by, or passing through one of their subtrees. */
export function officialScope(actor: Actor): SQL | undefined {
  const paths = scopesOf(actor, officialRoles);
  if (paths.includes(null)) return undefined;
  if (paths.length === 0) return sql`false`;
  const likes = paths.map((p) => `${p}%`);
  return or(
    ...likes.map((l) => sql`${dossiers.agencyPath} like ${l}`),
    ...likes.map((l) => sql`${dossiers.deskAgencyPath} like ${l}`),
    sql`exists (select 1 from ${dossierSteps} s join ${agencies} a on a.id = s.agency_id
         where s.dossier_id = ${dossiers.id} and (${or(...likes.map((l) => sql`a.path like ${l}`))}))`,
  );
}

/** Time left to the due time in working time, and the colour band the inbox shows. */
export function urgencyOf(calendar: WorkCalendar, now: Date, d: { dueAt: Date | null; pausedAt: Date | null; finishedAt: Date | null }) {
  if (d.finishedAt) return { urgency: 'closed' as Urgency, workingMsLeft: null };
  if (d.pausedAt) return { urgency: 'paused' as Urgency, workingMsLeft: null };
  if (!d.dueAt) return { urgency: 'on_track' as Urgency, workingMsLeft: null };
  const left = calendar.workingTimeBetween(now, d.dueAt);
  if (d.dueAt.getTime() < now.getTime()) return { urgency: 'overdue' as Urgency, workingMsLeft: left };
  const today = calendar.endOfWorkingDay(calendar.workingDayOnOrAfter(vietnamDateOf(now)));
  if (d.dueAt.getTime() <= today.getTime()) return { urgency: 'due_today' as Urgency, workingMsLeft: left };
  const soon = calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.workingDayOnOrAfter(vietnamDateOf(now)), 2));
  return { urgency: (d.dueAt.getTime() <= soon.getTime() ? 'due_soon' : 'on_track') as Urgency, workingMsLeft: left };
}

/** The inbox: counts per bucket and one page of rows, paged in the database. */
export async function listDossiers(db: Db, actor: Actor, now: Date, input: ListDossiersInput) {
  authorize(actor, { anyOf: ['citizen', ...officialRoles] });
  const isOfficial = actor.grants.some((g) => (officialRoles as readonly string[]).includes(g.role));
  const conditions: (SQL | undefined)[] = [];
  if (!isOfficial) conditions.push(eq(dossiers.ownerUserId, actor.userId ?? -1));
  else conditions.push(officialScope(actor));
  if (isOfficial && input.view === 'mine') {
    conditions.push(sql`exists (select 1 from ${dossierSteps} s where s.dossier_id = ${dossiers.id} and s.status = 'active' and s.assignee_id = ${actor.userId})`);
  }
  if (isOfficial && input.view === 'unit') {
    const paths = scopesOf(actor, officialRoles).filter((p): p is string => p !== null);
    conditions.push(
      paths.length === 0
        ? sql`exists (select 1 from ${dossierSteps} s where s.dossier_id = ${dossiers.id} and s.status = 'active')`
        : sql`exists (select 1 from ${dossierSteps} s join ${agencies} a on a.id = s.agency_id where s.dossier_id = ${dossiers.id}
              and s.status = 'active' and (${or(...paths.map((p) => sql`a.path like ${`${p}%`}`))}))`,
    );
  }
  if (isOfficial && input.view === 'intake') conditions.push(inArray(dossiers.status, ['submitted', 'intake_incomplete']));
  if (input.status) conditions.push(eq(dossiers.status, input.status));
  if (input.q) {
    const q = `%${input.q.trim()}%`;
    conditions.push(or(ilike(dossiers.code, q), ilike(dossiers.applicantName, q)));
  }
  const calendar = await loadWorkCalendar(db);
  const day = vietnamDateOf(now);
  const endToday = calendar.endOfWorkingDay(calendar.workingDayOnOrAfter(day));
  const endSoon = calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.workingDayOnOrAfter(day), 2));
  const open = and(isNull(dossiers.finishedAt), isNull(dossiers.pausedAt), eq(dossiers.status, 'processing'));
  const buckets = {
    overdue: and(open, sql`${dossiers.dueAt} < ${now}`),
    due_today: and(open, sql`${dossiers.dueAt} >= ${now} and ${dossiers.dueAt} <= ${endToday}`),
    due_soon: and(open, sql`${dossiers.dueAt} > ${endToday} and ${dossiers.dueAt} <= ${endSoon}`),
    awaiting_supplement: eq(dossiers.status, 'awaiting_supplement'),
  };
  const base = and(...conditions);
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${buckets.overdue})::int`,
      dueToday: sql<number>`count(*) filter (where ${buckets.due_today})::int`,
      dueSoon: sql<number>`count(*) filter (where ${buckets.due_soon})::int`,
      awaitingSupplement: sql<number>`count(*) filter (where ${buckets.awaiting_supplement})::int`,
    })
    .from(dossiers)
    .where(base);
  const where = input.bucket ? and(base, buckets[input.bucket]) : base;
  const [{ filtered } = { filtered: 0 }] = await db.select({ filtered: sql<number>`count(*)::int` }).from(dossiers).where(where);
  const rows = await db
    .select({
      code: dossiers.code,
      status: dossiers.status,
      channel: dossiers.channel,
      applicantName: dossiers.applicantName,
      procedureCode: procedures.code,
      procedureName: procedureVersions.name,
      agencyId: dossiers.agencyId,
      submittedAt: dossiers.submittedAt,
      receivedAt: dossiers.receivedAt,
      dueAt: dossiers.dueAt,
      apologyDueAt: dossiers.apologyDueAt,
      pausedAt: dossiers.pausedAt,
      finishedAt: dossiers.finishedAt,
      outcome: dossiers.outcome,
      isTest: dossiers.isTest,
      version: dossiers.version,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .leftJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .where(where)
    .orderBy(sql`${dossiers.dueAt} asc nulls last`, desc(dossiers.submittedAt))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    counts: counts ?? { total: 0, overdue: 0, dueToday: 0, dueSoon: 0, awaitingSupplement: 0 },
    total: filtered,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, ...urgencyOf(calendar, now, r) })),
  };
}
