import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { vietnamDateOf } from '../calendar/vietnam-time';
import { formatDossierCode } from './dossier-code';

/**
 * The next code of a unit for the day of `at` (Vietnam date). The counter row is incremented in the
 * caller's transaction: concurrent receipts queue on the row lock, and a rolled-back receipt gives its
 * number back, so codes have neither duplicates nor gaps.
 */
export async function nextDossierCode(tx: Executor, unit: { id: number; code: string }, at: Date): Promise<string> {
  const day = vietnamDateOf(at);
  const result = await tx.execute<{ last: number }>(sql`
    insert into dossier_sequences (agency_id, day, last) values (${unit.id}, ${day}, 1)
    on conflict (agency_id, day) do update set last = dossier_sequences.last + 1
    returning last`);
  return formatDossierCode(unit.code, day, Number(result.rows[0]!.last));
}
