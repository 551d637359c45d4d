import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { DemoAccount } from '../seed/seed-on-start';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { sessions, userRoles, users } from './schema';
import { roleLabels, type Role } from './roles';
import { hashPassword } from './password-hash';

/** Shared by every demo account, printed at start-up; demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'MotCua@2026';

interface DemoSpec {
  readonly username: string;
  readonly fullName: string;
  readonly role: Role;
  /** Agency code the role is bound to; null = whole system (or none for the citizen). */
  readonly grantAgency: string | null;
  /** Agency the person works for. */
  readonly agency: string | null;
}

/** Placeholder replaced by the first demo commune's code. */
const COMMUNE = '<commune>';

const specs: readonly DemoSpec[] = [
  { username: 'quantri', fullName: 'Quản trị hệ thống (demo)', role: 'admin', grantAgency: null, agency: 'LS' },
  { username: 'motcua', fullName: 'Nguyễn Thị Mai (demo)', role: 'receiving_officer', grantAgency: 'LS-TTPVHCC', agency: 'LS-TTPVHCC' },
  { username: 'chuyenvien', fullName: 'Trần Văn Hùng (demo)', role: 'specialist', grantAgency: 'LS-SXD-QLXD', agency: 'LS-SXD-QLXD' },
  { username: 'lanhdao', fullName: 'Hoàng Văn Minh (demo)', role: 'leader', grantAgency: 'LS-SXD', agency: 'LS-SXD' },
  { username: 'giamsat', fullName: 'Lê Thị Hoa (demo)', role: 'monitor', grantAgency: 'LS', agency: 'LS' },
  { username: 'congdan', fullName: 'Phạm Văn An (demo)', role: 'citizen', grantAgency: null, agency: null },
  { username: 'motcua.xa', fullName: 'Vi Thị Lan (demo)', role: 'receiving_officer', grantAgency: COMMUNE, agency: COMMUNE },
  { username: 'chuyenvien.xa', fullName: 'Lộc Văn Bình (demo)', role: 'specialist', grantAgency: COMMUNE, agency: `${COMMUNE}-VP` },
  { username: 'lanhdao.xa', fullName: 'Hoàng Thị Thu (demo)', role: 'leader', grantAgency: COMMUNE, agency: COMMUNE },
];

async function firstDemoCommune(db: Db): Promise<string> {
  const [row] = await db
    .select({ code: agencies.code })
    .from(agencies)
    .where(and(like(agencies.code, 'LS-X-%'), eq(agencies.level, 'commune'), isNull(agencies.validTo)))
    .orderBy(asc(agencies.id))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { what: 'xã, phường mẫu (mã LS-X-…) của tỉnh demo' });
  return row.code;
}

/**
 * One account per role over the demo province (its agencies must already exist). Idempotent: each run
 * re-enables the accounts, restores the shared password and their single role.
 */
export async function seedDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const commune = await firstDemoCommune(db);
  const resolved = specs.map((s) => ({
    ...s,
    grantAgency: s.grantAgency?.replace(COMMUNE, commune) ?? null,
    agency: s.agency?.replace(COMMUNE, commune) ?? null,
  }));
  const codes = [...new Set(resolved.flatMap((s) => [s.grantAgency, s.agency]).filter((c): c is string => c !== null))];
  const found = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.code, codes));
  const byCode = new Map(found.map((a) => [a.code, a]));
  const agencyOf = (code: string | null) => {
    if (code === null) return null;
    const a = byCode.get(code);
    // The commune's office is optional: fall back to the commune itself.
    if (!a && code.endsWith('-VP')) return agencyOf(code.slice(0, -'-VP'.length));
    if (!a) throw new AppError('NOT_FOUND', { what: `cơ quan mã ${code} của tỉnh demo` });
    return a;
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const created: DemoAccount[] = [];
  await db.transaction(async (tx) => {
    for (const s of resolved) {
      const grantAgency = agencyOf(s.grantAgency);
      const agency = agencyOf(s.agency);
      const [existing] = await tx
        .select({ id: users.id, isDemo: users.isDemo })
        .from(users)
        .where(eq(users.username, s.username));
      // A real account that took a demo name is never turned into a demo one (and later disabled).
      if (existing && !existing.isDemo) continue;
      const values = {
        fullName: s.fullName,
        agencyId: agency?.id ?? null,
        passwordHash,
        active: true,
        isDemo: true,
        failedLogins: 0,
        lockedUntil: null,
      };
      let id: number;
      if (existing) {
        await tx.update(users).set(values).where(eq(users.id, existing.id));
        id = existing.id;
      } else {
        const [row] = await tx
          .insert(users)
          .values({ username: s.username, ...values })
          .returning({ id: users.id });
        id = row!.id;
      }
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values({ userId: id, role: s.role, agencyId: grantAgency?.id ?? null });
      const where = grantAgency ? grantAgency.name : s.role === 'citizen' ? '' : 'toàn hệ thống';
      created.push({
        username: s.username,
        password: DEMO_PASSWORD,
        label: where ? `${roleLabels[s.role]} — ${where}` : roleLabels[s.role],
      });
    }
  });
  return created;
}

/** Demo mode is off: every demo account is disabled and signed out. Returns how many were active. */
export async function disableDemoAccounts(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const demo = tx.select({ id: users.id }).from(users).where(eq(users.isDemo, true));
    await tx.delete(sessions).where(inArray(sessions.userId, demo));
    const disabled = await tx
      .update(users)
      .set({ active: false })
      .where(and(eq(users.isDemo, true), eq(users.active, true)))
      .returning({ id: users.id });
    return disabled.length;
  });
}
