import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/open-database';
import { migrationsFolder, runMigrations } from '../../src/db/migrate';
import { seedReferenceData } from '../../src/seed/seed-reference-data';

/** Identifies the schema: a template is rebuilt whenever a migration or the seed changes. */
export function schemaHash(): string {
  const h = createHash('sha256');
  const files = readdirSync(migrationsFolder, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .sort();
  for (const f of files) h.update(f.slice(migrationsFolder.length)).update(readFileSync(f));
  for (const seed of ['seed/seed-reference-data.ts', 'agencies/seed-divisions.ts', 'agencies/prepare-divisions.ts', 'calendar/seed-schedules.ts', 'calendar/decreed-schedules.ts']) {
    h.update(readFileSync(new URL(`../../src/${seed}`, import.meta.url)));
  }
  h.update(readFileSync(new URL('../../package-lock.json', import.meta.url)));
  return h.digest('hex').slice(0, 12);
}

/** A migrated embedded data folder, built once and copied for each test database. */
export async function buildEmbeddedTemplate(): Promise<string> {
  const dir = join(tmpdir(), `motcua-template-${schemaHash()}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}-build-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: building });
  await runMigrations(database.db);
  await seedReferenceData(database.db);
  await database.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return dir;
}

/** A migrated PostgreSQL database used as `CREATE DATABASE … TEMPLATE`. */
export async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `motcua_tpl_${schemaHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_build`;
    await admin.query(`drop database if exists ${building}`);
    await admin.query(`create database ${building}`);
    const target = new URL(url);
    target.pathname = `/${building}`;
    const database = await openDatabase({ url: target.toString(), dataDir: '' });
    await runMigrations(database.db);
    await seedReferenceData(database.db);
    await database.close();
    await admin.query(`alter database ${building} rename to ${name}`);
    return name;
  } finally {
    await admin.end();
  }
}
