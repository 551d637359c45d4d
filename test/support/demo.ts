import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/types';
import { seedDemoProvince } from '../../src/agencies/demo-province';
import { seedDemoCatalog } from '../../src/catalog/demo-catalog';
import { seedDemoAccounts } from '../../src/accounts/demo-accounts';
import { loadActor } from '../../src/accounts/resolve-actor';
import { users } from '../../src/accounts/schema';
import type { Actor } from '../../src/accounts/actor';
import type { Clock } from '../../src/shared/clock';

/** The demo province, its catalog and one account per role (the same data `npm start` shows). */
export async function seedDemo(db: Db): Promise<void> {
  await seedDemoProvince(db);
  await seedDemoCatalog(db);
  await seedDemoAccounts(db);
}

export async function actorFor(db: Db, username: string): Promise<Actor> {
  const [u] = await db
    .select({ id: users.id, username: users.username, trainingMode: users.trainingMode })
    .from(users)
    .where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return loadActor(db, u);
}

/** A clock the test moves by hand: services stamp events with it. */
export class TestClock implements Clock {
  private current: Date;
  constructor(start: string | Date) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: string | Date): void {
    this.current = new Date(at);
  }
  advanceHours(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}
