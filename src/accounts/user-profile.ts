import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { userRoles, users } from './schema';
import { roleLabels, type Role } from './roles';

export interface AgencyRef {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

export interface UserRoleView {
  readonly role: Role;
  readonly label: string;
  /** null: the role covers the whole system (or, for citizens, no agency). */
  readonly agency: AgencyRef | null;
}

export interface UserProfile {
  readonly id: number;
  readonly username: string;
  readonly fullName: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly agency: AgencyRef | null;
  readonly roles: UserRoleView[];
  readonly active: boolean;
  readonly trainingMode: boolean;
  readonly isDemo: boolean;
  readonly lastLoginAt: string | null;
  readonly createdAt: string;
}

function agencyRef(a: { id: number | null; code: string | null; name: string | null }): AgencyRef | null {
  return a.id === null || a.code === null || a.name === null ? null : { id: a.id, code: a.code, name: a.name };
}

/** Profiles in the order of `ids`; unknown ids are skipped. */
export async function loadUserProfiles(db: Executor, ids: readonly number[]): Promise<UserProfile[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      email: users.email,
      phone: users.phone,
      active: users.active,
      trainingMode: users.trainingMode,
      isDemo: users.isDemo,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      agencyId: agencies.id,
      agencyCode: agencies.code,
      agencyName: agencies.name,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(inArray(users.id, [...ids]));
  const grants = await db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      agencyId: agencies.id,
      agencyCode: agencies.code,
      agencyName: agencies.name,
    })
    .from(userRoles)
    .leftJoin(agencies, eq(agencies.id, userRoles.agencyId))
    .where(inArray(userRoles.userId, [...ids]))
    .orderBy(asc(userRoles.role));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const profiles: UserProfile[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    profiles.push({
      id: r.id,
      username: r.username,
      fullName: r.fullName,
      email: r.email,
      phone: r.phone,
      agency: agencyRef({ id: r.agencyId, code: r.agencyCode, name: r.agencyName }),
      roles: grants
        .filter((g) => g.userId === id)
        .map((g) => ({
          role: g.role,
          label: roleLabels[g.role],
          agency: agencyRef({ id: g.agencyId, code: g.agencyCode, name: g.agencyName }),
        })),
      active: r.active,
      trainingMode: r.trainingMode,
      isDemo: r.isDemo,
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    });
  }
  return profiles;
}

export async function loadUserProfile(db: Executor, id: number): Promise<UserProfile> {
  const [profile] = await loadUserProfiles(db, [id]);
  if (!profile) throw new AppError('NOT_FOUND', { what: `người dùng #${id}` });
  return profile;
}
