import { AppError } from '../shared/errors';
import type { Role } from './roles';

/** A role to grant: over an agency subtree, or the whole system when agencyId is null. */
export interface GrantInput {
  readonly role: Role;
  readonly agencyId: number | null;
}

/** One grant per role (the table's key) and citizens bound to no agency. */
export function validateGrants(grants: readonly GrantInput[]): void {
  const seen = new Set<Role>();
  for (const g of grants) {
    if (seen.has(g.role)) throw new AppError('ROLE_DUPLICATED', { role: g.role });
    seen.add(g.role);
    if (g.role === 'citizen' && g.agencyId !== null) throw new AppError('CITIZEN_ROLE_WITH_AGENCY');
  }
}

/** Same grants regardless of order: decides whether a change is worth an audit event. */
export function sameGrants(a: readonly GrantInput[], b: readonly GrantInput[]): boolean {
  const key = (gs: readonly GrantInput[]) =>
    gs
      .map((g) => `${g.role}@${g.agencyId ?? '*'}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}
