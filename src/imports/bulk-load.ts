import { sql } from 'drizzle-orm';
import type { Executor } from '../db/types';

/** The tables a history import fills in bulk. */
const BULK_TABLES = ['dossiers', 'dossier_events', 'dossier_steps'];

/**
 * A large import past its threshold: the dossier tables are locked against everyone else (dropping
 * their indexes takes that lock), which lets it hand out dossier ids itself and count days once.
 */
export interface BulkLoad {
  /** The indexes dropped, to build again at the end. */
  readonly indexes: readonly string[];
  /** The first dossier id of the bulk part; ids up to `nextId - 1` are taken. */
  readonly firstId: number;
  nextId: number;
  /**
   * Whether every dossier in the table is one of this import's: then no code of the file can be
   * there already (the file's own duplicates are refused line by line) and batches need not look.
   */
  readonly onlyOwnRows: boolean;
}

/**
 * Drops the non-unique B-tree indexes of the tables a large import fills, so they are built once
 * from sorted data at the end instead of updated row by row (PostgreSQL's own advice for populating
 * a database). Unique indexes stay, as they make a re-import skip known codes. So does the SP-GiST
 * index, which has no sorted build: filled row by row it costs about as much, but while lines are
 * still being parsed instead of at the end, when everything waits for it. Turns off the trigger
 * keeping `dossier_day_counts`, whose per-batch aggregation `finishBulkLoad` does once instead.
 * Runs inside the import transaction: a rolled-back import gets all of it back, but the tables stay
 * locked against readers until it ends.
 */
export async function startBulkLoad(tx: Executor, ownRows: number): Promise<BulkLoad> {
  const found = await tx.execute<{ name: string; definition: string }>(sql`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_am am on am.oid = i.relam
    where t.relname = any(${sql.param(BULK_TABLES)}::text[])
      and t.relnamespace = to_regnamespace(current_schema())
      and not x.indisunique and not x.indisprimary and am.amname = 'btree'
    order by i.relname`);
  // From here on nobody else writes these tables or takes a dossier id until the import ends.
  await tx.execute(sql`lock table ${sql.join(BULK_TABLES.map((t) => sql.identifier(t)), sql`, `)} in access exclusive mode`);
  for (const index of found.rows) await tx.execute(sql`drop index ${sql.identifier(index.name)}`);
  await tx.execute(sql`alter table dossiers disable trigger dossier_day_counts_insert`);
  const [state] = (
    await tx.execute<{ rows: number; first: number }>(sql`
      select (select count(*) from dossiers)::int as rows, nextval(pg_get_serial_sequence('dossiers', 'id'))::int as first`)
  ).rows;
  return { indexes: found.rows.map((r) => r.definition), firstId: state!.first, nextId: state!.first, onlyOwnRows: state!.rows === ownRows };
}

/**
 * Ends a bulk load before commit: moves the id sequence past the ids handed out, adds the bulk
 * part's dossiers to `dossier_day_counts` with the trigger's own statements, turns the trigger on
 * again (as it was: also for the replica role) and builds the dropped indexes again.
 */
export async function finishBulkLoad(tx: Executor, bulk: BulkLoad): Promise<void> {
  await tx.execute(sql`select setval(pg_get_serial_sequence('dossiers', 'id'), ${Math.max(bulk.firstId, bulk.nextId - 1)}::int)`);
  if (bulk.nextId > bulk.firstId) {
    // A view's definition takes no parameters; both bounds are integers of ours.
    await tx.execute(sql.raw(`create temp view bulk_loaded_dossiers as select * from dossiers where id between ${bulk.firstId} and ${bulk.nextId - 1}`));
    await tx.execute(sql`do $$ begin execute dossier_day_counts_upsert(dossier_day_contributions('bulk_loaded_dossiers', 1)); end $$`);
    await tx.execute(sql`drop view bulk_loaded_dossiers`);
  }
  await tx.execute(sql`alter table dossiers enable always trigger dossier_day_counts_insert`);
  if (bulk.indexes.length === 0) return;
  await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
  for (const definition of bulk.indexes) await tx.execute(sql.raw(definition));
}
