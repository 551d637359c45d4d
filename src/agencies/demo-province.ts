import { and, eq, inArray } from 'drizzle-orm';
import { systemActor } from '../accounts/actor';
import type { Db } from '../db/types';
import type { AgencyLevel } from './agency-levels';
import { TWO_TIER_REFORM_DATE } from './agency-names';
import { findAgency } from './agency-record';
import { createAgency } from './create-agency';
import { agencies, agencySuccessions } from './schema';
import { succeedAgency } from './succeed-agency';

export interface DemoAgency {
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentCode: string | null;
  readonly divisionCode?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** The four wards of the provincial capital area used by the demo (codes of the national list). */
export const DEMO_WARDS = [
  { code: '05977', name: 'Phường Đông Kinh' },
  { code: '05983', name: 'Phường Lương Văn Tri' },
  { code: '05986', name: 'Phường Tam Thanh' },
  { code: '06187', name: 'Phường Kỳ Lừa' },
] as const;

const LAST_DAY_OF_THREE_TIERS = '2025-06-30';

/** Old communes of Huyện Cao Lộc and the new ward that took over each (per the ward mapping list). */
export const DEMO_OLD_COMMUNES = [
  { code: 'LS-H-CL-06187', name: 'Ủy ban nhân dân thị trấn Cao Lộc', successorCode: 'LS-X-06187' },
  { code: 'LS-H-CL-06247', name: 'Ủy ban nhân dân xã Yên Trạch', successorCode: 'LS-X-05977' },
] as const;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Every agency of the demo province of Lạng Sơn, parents before children. */
export const DEMO_PROVINCE_AGENCIES: readonly DemoAgency[] = [
  { code: 'LS', name: 'Ủy ban nhân dân tỉnh Lạng Sơn', level: 'province', parentCode: null, divisionCode: '20' },
  { code: 'LS-TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn', level: 'department', parentCode: 'LS' },
  { code: 'LS-STP', name: 'Sở Tư pháp', level: 'department', parentCode: 'LS' },
  { code: 'LS-SXD', name: 'Sở Xây dựng', level: 'department', parentCode: 'LS' },
  { code: 'LS-SNNMT', name: 'Sở Nông nghiệp và Môi trường', level: 'department', parentCode: 'LS' },
  { code: 'LS-STC', name: 'Sở Tài chính', level: 'department', parentCode: 'LS' },
  { code: 'LS-SYT', name: 'Sở Y tế', level: 'department', parentCode: 'LS' },
  { code: 'LS-SGDDT', name: 'Sở Giáo dục và Đào tạo', level: 'department', parentCode: 'LS' },
  { code: 'LS-SCT', name: 'Sở Công Thương', level: 'department', parentCode: 'LS' },
  { code: 'LS-SXD-QLXD', name: 'Phòng Quản lý xây dựng', level: 'unit', parentCode: 'LS-SXD' },
  { code: 'LS-STP-HCTP', name: 'Phòng Hành chính tư pháp', level: 'unit', parentCode: 'LS-STP' },
  { code: 'LS-SNNMT-DD', name: 'Phòng Đất đai', level: 'unit', parentCode: 'LS-SNNMT' },
  { code: 'LS-STC-DKKD', name: 'Phòng Đăng ký kinh doanh', level: 'unit', parentCode: 'LS-STC' },
  ...DEMO_WARDS.flatMap((w): DemoAgency[] => [
    {
      code: `LS-X-${w.code}`,
      name: `Ủy ban nhân dân ${lowerFirst(w.name)}`,
      level: 'commune',
      parentCode: 'LS',
      divisionCode: w.code,
      validFrom: TWO_TIER_REFORM_DATE,
    },
    { code: `LS-X-${w.code}-VP`, name: `Văn phòng HĐND và UBND ${lowerFirst(w.name)}`, level: 'unit', parentCode: `LS-X-${w.code}` },
  ]),
  // Three-tier history: the district and two of its communes report for periods before July 2025.
  { code: 'LS-H-CL', name: 'Ủy ban nhân dân huyện Cao Lộc', level: 'district', parentCode: 'LS', validTo: LAST_DAY_OF_THREE_TIERS },
  ...DEMO_OLD_COMMUNES.map(
    (c): DemoAgency => ({ code: c.code, name: c.name, level: 'commune', parentCode: 'LS-H-CL', validTo: LAST_DAY_OF_THREE_TIERS }),
  ),
];

/** Creates the demo province of Lạng Sơn (agencies and successions); idempotent. */
export async function seedDemoProvince(db: Db): Promise<void> {
  // One transaction: all or nothing, and far fewer commits than one per agency.
  await db.transaction(async (tx) => {
    const codes = DEMO_PROVINCE_AGENCIES.map((a) => a.code);
    const existing = new Set(
      (await tx.select({ code: agencies.code }).from(agencies).where(inArray(agencies.code, codes))).map((r) => r.code),
    );
    for (const a of DEMO_PROVINCE_AGENCIES) {
      if (existing.has(a.code)) continue;
      await createAgency(tx, systemActor, {
        code: a.code,
        name: a.name,
        level: a.level,
        parentCode: a.parentCode ?? undefined,
        divisionCode: a.divisionCode ?? null,
        validFrom: a.validFrom,
        validTo: a.validTo ?? null,
      });
    }
    for (const c of DEMO_OLD_COMMUNES) {
      const predecessor = (await findAgency(tx, { code: c.code }))!;
      const successor = (await findAgency(tx, { code: c.successorCode }))!;
      const [exists] = await tx
        .select({ id: agencySuccessions.predecessorId })
        .from(agencySuccessions)
        .where(and(eq(agencySuccessions.predecessorId, predecessor.id), eq(agencySuccessions.successorId, successor.id)));
      if (exists) continue;
      await succeedAgency(tx, systemActor, {
        predecessorId: predecessor.id,
        successorId: successor.id,
        effectiveFrom: TWO_TIER_REFORM_DATE,
        note: 'Sắp xếp đơn vị hành chính cấp xã theo Nghị quyết 202/2025/QH15',
      });
    }
  });
}
