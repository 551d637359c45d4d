import type { Db } from '../db/types';
import { seedDivisions } from '../agencies/seed-divisions';
import { seedCalendarSchedules } from '../calendar/seed-schedules';

/** Data every installation needs (administrative divisions, decreed holiday schedules); idempotent. */
export async function seedReferenceData(db: Db): Promise<void> {
  await seedDivisions(db);
  await seedCalendarSchedules(db);
}
