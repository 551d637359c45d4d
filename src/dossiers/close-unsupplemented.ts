import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { actOnDossier } from './act-on-dossier';
import { dossiers } from './schema';
import { recordTransition } from './record-transition';
import { cancelOpenSteps } from './workflow-progress';

/** Working days an applicant has to bring a requested supplement before the dossier is closed. */
export const DEFAULT_SUPPLEMENT_DAYS = 15;

/**
 * Closes every dossier whose supplement has not come within `days` working days of the request.
 * Idempotent: a closed dossier is no longer waiting, so a second sweep finds nothing.
 */
export async function closeUnsupplemented(db: Db, actor: Actor, clock: Clock, days = DEFAULT_SUPPLEMENT_DAYS): Promise<string[]> {
  authorize(actor, { anyOf: ['admin'] });
  const now = clock.now();
  const waiting = await db
    .select({ code: dossiers.code, pausedAt: dossiers.pausedAt, agencyId: dossiers.agencyId })
    .from(dossiers)
    .where(and(eq(dossiers.status, 'awaiting_supplement'), isNotNull(dossiers.pausedAt), lte(dossiers.pausedAt, now)));
  const closed: string[] = [];
  for (const w of waiting) {
    const calendar = await loadWorkCalendar(db, w.agencyId);
    if (calendar.due(w.pausedAt!, { amount: days, unit: 'working_days' }).getTime() > now.getTime()) continue;
    await actOnDossier(db, clock, w.code, async (tx, { dossier }, at) => {
      await cancelOpenSteps(tx, dossier.id);
      return recordTransition(tx, dossier, {
        type: 'CLOSED_NO_SUPPLEMENT',
        actorId: actor.userId,
        at,
        changes: { status: 'closed_no_supplement', outcome: 'withdrawn', finishedAt: at, pausedAt: null },
        data: { days, pausedAt: dossier.pausedAt },
      });
    });
    closed.push(w.code);
  }
  return closed;
}
