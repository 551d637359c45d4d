import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/types';
import { agencies } from '../../agencies/schema';
import type { Issuer } from './form-context';
import { placeOf } from './form-format';

const idsOf = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n));

/** Header facts of the agencies that issue forms: their name, their parent's, and the province's locality. */
export async function loadIssuers(db: Executor, agencyIds: readonly number[]): Promise<Map<number, Issuer>> {
  const wanted = [...new Set(agencyIds)];
  if (wanted.length === 0) return new Map();
  const own = await db.select({ id: agencies.id, name: agencies.name, path: agencies.path }).from(agencies).where(inArray(agencies.id, wanted));
  const lineage = new Map(own.map((a) => [a.id, idsOf(a.path)]));
  const related = [...new Set([...lineage.values()].flatMap((ids) => [ids[0], ids[ids.length - 2]]).filter((id): id is number => id !== undefined))];
  const names = new Map(
    related.length === 0
      ? []
      : (await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, related))).map((a) => [a.id, a.name]),
  );
  const result = new Map<number, Issuer>();
  for (const a of own) {
    const ids = lineage.get(a.id)!;
    const parentId = ids.length >= 2 ? ids[ids.length - 2] : undefined;
    const rootId = ids[0] ?? a.id;
    result.set(a.id, {
      name: a.name,
      parentName: parentId !== undefined ? (names.get(parentId) ?? '') : '',
      place: placeOf(rootId === a.id ? a.name : (names.get(rootId) ?? '')),
    });
  }
  return result;
}
