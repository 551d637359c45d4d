import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/open-database';

export const dbKind: 'embedded' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'embedded';

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the kind under test, cloned from the template; closing drops it. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `motcua_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(url, `create database ${name} template ${inject('templateDb')}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ url: target.toString(), dataDir: '' });
    return {
      ...database,
      async close() {
        await database.close();
        await adminQuery(url, `drop database if exists ${name}`);
      },
    };
  }
  const root = mkdtempSync(join(tmpdir(), 'motcua-test-'));
  const dataDir = join(root, 'db');
  cpSync(inject('templateDir'), dataDir, { recursive: true });
  const database = await openDatabase({ dataDir });
  return {
    ...database,
    async close() {
      await database.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
