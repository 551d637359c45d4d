import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';

/** The tables a history import fills in bulk. */
const BULK_TABLES = ['dossiers', 'dossier_events', 'dossier_steps'];

/**
 * Drops the non-unique indexes of the tables a large import fills and returns their definitions, so
 * they are built once from sorted data at the end instead of updated row by row (PostgreSQL's own
 * advice for populating a database). Unique indexes stay: they make a re-import skip known codes.
 * Runs inside the import transaction: a rolled-back import gets its indexes back with everything else,
 * but the tables stay locked against readers until it ends.
 */
export async function dropSecondaryIndexes(tx: Executor): Promise<string[]> {
  const found = await tx.execute<{ name: string; definition: string }>(sql`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    where t.relname = any(${sql.param(BULK_TABLES)}::text[])
      and t.relnamespace = to_regnamespace(current_schema())
      and not x.indisunique and not x.indisprimary
    order by i.relname`);
  for (const index of found.rows) await tx.execute(sql`drop index ${sql.identifier(index.name)}`);
  return found.rows.map((r) => r.definition);
}

/** Builds again the indexes `dropSecondaryIndexes` dropped, from their saved definitions. */
export async function rebuildIndexes(tx: Executor, definitions: readonly string[]): Promise<void> {
  if (definitions.length === 0) return;
  await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
  for (const definition of definitions) await tx.execute(sql.raw(definition));
}
