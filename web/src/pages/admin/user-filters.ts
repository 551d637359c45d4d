/** The users list's filters live in the address (shareable, survive a reload); pure conversions. */
import { roleOrder, type RoleName } from './labels';

export interface UserFilters {
  readonly search: string;
  readonly agencyId: number | null;
  readonly role: RoleName | null;
  readonly active: 'true' | 'false' | null;
  readonly page: number;
  readonly pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100];

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

export function readUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get('vai-tro');
  const active = params.get('trang-thai');
  const size = positiveInt(params.get('so-dong'));
  return {
    search: params.get('tim') ?? '',
    agencyId: positiveInt(params.get('co-quan')),
    role: role && (roleOrder as string[]).includes(role) ? (role as RoleName) : null,
    active: active === 'true' || active === 'false' ? active : null,
    page: positiveInt(params.get('trang')) ?? 1,
    pageSize: size && PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function writeUserFilters(f: UserFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set('tim', f.search.trim());
  if (f.agencyId) p.set('co-quan', String(f.agencyId));
  if (f.role) p.set('vai-tro', f.role);
  if (f.active) p.set('trang-thai', f.active);
  if (f.page > 1) p.set('trang', String(f.page));
  if (f.pageSize !== 20) p.set('so-dong', String(f.pageSize));
  return p;
}

/** The API's query: limit/offset paging, empty filters left out. */
export function usersApiQuery(f: UserFilters) {
  return {
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.agencyId ? { agencyId: f.agencyId } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.active ? { active: f.active } : {}),
  };
}
