/** Nesting flat agency rows into a tree, as of a day; no I/O. */
import { isValidOn } from './agency-dates';
import { levelRank, type AgencyLevel } from './agency-levels';

export interface AgencyRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentId: number | null;
  readonly path: string;
  readonly divisionCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface AgencyTreeNode extends AgencyRow {
  readonly children: AgencyTreeNode[];
}

function compareSiblings(a: AgencyRow, b: AgencyRow): number {
  return levelRank[a.level] - levelRank[b.level] || a.name.localeCompare(b.name, 'vi') || a.id - b.id;
}

/**
 * The agencies valid on `asOf`, nested. An agency shows only when its parent shows too (a unit cannot
 * outlive its parent agency); the tops are the rows whose parent is not among the given rows, so a
 * subtree query yields its own root on top.
 */
export function buildAgencyTree(rows: readonly AgencyRow[], asOf: string): AgencyTreeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const nodes = new Map<number, AgencyTreeNode>();
  for (const r of rows) if (isValidOn(r, asOf)) nodes.set(r.id, { ...r, children: [] });
  const tops: AgencyTreeNode[] = [];
  // Parents before children, so an invalid ancestor hides the whole branch below it.
  const ordered = [...nodes.values()].sort((a, b) => a.path.length - b.path.length);
  const shown = new Set<number>();
  for (const node of ordered) {
    if (node.parentId === null || !ids.has(node.parentId)) {
      tops.push(node);
      shown.add(node.id);
      continue;
    }
    const parent = nodes.get(node.parentId);
    if (parent && shown.has(parent.id)) {
      parent.children.push(node);
      shown.add(node.id);
    }
  }
  const sortDeep = (list: AgencyTreeNode[]): void => {
    list.sort(compareSiblings);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(tops);
  return tops;
}
