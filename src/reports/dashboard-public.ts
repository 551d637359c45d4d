import { and, asc, eq, isNull } from 'drizzle-orm';
import { systemActor } from '../accounts/actor';
import { agencies } from '../agencies/schema';
import { vietnamDateOf } from '../calendar/vietnam-time';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { dashboardFigures } from './dashboard';
import { onTimeRate } from './dashboard-figures';
import type { Figures } from './form06-figures';
import { checkPeriod } from './periods';

/** Figures anyone may see: counts only, never a dossier, an applicant or an official. */
export interface PublicFigures {
  /** Dossiers handled in the period: new receipts plus those carried over. */
  received: number;
  /** Received within the period (online, at the counter or by post). */
  receivedNew: number;
  online: number;
  resolved: number;
  /** Resolved early or on time. */
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  /** onTime ÷ resolved, null when nothing was resolved. */
  onTimeRate: number | null;
}

export interface PublicStatistics {
  year: number;
  from: string;
  /** The year's last day, or today while the year is running. */
  to: string;
  agency: string;
  agencyName: string;
  total: PublicFigures;
  byAgency: (PublicFigures & { code: string; name: string })[];
  /** The year split by month: receipts of the month, and what was resolved in it. */
  byMonth: { month: string; from: string; to: string; receivedNew: number; online: number; resolved: number; onTime: number; late: number; onTimeRate: number | null }[];
}

function publicFigures(f: Figures): PublicFigures {
  return {
    received: f.received.total,
    receivedNew: f.received.online + f.received.directOrPostal,
    online: f.received.online,
    resolved: f.resolved.total,
    onTime: f.resolved.early + f.resolved.onTime,
    late: f.resolved.late,
    pending: f.pending.total,
    overdue: f.pending.overdue,
    onTimeRate: onTimeRate(f),
  };
}

/** The province at the top of the tree: level province, no parent (the first one if several). */
async function rootProvinceCode(db: Executor): Promise<string> {
  const [row] = await db
    .select({ code: agencies.code })
    .from(agencies)
    .where(and(eq(agencies.level, 'province'), isNull(agencies.parentId)))
    .orderBy(asc(agencies.id))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { what: 'tỉnh (cơ quan cấp tỉnh không có cấp trên)' });
  return row.code;
}

/**
 * Public statistics of a year for the citizen portal: the standard report's figures of an agency
 * subtree (default: the province) by child agency and by month, test dossiers excluded as in every
 * report. A running year stops at today, so nothing is counted overdue before its time. Anyone may
 * read them, hence the system actor for the computation.
 */
export async function computePublicStatistics(
  db: Executor,
  input: { agencyCode?: string | undefined; year: number; now: Date },
): Promise<PublicStatistics> {
  const today = vietnamDateOf(input.now);
  const code = input.agencyCode ?? (await rootProvinceCode(db));
  const yearEnd = `${input.year}-12-31`;
  const period = checkPeriod({ from: `${input.year}-01-01`, to: yearEnd < today ? yearEnd : today });
  const f = await dashboardFigures(db, systemActor, { agencyCode: code, ...period });
  return {
    year: input.year,
    from: f.from,
    to: f.to,
    agency: f.agency,
    agencyName: f.agencyName,
    total: publicFigures(f.total),
    byAgency: f.byChild.map((r) => ({ code: r.key, name: r.name, ...publicFigures(r) })),
    byMonth: f.months.map((m) => ({
      month: m.month,
      from: m.from,
      to: m.to,
      receivedNew: m.receivedNew,
      online: m.online,
      resolved: m.resolved,
      onTime: m.early + m.onTime,
      late: m.late,
      onTimeRate: m.onTimeRate,
    })),
  };
}
