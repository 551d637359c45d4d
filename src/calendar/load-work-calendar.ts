import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { decreedSchedules } from './decreed-schedules';
import { agencyWorkingHours, calendarYears } from './schema';
import { WorkCalendar } from './work-calendar';
import { defaultWorkingHours, type WorkingHours } from './working-hours';
import type { YearSchedule } from './year-schedule';

/** Other processes may edit schedules too; a cached calendar is trusted this long at most. */
const CACHE_TTL_MS = 60_000;

interface CacheEntry {
  readonly generation: number;
  readonly loadedAt: number;
  readonly calendar: Promise<WorkCalendar>;
}

let generation = 0;
const caches = new WeakMap<object, Map<number | null, CacheEntry>>();

/** Drops every cached calendar; called after an administrator edits a year or working hours. */
export function invalidateWorkCalendars(_db?: Executor): void {
  generation++;
}

/** Schedules in force: the database rows, completed by the shipped data for years not stored. */
export async function loadSchedules(db: Executor): Promise<YearSchedule[]> {
  const rows = await db.select().from(calendarYears);
  const stored = new Set(rows.map((r) => r.year));
  return [
    ...decreedSchedules.filter((s) => !stored.has(s.year)),
    ...rows.map(
      (r): YearSchedule => ({
        year: r.year,
        daysOff: r.daysOff,
        workingSaturdays: r.workingSaturdays,
        origin: r.origin,
        note: r.note ?? undefined,
      }),
    ),
  ];
}

/** The hours of an agency: its own, else the nearest ancestor's, else the default. */
export async function loadWorkingHours(
  db: Executor,
  agencyId: number,
): Promise<{ hours: WorkingHours; definedBy: number | null }> {
  const [agency] = await db.select({ path: agencies.path }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { what: `cơ quan có mã số ${agencyId}` });
  const lineage = agency.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));
  if (!lineage.includes(agencyId)) lineage.push(agencyId);
  const rows = await db.select().from(agencyWorkingHours).where(inArray(agencyWorkingHours.agencyId, lineage));
  const byId = new Map(rows.map((r) => [r.agencyId, r.periods]));
  for (let i = lineage.length - 1; i >= 0; i--) {
    const id = lineage[i]!;
    const periods = byId.get(id);
    if (periods) return { hours: { periods }, definedBy: id };
  }
  return { hours: defaultWorkingHours, definedBy: null };
}

async function build(db: Executor, agencyId: number | null): Promise<WorkCalendar> {
  const schedules = await loadSchedules(db);
  const workingHours = agencyId === null ? defaultWorkingHours : (await loadWorkingHours(db, agencyId)).hours;
  return new WorkCalendar({ schedules, workingHours });
}

/**
 * The work calendar from the database (edited schedules, the agency's working hours), falling back
 * to the shipped data and the rules; cached in memory until an edit or for a minute at most.
 */
export async function loadWorkCalendar(db: Executor, agencyId?: number | null): Promise<WorkCalendar> {
  const key = agencyId ?? null;
  let perDb = caches.get(db);
  if (!perDb) {
    perDb = new Map();
    caches.set(db, perDb);
  }
  const now = Date.now();
  const cached = perDb.get(key);
  if (cached && cached.generation === generation && now - cached.loadedAt < CACHE_TTL_MS) return cached.calendar;
  const calendar = build(db, key);
  const entry: CacheEntry = { generation, loadedAt: now, calendar };
  perDb.set(key, entry);
  // A failed load (unknown agency, lost connection) must not be served from the cache.
  void calendar.catch(() => {
    if (perDb.get(key) === entry) perDb.delete(key);
  });
  return calendar;
}
