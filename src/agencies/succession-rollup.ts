/**
 * Mergers and renames over time, without I/O. A succession says: from `effectiveFrom`, the
 * predecessor's work (its dossiers) belongs to the successor. Chains are followed, so with A→B from
 * 2025-07-01 and B→C from 2026-01-01, A's work belongs to A until 2025-06-30, to B until 2025-12-31
 * and to C afterwards. Reports are computed as of their period end: a period ending after a merger
 * rolls the old unit into its successor, an earlier period still shows the old unit.
 */
import { overlapsPeriod, type Validity } from './agency-dates';
import { isInSubtree, pathIds } from './agency-path';

export interface SuccessionLink {
  readonly predecessorId: number;
  readonly successorId: number;
  readonly effectiveFrom: string;
}

/** What the rollup needs to know of an agency, current or historical. */
export interface HistoricalAgency extends Validity {
  readonly id: number;
  readonly parentId: number | null;
  readonly path: string;
}

/** Successions by predecessor, earliest first: build once, resolve many times. */
export type SuccessionIndex = ReadonlyMap<number, readonly SuccessionLink[]>;

export function indexSuccessions(links: readonly SuccessionLink[]): SuccessionIndex {
  const index = new Map<number, SuccessionLink[]>();
  for (const link of links) {
    const list = index.get(link.predecessorId);
    if (list) list.push(link);
    else index.set(link.predecessorId, [link]);
  }
  for (const list of index.values()) {
    list.sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom ? a.successorId - b.successorId : a.effectiveFrom < b.effectiveFrom ? -1 : 1,
    );
  }
  return index;
}

function asIndex(successions: SuccessionIndex | readonly SuccessionLink[]): SuccessionIndex {
  return Array.isArray(successions) ? indexSuccessions(successions) : (successions as SuccessionIndex);
}

/**
 * The agencies that successively own an agency's work up to `date`, starting with the agency itself.
 * An agency is succeeded once; should the data name several successors, the earliest effective one
 * (then the smallest id) wins so the answer is deterministic. A cycle in bad data stops the walk.
 */
export function successorChain(
  successions: SuccessionIndex | readonly SuccessionLink[],
  agencyId: number,
  date: string,
): number[] {
  const index = asIndex(successions);
  const chain = [agencyId];
  const seen = new Set(chain);
  let current = agencyId;
  for (;;) {
    const next = index.get(current)?.find((l) => l.effectiveFrom <= date);
    if (!next || seen.has(next.successorId)) return chain;
    current = next.successorId;
    chain.push(current);
    seen.add(current);
  }
}

/** The agency that owns `agencyId`'s work on `date` (the agency itself when not yet succeeded). */
export function resolveSuccessorAsOf(
  successions: SuccessionIndex | readonly SuccessionLink[],
  agencyId: number,
  date: string,
): number {
  const chain = successorChain(successions, agencyId, date);
  return chain[chain.length - 1]!;
}

/** A resolver bound to one succession list: `resolveSuccessorAsOf(agencyId, date)`. */
export function createSuccessionResolver(links: readonly SuccessionLink[]): {
  resolveSuccessorAsOf(agencyId: number, date: string): number;
} {
  const index = indexSuccessions(links);
  return { resolveSuccessorAsOf: (agencyId, date) => resolveSuccessorAsOf(index, agencyId, date) };
}

/**
 * Whether `rowGrouping` puts each agency on its own row, or on the row of its ancestor directly
 * under the report root (a department's offices on the department's row; an old district's communes
 * on the district's row).
 */
export type RowGrouping = 'agency' | 'child-of-root';

export interface ReportRowsInput {
  readonly agencies: readonly HistoricalAgency[];
  readonly successions: SuccessionIndex | readonly SuccessionLink[];
  readonly rootId: number;
  /** Last day of the report period: ownership is decided as of this day. */
  readonly periodEnd: string;
  readonly groupBy?: RowGrouping;
}

function rowUnderRoot(agency: HistoricalAgency, root: HistoricalAgency, groupBy: RowGrouping): number {
  if (groupBy === 'agency' || agency.id === root.id) return agency.id;
  const ids = pathIds(agency.path);
  return ids[pathIds(root.path).length] ?? agency.id;
}

/**
 * For a report rooted at `rootId` and ending on `periodEnd`, the row (an agency id) each agency's
 * dossiers are counted on. Every agency that ever belonged to the root's subtree, or whose work has
 * passed into it by `periodEnd`, gets a row, whatever its own validity: an agency that ended before
 * the period may still have dossiers carried over. An agency whose work left the subtree (merged
 * into a unit elsewhere) keeps its own row in this report.
 */
export function mapAgenciesToReportRows(input: ReportRowsInput): Map<number, number> {
  const groupBy = input.groupBy ?? 'agency';
  const byId = new Map(input.agencies.map((a) => [a.id, a]));
  const root = byId.get(input.rootId);
  if (!root) throw new RangeError(`unknown report root ${input.rootId}`);
  const index = asIndex(input.successions);
  const rows = new Map<number, number>();
  for (const agency of input.agencies) {
    const owner = byId.get(resolveSuccessorAsOf(index, agency.id, input.periodEnd));
    const base =
      owner && isInSubtree(owner.path, root.path) ? owner : isInSubtree(agency.path, root.path) ? agency : undefined;
    if (base) rows.set(agency.id, rowUnderRoot(base, root, groupBy));
  }
  return rows;
}

/**
 * The agencies of the root's subtree that existed on at least one day of [from, to], in tree order:
 * before July 2025 this includes the old districts and communes, which must still report.
 */
export function agenciesExistingBetween<T extends HistoricalAgency>(
  agencies: readonly T[],
  rootId: number,
  from: string,
  to: string,
): T[] {
  const root = agencies.find((a) => a.id === rootId);
  if (!root) throw new RangeError(`unknown root ${rootId}`);
  return agencies
    .filter((a) => isInSubtree(a.path, root.path) && overlapsPeriod(a, from, to))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface ReportRowPlan {
  /** Row of every agency whose dossiers count in the report (see mapAgenciesToReportRows). */
  readonly rowOf: Map<number, number>;
  /** Rows to show even when empty: those of the agencies that existed during the period. */
  readonly rows: number[];
}

/** Both answers a report needs for [from, to] under a root. */
export function planReportRows(input: ReportRowsInput & { readonly periodStart: string }): ReportRowPlan {
  const rowOf = mapAgenciesToReportRows(input);
  const byId = new Map(input.agencies.map((a) => [a.id, a]));
  const rows = new Set<number>();
  for (const a of input.agencies) {
    const row = rowOf.get(a.id);
    if (row !== undefined && overlapsPeriod(a, input.periodStart, input.periodEnd)) rows.add(row);
  }
  const ordered = [...rows].sort((x, y) => {
    const px = byId.get(x)!.path;
    const py = byId.get(y)!.path;
    return px < py ? -1 : px > py ? 1 : 0;
  });
  return { rowOf, rows: ordered };
}
