import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/types';
import { agencies } from '../../src/agencies/schema';
import { sessions, userRoles, users } from '../../src/accounts/schema';
import { hashSessionToken, newSessionToken } from '../../src/accounts/session-token';
import { loadActor } from '../../src/accounts/resolve-actor';
import type { Actor } from '../../src/accounts/actor';
import type { Role } from '../../src/accounts/roles';
import type { CreateProcedureInput } from '../../src/catalog/procedure-input';

type Level = 'province' | 'department' | 'district' | 'commune' | 'unit';

/** Inserts an agency directly (the path holds its own id, so it is set after the insert). */
export async function insertAgency(db: Db, code: string, name: string, level: Level, parentCode: string | null = null): Promise<number> {
  let parent: { id: number; path: string } | undefined;
  if (parentCode) [parent] = await db.select({ id: agencies.id, path: agencies.path }).from(agencies).where(eq(agencies.code, parentCode));
  const [row] = await db
    .insert(agencies)
    .values({ code, name, level, parentId: parent?.id ?? null, path: '/' })
    .returning({ id: agencies.id });
  const id = row!.id;
  await db.update(agencies).set({ path: `${parent?.path ?? '/'}${id}/` }).where(eq(agencies.id, id));
  return id;
}

/** The demo province agency codes the demo catalog's workflows use (the contract between helpers). */
export async function insertDemoAgencies(db: Db): Promise<Map<string, number>> {
  const rows: [string, string, Level, string | null][] = [
    ['LS', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'province', null],
    ['LS-TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn', 'department', 'LS'],
    ['LS-STP', 'Sở Tư pháp', 'department', 'LS'],
    ['LS-SXD', 'Sở Xây dựng', 'department', 'LS'],
    ['LS-SNNMT', 'Sở Nông nghiệp và Môi trường', 'department', 'LS'],
    ['LS-STC', 'Sở Tài chính', 'department', 'LS'],
    ['LS-SYT', 'Sở Y tế', 'department', 'LS'],
    ['LS-SGDDT', 'Sở Giáo dục và Đào tạo', 'department', 'LS'],
    ['LS-SCT', 'Sở Công Thương', 'department', 'LS'],
    ['LS-SXD-QLXD', 'Phòng Quản lý xây dựng', 'unit', 'LS-SXD'],
    ['LS-STP-HCTP', 'Phòng Hành chính tư pháp', 'unit', 'LS-STP'],
    ['LS-SNNMT-DD', 'Phòng Đất đai', 'unit', 'LS-SNNMT'],
    ['LS-STC-DKKD', 'Phòng Đăng ký kinh doanh', 'unit', 'LS-STC'],
    ['LS-X-05977', 'Ủy ban nhân dân phường Đông Kinh', 'commune', 'LS'],
    ['LS-X-05983', 'Ủy ban nhân dân phường Lương Văn Tri', 'commune', 'LS'],
  ];
  const ids = new Map<string, number>();
  for (const [code, name, level, parent] of rows) ids.set(code, await insertAgency(db, code, name, level, parent));
  return ids;
}

/** A user holding one role (system-wide unless an agency is given), with a session token. */
export async function userWithRole(
  db: Db,
  username: string,
  role: Role,
  agencyId: number | null = null,
): Promise<{ actor: Actor; token: string }> {
  const [u] = await db.insert(users).values({ username, fullName: username }).returning({ id: users.id });
  await db.insert(userRoles).values({ userId: u!.id, role, agencyId });
  const token = newSessionToken();
  await db.insert(sessions).values({ tokenHash: hashSessionToken(token), userId: u!.id, expiresAt: new Date(Date.now() + 3_600_000) });
  return { actor: await loadActor(db, { id: u!.id, username, trainingMode: false }), token };
}

/** A valid new procedure; override what the test is about. */
export function procedureInput(overrides: Partial<CreateProcedureInput> = {}): CreateProcedureInput {
  return {
    code: '1.000001',
    name: 'Thủ tục cấp giấy phép thử nghiệm',
    fieldCode: 'XD',
    levels: ['province'],
    implementingAgencyId: null,
    implementingAgency: 'Sở Xây dựng',
    legalDuration: 15,
    publishedDuration: 10,
    timeUnit: 'working_days',
    fees: [{ name: 'Lệ phí cấp giấy phép', amount: 75000, note: null }],
    components: [
      { name: 'Đơn đề nghị', required: true, originals: 1, copies: 0, templateName: 'Mẫu số 01', templateUrl: null, note: null },
      { name: 'Bản vẽ thiết kế', required: true, originals: 2, copies: 0, templateName: null, templateUrl: null, note: null },
    ],
    onlineLevel: 'partial',
    decisionNumber: '100/QĐ-UBND',
    decisionDate: '2025-07-01',
    effectiveDate: '2025-07-01',
    resultDescription: 'Giấy phép',
    ...overrides,
  };
}
