import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './types';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Applies pending drizzle-kit migrations; safe to run on every start. */
export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
