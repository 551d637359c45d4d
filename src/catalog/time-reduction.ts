import { fromHundredths, percentOf, toHundredths } from './quantity';
import type { TimeUnit } from './time-unit';

export interface ReductionItem {
  readonly code: string;
  readonly name: string;
  readonly legalDuration: number;
  readonly publishedDuration: number;
  readonly timeUnit: TimeUnit;
}

export interface ProcedureReduction extends ReductionItem {
  readonly saved: number;
  /** saved ÷ statutory × 100, two decimals; null when the statutory time is 0. */
  readonly percentSaved: number | null;
  readonly reduced: boolean;
}

/** Totals of one time unit: adding working days to hours or months would be meaningless. */
export interface ReductionTotals {
  readonly timeUnit: TimeUnit;
  readonly procedures: number;
  /** Procedures whose published time is below the statutory one. */
  readonly reduced: number;
  /** reduced ÷ procedures × 100, two decimals. */
  readonly reducedPercent: number | null;
  readonly legalTotal: number;
  readonly publishedTotal: number;
  readonly saved: number;
  /** saved ÷ legalTotal × 100, two decimals. */
  readonly percentSaved: number | null;
}

export interface TimeReduction {
  readonly procedures: readonly ProcedureReduction[];
  readonly totals: readonly ReductionTotals[];
}

/** The "time cut compared with the law" figures of a set of procedures, per procedure and per time unit. */
export function computeTimeReduction(items: readonly ReductionItem[]): TimeReduction {
  const procedures = items.map((item): ProcedureReduction => {
    const saved = fromHundredths(toHundredths(item.legalDuration) - toHundredths(item.publishedDuration));
    return { ...item, saved, percentSaved: percentOf(saved, item.legalDuration), reduced: saved > 0 };
  });
  const byUnit = new Map<TimeUnit, { n: number; reduced: number; legal: number; published: number }>();
  for (const p of procedures) {
    const t = byUnit.get(p.timeUnit) ?? { n: 0, reduced: 0, legal: 0, published: 0 };
    t.n += 1;
    if (p.reduced) t.reduced += 1;
    t.legal += toHundredths(p.legalDuration);
    t.published += toHundredths(p.publishedDuration);
    byUnit.set(p.timeUnit, t);
  }
  const totals = [...byUnit.entries()].map(([timeUnit, t]): ReductionTotals => {
    const saved = fromHundredths(t.legal - t.published);
    return {
      timeUnit,
      procedures: t.n,
      reduced: t.reduced,
      reducedPercent: percentOf(t.reduced, t.n),
      legalTotal: fromHundredths(t.legal),
      publishedTotal: fromHundredths(t.published),
      saved,
      percentSaved: percentOf(saved, fromHundredths(t.legal)),
    };
  });
  return { procedures, totals };
}
