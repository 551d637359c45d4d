/** One row of the standard report (form 06/VPCP/KSTT): every total is a sum, by construction. */
export interface Figures {
  received: { total: number; online: number; directOrPostal: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  pending: { total: number; notDue: number; overdue: number };
  overdueTotal: number;
}

export type CountRow = {
  carried_over: number;
  new_online: number;
  new_direct: number;
  early: number;
  on_time: number;
  late: number;
  not_due: number;
  overdue: number;
};

/** Builds a row from its eight disjoint counts, so the totals cannot disagree with their parts. */
export function figuresOf(c: CountRow): Figures {
  const received = { online: c.new_online, directOrPostal: c.new_direct, carriedOver: c.carried_over };
  const resolved = { early: c.early, onTime: c.on_time, late: c.late };
  const pending = { notDue: c.not_due, overdue: c.overdue };
  return {
    received: { total: received.online + received.directOrPostal + received.carriedOver, ...received },
    resolved: { total: resolved.early + resolved.onTime + resolved.late, ...resolved },
    pending: { total: pending.notDue + pending.overdue, ...pending },
    overdueTotal: resolved.late + pending.overdue,
  };
}

export const zeroCounts: CountRow = { carried_over: 0, new_online: 0, new_direct: 0, early: 0, on_time: 0, late: 0, not_due: 0, overdue: 0 };

export function addCounts(a: CountRow, b: CountRow): CountRow {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof CountRow)[]) out[k] += b[k];
  return out;
}

/** Every dossier counted is either resolved or pending: received total = resolved + pending. */
export function isBalanced(f: Figures): boolean {
  return f.received.total === f.resolved.total + f.pending.total;
}
