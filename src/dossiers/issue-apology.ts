import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Db } from '../db/types';
import type { Clock } from '../shared/clock';
import { AppError } from '../shared/errors';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { formatVietnamIso } from '../calendar/vietnam-time';
import { workingDayMs } from './step-due';
import { actOnDossier } from './act-on-dossier';
import { assertProcessingOfficial } from './dossier-access';
import { recordTransition } from './record-transition';

/**
 * Apology letter with a new appointment (form 04), once per dossier, for a dossier already late or
 * due within one working day. Statistics keep judging it against `dueAt` (Decision).
 */
export async function issueApology(
  db: Db,
  actor: Actor,
  clock: Clock,
  code: string,
  input: { reason: string; newAppointmentAt: Date; expectedVersion?: number | undefined },
) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  return actOnDossier(
    db,
    clock,
    code,
    async (tx, { dossier, scope }, now) => {
    assertProcessingOfficial(actor, scope);
    if (dossier.apologyDueAt) throw new AppError('DOSSIER_APOLOGY_ALREADY_ISSUED');
    const due = dossier.dueAt!;
    const calendar = await loadWorkCalendar(tx, dossier.agencyId);
    const lateOrClose = now.getTime() > due.getTime() || calendar.workingTimeBetween(now, due) <= workingDayMs(calendar, now);
    if (dossier.status === 'processing' && !lateOrClose) throw new AppError('DOSSIER_APOLOGY_NOT_NEEDED');
    if (input.newAppointmentAt.getTime() <= due.getTime() || input.newAppointmentAt.getTime() <= now.getTime()) {
      throw new AppError('DOSSIER_APOLOGY_DATE_INVALID', { due: formatVietnamIso(due) });
    }
    return recordTransition(tx, dossier, {
      type: 'APOLOGY_ISSUED',
      actorId: actor.userId,
      at: now,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      changes: { apologyDueAt: input.newAppointmentAt },
      data: { reason: input.reason, dueAt: due, newAppointmentAt: input.newAppointmentAt },
    });
  }, input.expectedVersion);
}
