import type { Executor } from '../db/types';
import { loadWorkingHours } from './load-work-calendar';
import type { WorkingPeriod } from './working-hours';

export interface AgencyWorkingHoursView {
  readonly agencyId: number;
  readonly periods: WorkingPeriod[];
  /** The agency whose stored hours apply (itself or an ancestor); null for the default hours. */
  readonly definedBy: number | null;
}

/** An agency's working hours (its own, else inherited, else the default). Public information. */
export async function getWorkingHours(db: Executor, input: { agencyId: number }): Promise<AgencyWorkingHoursView> {
  const { hours, definedBy } = await loadWorkingHours(db, input.agencyId);
  return { agencyId: input.agencyId, periods: hours.periods.map((p) => ({ ...p })), definedBy };
}
