import type { Db } from '../db/types';
import type { Config } from '../config';
import { seedReferenceData } from './seed-reference-data';
import { seedDemoProvince } from '../agencies/demo-province';
import { seedDemoCatalog } from '../catalog/demo-catalog';
import { disableDemoAccounts, seedDemoAccounts } from '../accounts/demo-accounts';
import { systemActor } from '../accounts/actor';
import { dossiers } from '../dossiers/schema';
import { generateDemoHistory } from '../imports/demo-history';
import { importHistory } from '../imports/import-history';
import { addDays, vietnamDateOf } from '../calendar/vietnam-time';

export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly label: string;
}

export interface SeedResult {
  readonly demoAccounts: readonly DemoAccount[];
}

/** Reference data always; the demo province and its accounts only in demo mode (and disabled otherwise). */
export async function seedOnStart(db: Db, config: Config, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  await seedReferenceData(db);
  if (!config.demo) {
    await disableDemoAccounts(db);
    return { demoAccounts: [] };
  }
  await seedDemoProvince(db);
  await seedDemoCatalog(db);
  const demoAccounts = await seedDemoAccounts(db);
  if (config.demoDossiers > 0) await seedDemoHistory(db, config.demoDossiers, log);
  return { demoAccounts };
}

/**
 * A year of dossier history through the import format, on the first start only, so every page and
 * chart of the demo has meaningful content (late ones, supplements, test dossiers included).
 */
async function seedDemoHistory(db: Db, count: number, log: (line: string) => void): Promise<void> {
  const [any] = await db.select({ id: dossiers.id }).from(dossiers).limit(1);
  if (any) return;
  const now = new Date();
  log('Đang tạo dữ liệu hồ sơ mẫu của 12 tháng qua (chỉ lần chạy đầu tiên)…');
  const lines = await generateDemoHistory(db, { to: addDays(vietnamDateOf(now), -1), months: 12, asOf: now, count });
  const summary = await importHistory(db, systemActor, lines);
  log(`Đã nhập ${summary.dossiers.created} hồ sơ mẫu.`);
}
