/** Pure helpers over the agency tree the API returns (no React, unit-tested). */
import type { AgencyLevel } from './labels';
import { matchesQuery } from './search-text';

export interface TreeAgency {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentId: number | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly children: readonly TreeAgency[];
}

export interface FlatAgency<T extends TreeAgency = TreeAgency> {
  readonly agency: T;
  readonly depth: number;
}

/** Depth-first, parents before children: the order of an indented list. */
export function flattenAgencies<T extends TreeAgency>(nodes: readonly T[], depth = 0): FlatAgency<T>[] {
  return nodes.flatMap((agency) => [{ agency, depth }, ...flattenAgencies(agency.children as readonly T[], depth + 1)]);
}

export function countAgencies(nodes: readonly TreeAgency[]): number {
  return nodes.reduce((n, a) => n + 1 + countAgencies(a.children), 0);
}

export function findAgency<T extends TreeAgency>(nodes: readonly T[], id: number): T | undefined {
  for (const a of nodes) {
    if (a.id === id) return a;
    const found = findAgency(a.children as readonly T[], id);
    if (found) return found;
  }
  return undefined;
}

/** Ids of the agency's ancestors, top first (empty when not found or at the top). */
export function ancestorIds(nodes: readonly TreeAgency[], id: number): number[] {
  for (const a of nodes) {
    if (a.id === id) return [];
    const below = ancestorIds(a.children, id);
    if (below.length > 0 || a.children.some((c) => c.id === id)) return [a.id, ...below];
  }
  return [];
}

/** The agency and everything below it: what cannot become its new parent or successor. */
export function subtreeIds(node: TreeAgency): Set<number> {
  const ids = new Set<number>([node.id]);
  for (const c of node.children) for (const id of subtreeIds(c)) ids.add(id);
  return ids;
}

export interface FilteredTree<T extends TreeAgency> {
  readonly nodes: T[];
  /** Ids to expand so that every match is visible. */
  readonly expanded: number[];
  readonly matches: number;
}

/**
 * Keeps the agencies whose name or code matches (ignoring diacritics) and their ancestors, so a
 * match is shown in its place in the tree. An empty query keeps everything.
 */
export function filterAgencyTree<T extends TreeAgency>(nodes: readonly T[], query: string): FilteredTree<T> {
  if (!query.trim()) return { nodes: [...nodes], expanded: [], matches: 0 };
  const expanded: number[] = [];
  let matches = 0;
  const visit = (list: readonly T[]): T[] =>
    list.flatMap((a) => {
      const children = visit(a.children as readonly T[]);
      const self = matchesQuery(`${a.name} ${a.code}`, query);
      if (self) matches++;
      if (!self && children.length === 0) return [];
      if (children.length > 0) expanded.push(a.id);
      return [{ ...a, children: self && children.length === 0 ? a.children : children }];
    });
  return { nodes: visit(nodes), expanded, matches };
}

/**
 * Levels that may sit under a parent, mirroring the server's rule so the form only offers
 * possible choices (the server still decides).
 */
export function allowedChildLevels(parent: AgencyLevel | null): AgencyLevel[] {
  switch (parent) {
    case null:
      return ['province'];
    case 'province':
      return ['department', 'district', 'commune', 'unit'];
    case 'district':
      return ['commune', 'unit'];
    case 'department':
    case 'commune':
    case 'unit':
      return ['unit'];
  }
}

/** Unit codes appear inside dossier codes: the server's rule, checked as the user types. */
export const AGENCY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** A suggested code for a new child: the parent's code and a dash, ready to be completed. */
export function suggestChildCode(parentCode: string | undefined): string {
  return parentCode ? `${parentCode}-` : '';
}

/** Whether the agency is in force on a date (YYYY-MM-DD, inclusive bounds). */
export function isValidOn(a: Pick<TreeAgency, 'validFrom' | 'validTo'>, date: string): boolean {
  return a.validFrom <= date && (a.validTo === null || date <= a.validTo);
}
