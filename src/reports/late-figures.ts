import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { classifiedDossiers } from './classify-sql';
import { addCounts, figuresOf, zeroCounts, type CountRow, type Figures } from './form06-figures';
import type { LateScope } from './late-scope';
import { lateLevelLabels, lateLevels, type LateLevel } from './late-units';

export interface LevelFigures {
  level: LateLevel;
  label: string;
  figures: Figures;
}

/**
 * Form 06 figures of the whole scope and of each level of the late lists (units rolled up the same
 * way): the same eight disjoint counts over the same `classified` rows, so the notice's numbers are
 * form 06's. Levels without any dossier are left out.
 */
export async function lateLevelFigures(db: Executor, scope: LateScope): Promise<{ total: Figures; levels: LevelFigures[] }> {
  const result = await db.execute<CountRow & { agency_id: number }>(sql`
    with ${classifiedDossiers(scope.start, scope.end, scope.rowMap)}
    select c.agency_id,
      count(*) filter (where carried_over)::int as carried_over,
      count(*) filter (where new_online)::int as new_online,
      count(*) filter (where new_direct)::int as new_direct,
      count(*) filter (where resolved and early)::int as early,
      count(*) filter (where resolved and not late and not early)::int as on_time,
      count(*) filter (where resolved and late)::int as late,
      count(*) filter (where pending and not overdue)::int as not_due,
      count(*) filter (where overdue)::int as overdue
    from classified c
    group by 1`);
  const byLevel = new Map<LateLevel, CountRow>();
  let total = zeroCounts;
  for (const { agency_id, ...counts } of result.rows) {
    const level = scope.unitOf(agency_id).level;
    byLevel.set(level, addCounts(byLevel.get(level) ?? zeroCounts, counts));
    total = addCounts(total, counts);
  }
  return {
    total: figuresOf(total),
    levels: lateLevels.filter((l) => byLevel.has(l)).map((level) => ({ level, label: lateLevelLabels[level], figures: figuresOf(byLevel.get(level)!) })),
  };
}
