import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import { CopyBinaryRows } from '../../src/db/copy-binary';
import { copyRows } from '../../src/db/copy-rows';
import { isoInstant } from '../../src/shared/iso-instant';

describe(`COPY in binary format (${dbKind})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table copy_probe (n int, t text, b bool, j jsonb, at timestamptz, e dossier_channel, u int unique)`);
  });
  afterAll(async () => {
    await database?.close();
  });

  const columns = ['n', 't', 'b', 'j', 'at', 'e', 'u'];
  const values = [
    { n: 2_147_483_647, t: 'Nguyễn Thị Ánh — tab\there, line\nbreak, back\\slash, "quote"', b: true, j: '{"tên":[null,"Lò Văn Páo ữ"]}', at: Date.UTC(2025, 6, 1, 0, 31, 7, 123), e: 'online', u: 1 },
    { n: -5, t: '', b: false, j: '[]', at: Date.parse('1999-12-31T23:59:59.999Z'), e: 'postal', u: 2 },
    { n: null, t: null, b: false, j: 'null', at: null, e: null, u: 3 },
  ];

  it('writes ints, texts, booleans, JSON, instants, enum labels and nulls as they were given, inside the caller\'s transaction', async () => {
    await database.db.transaction(async (tx) => {
      const rows = new CopyBinaryRows();
      for (const v of values) rows.row(columns.length).int4(v.n).text(v.t).bool(v.b).jsonb(v.j).timestamptz(v.at).text(v.e).int4(v.u);
      await copyRows(tx, 'copy_probe', columns, rows);
      // Visible to the transaction's next statement, so it ran in the same session.
      const seen = await tx.execute<{ n: number }>(sql`select count(*)::int as n from copy_probe`);
      expect(seen.rows[0]!.n).toBe(3);
    });
    const read = await database.db.execute<Record<string, unknown>>(
      sql`select n, t, b, j, extract(epoch from at) * 1000 as at, e::text as e, u from copy_probe order by u`,
    );
    expect(read.rows.map((r) => ({ ...r, at: r.at === null ? null : Math.round(Number(r.at)) }))).toEqual(
      values.map((v) => ({ ...v, j: JSON.parse(v.j) as unknown })),
    );
  });

  it('fails with the database\'s own error and writes nothing when a row breaks a constraint', async () => {
    const before = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from copy_probe`);
    const attempt = database.db.transaction(async (tx) => {
      const rows = new CopyBinaryRows();
      rows.row(columns.length).int4(7).text('mới').bool(true).jsonb('{}').timestamptz(0).text('direct').int4(9);
      rows.row(columns.length).int4(8).text('trùng').bool(true).jsonb('{}').timestamptz(0).text('direct').int4(1);
      await copyRows(tx, 'copy_probe', columns, rows);
    });
    await expect(attempt).rejects.toMatchObject({ code: '23505' });
    const after = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from copy_probe`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    // The connection is still usable afterwards.
    expect((await database.db.execute<{ one: number }>(sql`select 1 as one`)).rows[0]!.one).toBe(1);
  });
});

describe('ISO instants', () => {
  it('are written as Date#toISOString writes them, for every instant of years 0000 to 9999', () => {
    const min = Date.parse('0000-01-01T00:00:00.000Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => isoInstant(ms) === new Date(ms).toISOString()),
      { numRuns: 20_000 },
    );
    for (const ms of [min, max, 0, -1, Date.parse('2024-02-29T23:59:59.999Z'), Date.parse('2025-01-01T00:00:00.000Z')]) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
