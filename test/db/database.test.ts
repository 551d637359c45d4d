import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import { openDatabase, type Database } from '../../src/db/open-database';
import { AppError } from '../../src/shared/errors';

describe(`database (${dbKind})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('is migrated', async () => {
    const r = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_name = 'agencies'`,
    );
    expect(r.rows[0]?.n).toBe(1);
  });

  it('isolates concurrent transactions: no dirty reads, rollback leaves nothing', async () => {
    const { db } = database;
    await db.execute(sql`create table iso_probe (id int primary key, v int not null)`);
    await db.execute(sql`insert into iso_probe values (1, 0)`);
    let release!: () => void;
    const inserted = new Promise<void>((r) => (release = r));
    const writer = db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into iso_probe values (2, 99)`);
        release();
        await new Promise((r) => setTimeout(r, 200));
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);
    await inserted;
    const seen = await db.execute<{ n: number }>(sql`select count(*)::int as n from iso_probe`);
    expect(seen.rows[0]?.n).toBe(1);
    expect(await writer).toBe('roll back');
    const after = await db.execute<{ n: number }>(sql`select count(*)::int as n from iso_probe`);
    expect(after.rows[0]?.n).toBe(1);
  });

  it('serialises concurrent read-modify-write increments without losing any', async () => {
    const { db } = database;
    await db.execute(sql`create table counter_probe (id int primary key, v int not null)`);
    await db.execute(sql`insert into counter_probe values (1, 0)`);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const r = await tx.execute<{ v: number }>(sql`select v from counter_probe where id = 1 for update`);
          const v = r.rows[0]!.v;
          await tx.execute(sql`update counter_probe set v = ${v + 1} where id = 1`);
        }),
      ),
    );
    const r = await db.execute<{ v: number }>(sql`select v from counter_probe where id = 1`);
    expect(r.rows[0]?.v).toBe(20);
  });
});

// The data-folder lock exists only for the embedded database.
if (dbKind === 'embedded') describe('embedded data folder', () => {
  it('refuses a second opener with a clear error and creates missing parent folders', async () => {
    const root = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
    const dataDir = join(root, 'nested', 'deeper', 'db');
    const first = await openDatabase({ dataDir });
    try {
      const second = openDatabase({ dataDir });
      await expect(second).rejects.toBeInstanceOf(AppError);
      await expect(second).rejects.toMatchObject({ code: 'DB_LOCKED' });
      const ok = await first.db.execute<{ one: number }>(sql`select 1 as one`);
      expect(ok.rows[0]?.one).toBe(1);
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ dataDir });
    await reopened.close();
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
