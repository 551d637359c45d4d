import { inArray, like, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { agencyCode, parseInput } from './agency-inputs';
import { TWO_TIER_REFORM_DATE, peoplesCommitteeName } from './agency-names';
import { findAgency, lockAgencyTree, type AgencyRow } from './agency-record';
import { assertValidity } from './agency-rules';
import { createAgency } from './create-agency';
import { listProvinceWards } from './list-province-wards';
import { agencies } from './schema';

export interface InstantiatedProvince {
  readonly province: AgencyRow;
  /** Commune agencies created by this call (0 when everything already existed). */
  readonly createdCommunes: number;
}

/** Agency code of the commune agency for a ward: `<prefix>-X-<ward code>`. */
export function communeAgencyCode(codePrefix: string, wardCode: string): string {
  return `${codePrefix}-X-${wardCode}`;
}

/**
 * Creates the agency tree of one real province: its People's Committee (code = prefix) and one
 * commune agency per ward, valid from the 2025 reform. Idempotent: existing agencies are kept and
 * only missing communes are added.
 */
export async function instantiateProvince(
  db: Executor,
  actor: Actor,
  provinceCode: string,
  opts: { codePrefix: string },
): Promise<InstantiatedProvince> {
  authorize(actor, { anyOf: ['admin'], agencyPath: '/' });
  const prefix = parseInput(agencyCode, opts.codePrefix);
  const { province, wards } = await listProvinceWards(db, provinceCode);
  return db.transaction(async (tx) => {
    await lockAgencyTree(tx);
    let root = await findAgency(tx, { code: prefix });
    if (root && (root.level !== 'province' || root.divisionCode !== province.code)) {
      throw new AppError('DIVISION_PROVINCE_AGENCY_MISMATCH', { code: prefix, province: province.name });
    }
    root ??= await createAgency(tx, actor, {
      code: prefix,
      name: peoplesCommitteeName(province.name, 'province'),
      level: 'province',
      divisionCode: province.code,
    });
    const existing = new Set(
      (await tx.select({ code: agencies.code }).from(agencies).where(like(agencies.code, `${prefix}-X-%`))).map((r) => r.code),
    );
    const missing = wards.filter((w) => !existing.has(communeAgencyCode(prefix, w.code)));
    const communeValidity = { validFrom: TWO_TIER_REFORM_DATE, validTo: root.validTo };
    assertValidity(communeValidity, root);
    // One insert for all communes (a big province has over 100), paths set right after.
    const created =
      missing.length === 0
        ? []
        : await tx
            .insert(agencies)
            .values(
              missing.map((w) => ({
                code: communeAgencyCode(prefix, w.code),
                name: peoplesCommitteeName(w.name),
                level: 'commune' as const,
                parentId: root.id,
                path: '/',
                divisionCode: w.code,
                ...communeValidity,
              })),
            )
            .onConflictDoNothing({ target: agencies.code })
            .returning({ id: agencies.id, code: agencies.code, name: agencies.name });
    if (created.length > 0) {
      await tx
        .update(agencies)
        .set({ path: sql`${root.path} || ${agencies.id} || '/'` })
        .where(inArray(agencies.id, created.map((c) => c.id)));
    }
    for (const c of created) {
      await recordAudit(tx, {
        type: 'AGENCY_CREATED',
        actorId: actor.userId,
        subject: `agency:${c.id}`,
        data: { code: c.code, name: c.name, level: 'commune', parentId: root.id, ...communeValidity },
      });
    }
    const createdCommunes = created.length;
    return { province: root, createdCommunes };
  });
}
