import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import { seedDemoProvince } from '../../src/agencies/demo-province';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { login } from '../../src/accounts/login';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';

describe(`demo accounts on the real demo province (${dbKind})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoProvince(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  it('binds each account to the agreed agency and every account can sign in and reach /api/auth/me', async () => {
    const { db } = database;
    const accounts = await seedDemoAccounts(db);
    expect(accounts).toHaveLength(9);
    const app = await buildApp({ db, config: loadConfig({}) });
    try {
      const scope: Record<string, string> = {};
      for (const a of accounts) {
        const r = await login(db, { username: a.username, password: a.password });
        expect(a.password).toBe(DEMO_PASSWORD);
        const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${r.token}` } });
        expect(me.statusCode).toBe(200);
        const [grant] = me.json().roles as { role: string; agency: { code: string } | null }[];
        scope[a.username] = `${grant!.role}@${grant!.agency?.code ?? '*'}`;
      }
      const commune = scope['motcua.xa']!.split('@')[1]!;
      expect(commune).toMatch(/^LS-X-\d+$/);
      expect(scope).toEqual({
        quantri: 'admin@*',
        motcua: 'receiving_officer@LS-TTPVHCC',
        chuyenvien: 'specialist@LS-SXD-QLXD',
        lanhdao: 'leader@LS-SXD',
        giamsat: 'monitor@LS',
        congdan: 'citizen@*',
        'motcua.xa': `receiving_officer@${commune}`,
        'chuyenvien.xa': `specialist@${commune}`,
        'lanhdao.xa': `leader@${commune}`,
      });
    } finally {
      await app.close();
    }
  });
});
