import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import type { Db } from './types';
import { startEmbedded, type EmbeddedServer } from './embedded/start-embedded';
import { AppError } from '../shared/errors';

export interface Database {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly kind: 'embedded' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; when absent the embedded database in `dataDir` is used. */
  readonly url?: string | undefined;
  readonly dataDir: string;
}

// timestamptz/date come back as strings from pg by default for `date`; keep `date` as plain text.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// count(*) and sums are bigint: our counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let pool: pg.Pool;
  if (options.url) {
    // JIT compilation costs seconds on the report's CASE expressions and saves nothing at our sizes.
    pool = new pg.Pool({ connectionString: options.url, max: 10, options: '-c jit=off' });
  } else {
    embedded = await startEmbedded(options.dataDir);
    // PGlite has one session: a single pooled client makes every transaction exclusive.
    pool = new pg.Pool({ host: embedded.socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 1 });
  }
  pool.on('error', (err) => console.error('Lỗi kết nối cơ sở dữ liệu:', err.message));
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw new AppError('DB_UNREACHABLE', { detail: e instanceof Error ? e.message : String(e) });
  }
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return {
    db,
    pool,
    kind: embedded ? 'embedded' : 'postgres',
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}
