import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/open-database';
import { runMigrations } from '../db/migrate';

/** Opens the configured database, migrated, for the duration of one command. */
export async function withDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/db` });
  try {
    await runMigrations(database.db);
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
