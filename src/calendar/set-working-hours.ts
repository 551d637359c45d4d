import { recordAudit } from '../audit/record-audit';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { getWorkingHours, type AgencyWorkingHoursView } from './get-working-hours';
import { invalidateWorkCalendars } from './load-work-calendar';
import { agencyWorkingHours } from './schema';
import { validateWorkingHours, type WorkingHours } from './working-hours';

export interface SetWorkingHoursInput {
  readonly agencyId: number;
  /** The new hours; null removes the agency's own hours (it inherits again). */
  readonly hours: WorkingHours | null;
}

/** Sets (or clears) an agency's own working hours; an administrator of that agency or above only. */
export async function setWorkingHours(
  db: Executor,
  actor: Actor,
  input: SetWorkingHoursInput,
): Promise<AgencyWorkingHoursView> {
  authorize(actor, { anyOf: ['admin'] });
  const hours = input.hours === null ? null : validateWorkingHours(input.hours);
  const [agency] = await db.select({ path: agencies.path }).from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { what: `cơ quan có mã số ${input.agencyId}` });
  authorize(actor, { anyOf: ['admin'], agencyPath: agency.path });
  if (hours === null) {
    await db.delete(agencyWorkingHours).where(eq(agencyWorkingHours.agencyId, input.agencyId));
  } else {
    const values = { periods: [...hours.periods], updatedAt: sql`now()`, updatedBy: actor.userId };
    await db
      .insert(agencyWorkingHours)
      .values({ agencyId: input.agencyId, ...values })
      .onConflictDoUpdate({ target: agencyWorkingHours.agencyId, set: values });
  }
  await recordAudit(db, {
    type: 'AGENCY_WORKING_HOURS_CHANGED',
    actorId: actor.userId,
    subject: `agency:${input.agencyId}`,
    data: { periods: hours?.periods ?? null },
  });
  invalidateWorkCalendars(db);
  return getWorkingHours(db, { agencyId: input.agencyId });
}
