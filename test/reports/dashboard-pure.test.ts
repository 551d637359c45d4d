import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthCount, monthSlices, onTimeRate, overdueRate, rankWorst } from '../../src/reports/dashboard-figures';
import { figuresOf, zeroCounts, type CountRow } from '../../src/reports/form06-figures';
import { addDays, dayNumber, dateOfDayNumber } from '../../src/calendar/vietnam-time';

/** Balanced figures: every dossier counted was received in the period (at the counter). */
const counts = (c: Partial<CountRow>): CountRow => {
  const all = { ...zeroCounts, ...c };
  return { ...all, new_direct: all.early + all.on_time + all.late + all.not_due + all.overdue };
};
const row = (key: string, c: Partial<CountRow>) => ({ key, name: key, ...figuresOf(counts(c)) });

describe('dashboard month slices', () => {
  it('clips the first and last month to the period (reporting cut-off 15th–14th)', () => {
    expect(monthSlices({ from: '2025-12-15', to: '2026-02-14' })).toEqual([
      { month: '2025-12', from: '2025-12-15', to: '2025-12-31' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-14' },
    ]);
    expect(monthSlices({ from: '2024-02-10', to: '2024-02-10' })).toEqual([{ month: '2024-02', from: '2024-02-10', to: '2024-02-10' }]);
    expect(monthSlices({ from: '2024-02-01', to: '2024-03-31' })[0]).toEqual({ month: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  });

  it('covers every day of any period exactly once, one slice per calendar month', () => {
    const day = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2030-12-31') }).map(dateOfDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = addDays(from, length);
        const slices = monthSlices({ from, to });
        expect(slices.length).toBe(monthCount({ from, to }));
        expect(slices[0]!.from).toBe(from);
        expect(slices.at(-1)!.to).toBe(to);
        for (let i = 1; i < slices.length; i++) expect(slices[i]!.from).toBe(addDays(slices[i - 1]!.to, 1));
        for (const s of slices) {
          expect(s.from.slice(0, 7)).toBe(s.month);
          expect(s.to.slice(0, 7)).toBe(s.month);
        }
      }),
    );
  });
});

describe('dashboard rates and rankings', () => {
  it('computes the on-time rate over resolved and the overdue rate over all counted', () => {
    const f = figuresOf(counts({ early: 2, on_time: 4, late: 2, not_due: 1, overdue: 1 }));
    expect(onTimeRate(f)).toBe(0.75);
    expect(overdueRate(f)).toBe(0.3);
    expect(onTimeRate(figuresOf(zeroCounts))).toBeNull();
    expect(overdueRate(figuresOf(zeroCounts))).toBeNull();
  });

  it('ranks by total overdue, then overdue rate, then key, leaving out rows without any', () => {
    const rows = [
      row('A', { on_time: 10, late: 1 }),
      row('B', { late: 2, overdue: 1 }),
      row('C', { on_time: 1 }),
      row('D', { on_time: 30, late: 3 }),
      row('E', { late: 1, not_due: 1 }),
      row('F', { late: 1, not_due: 1 }),
    ];
    const ranked = rankWorst(rows, 4);
    expect(ranked.map((r) => r.key)).toEqual(['B', 'D', 'E', 'F']);
    expect(ranked[0]!.overdueTotal).toBe(3);
    expect(ranked[0]!.onTimeRate).toBe(0);
    expect(rankWorst(rows, 10).map((r) => r.key)).not.toContain('C');
  });
});
