import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/agencies/agency-dates';
import {
  agenciesExistingBetween,
  createSuccessionResolver,
  indexSuccessions,
  mapAgenciesToReportRows,
  planReportRows,
  resolveSuccessorAsOf,
  successorChain,
  type HistoricalAgency,
  type SuccessionLink,
} from '../../src/agencies/succession-rollup';

const A = 1;
const B = 2;
const C = 3;
const chainABC: SuccessionLink[] = [
  { predecessorId: A, successorId: B, effectiveFrom: '2025-07-01' },
  { predecessorId: B, successorId: C, effectiveFrom: '2026-01-01' },
];

describe('resolveSuccessorAsOf', () => {
  it.each([
    ['2020-01-01', A],
    ['2025-06-30', A],
    ['2025-07-01', B],
    ['2025-12-31', B],
    ['2026-01-01', C],
    ['2099-12-31', C],
  ])('A→B from 2025-07-01, B→C from 2026-01-01: A on %s belongs to %i', (date, owner) => {
    expect(resolveSuccessorAsOf(chainABC, A, date)).toBe(owner);
  });

  it('resolves from the middle of the chain and leaves the end alone', () => {
    expect(resolveSuccessorAsOf(chainABC, B, '2025-08-01')).toBe(B);
    expect(resolveSuccessorAsOf(chainABC, B, '2026-01-01')).toBe(C);
    expect(resolveSuccessorAsOf(chainABC, C, '2030-01-01')).toBe(C);
    expect(resolveSuccessorAsOf(chainABC, 99, '2030-01-01')).toBe(99);
  });

  it('applies each step on its own date, whatever the order of the steps', () => {
    // B was renamed to C before A merged into B.
    const links = [
      { predecessorId: A, successorId: B, effectiveFrom: '2026-01-01' },
      { predecessorId: B, successorId: C, effectiveFrom: '2025-07-01' },
    ];
    expect(resolveSuccessorAsOf(links, A, '2025-08-01')).toBe(A);
    expect(resolveSuccessorAsOf(links, A, '2026-01-01')).toBe(C);
    expect(successorChain(links, A, '2026-01-01')).toEqual([A, B, C]);
  });

  it('with several successors takes the earliest effective one, then the smallest id', () => {
    const links = [
      { predecessorId: A, successorId: 9, effectiveFrom: '2025-07-01' },
      { predecessorId: A, successorId: 5, effectiveFrom: '2025-07-01' },
      { predecessorId: A, successorId: 4, effectiveFrom: '2026-01-01' },
    ];
    expect(resolveSuccessorAsOf(links, A, '2025-07-01')).toBe(5);
    expect(resolveSuccessorAsOf(links, A, '2027-01-01')).toBe(5);
    const later = [{ predecessorId: A, successorId: 4, effectiveFrom: '2026-01-01' }, ...links.slice(0, 1)];
    expect(resolveSuccessorAsOf(later, A, '2025-12-31')).toBe(9);
  });

  it('stops on a cycle in bad data instead of looping', () => {
    const links = [
      { predecessorId: A, successorId: B, effectiveFrom: '2025-01-01' },
      { predecessorId: B, successorId: A, effectiveFrom: '2025-01-01' },
    ];
    expect(successorChain(links, A, '2026-01-01')).toEqual([A, B]);
    expect(resolveSuccessorAsOf(links, B, '2026-01-01')).toBe(A);
  });

  it('the bound resolver and a prebuilt index give the same answers as the list', () => {
    const resolver = createSuccessionResolver(chainABC);
    const index = indexSuccessions(chainABC);
    for (const date of ['2025-06-30', '2025-07-01', '2026-01-01']) {
      expect(resolver.resolveSuccessorAsOf(A, date)).toBe(resolveSuccessorAsOf(chainABC, A, date));
      expect(resolveSuccessorAsOf(index, A, date)).toBe(resolveSuccessorAsOf(chainABC, A, date));
    }
  });

  const dayOffset = fc.integer({ min: 0, max: 4000 });
  const isoDay = dayOffset.map((n) => addDays('2020-01-01', n));

  it('property: along a linear chain, the owner is the unit after the last step effective that day', () => {
    fc.assert(
      fc.property(fc.array(dayOffset, { minLength: 0, maxLength: 8 }), isoDay, (offsets, date) => {
        const dates = [...offsets].sort((x, y) => x - y).map((n) => addDays('2020-01-01', n));
        const links = dates.map((d, i) => ({ predecessorId: i + 1, successorId: i + 2, effectiveFrom: d }));
        const steps = dates.filter((d) => d <= date).length;
        expect(resolveSuccessorAsOf(links, 1, date)).toBe(1 + steps);
      }),
    );
  });

  // Acyclic graphs where every agency is succeeded at most once, as succeedAgency guarantees.
  const forest = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 5 }), isoDay), { minLength: 1, maxLength: 15 })
    .map((steps) =>
      steps.map(([jump, effectiveFrom], i) => ({ predecessorId: i + 1, successorId: i + 1 + jump, effectiveFrom })),
    );

  it('property: resolving is idempotent and only moves forward in time', () => {
    fc.assert(
      fc.property(forest, fc.integer({ min: 1, max: 20 }), isoDay, isoDay, (links, start, d1, d2) => {
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const owner = resolveSuccessorAsOf(links, start, early);
        expect(resolveSuccessorAsOf(links, owner, early)).toBe(owner);
        const full = successorChain(links, start, '9999-12-31');
        const chainEarly = successorChain(links, start, early);
        const chainLate = successorChain(links, start, late);
        // Both walks are prefixes of the full chain, the later one at least as long.
        expect(full.slice(0, chainEarly.length)).toEqual(chainEarly);
        expect(full.slice(0, chainLate.length)).toEqual(chainLate);
        expect(chainLate.length).toBeGreaterThanOrEqual(chainEarly.length);
        // Every step taken was effective on the date.
        for (let i = 1; i < chainEarly.length; i++) {
          const link = links.find((l) => l.predecessorId === chainEarly[i - 1] && l.successorId === chainEarly[i]);
          expect(link!.effectiveFrom <= early).toBe(true);
        }
      }),
    );
  });
});

/**
 * A province (1) with a department (2) and its office (3); a district (4) abolished on 2025-06-30
 * with communes 5 and 6 merged into the new communes 7 and 8, and commune 12 whose work went to
 * another province (10, commune 11); commune 8 merges into 7 on 2026-01-01; 9 is commune 7's office.
 */
const agencies: HistoricalAgency[] = [
  { id: 1, parentId: null, path: '/1/', validFrom: '2000-01-01', validTo: null },
  { id: 2, parentId: 1, path: '/1/2/', validFrom: '2000-01-01', validTo: null },
  { id: 3, parentId: 2, path: '/1/2/3/', validFrom: '2000-01-01', validTo: null },
  { id: 4, parentId: 1, path: '/1/4/', validFrom: '2000-01-01', validTo: '2025-06-30' },
  { id: 5, parentId: 4, path: '/1/4/5/', validFrom: '2000-01-01', validTo: '2025-06-30' },
  { id: 6, parentId: 4, path: '/1/4/6/', validFrom: '2000-01-01', validTo: '2025-06-30' },
  { id: 7, parentId: 1, path: '/1/7/', validFrom: '2025-07-01', validTo: null },
  { id: 8, parentId: 1, path: '/1/8/', validFrom: '2025-07-01', validTo: '2025-12-31' },
  { id: 9, parentId: 7, path: '/1/7/9/', validFrom: '2025-07-01', validTo: null },
  { id: 10, parentId: null, path: '/10/', validFrom: '2000-01-01', validTo: null },
  { id: 11, parentId: 10, path: '/10/11/', validFrom: '2025-07-01', validTo: null },
  { id: 12, parentId: 4, path: '/1/4/12/', validFrom: '2000-01-01', validTo: '2025-06-30' },
];
const links: SuccessionLink[] = [
  { predecessorId: 5, successorId: 7, effectiveFrom: '2025-07-01' },
  { predecessorId: 6, successorId: 8, effectiveFrom: '2025-07-01' },
  { predecessorId: 12, successorId: 11, effectiveFrom: '2025-07-01' },
  { predecessorId: 8, successorId: 7, effectiveFrom: '2026-01-01' },
];
const rows = (rootId: number, periodEnd: string, groupBy?: 'agency' | 'child-of-root') =>
  Object.fromEntries(mapAgenciesToReportRows({ agencies, successions: links, rootId, periodEnd, groupBy }));

describe('mapAgenciesToReportRows', () => {
  it('a period before the merger still shows the old units', () => {
    expect(rows(1, '2025-06-30')).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 12: 12 });
  });

  it('a period after the merger rolls the old units into their successors', () => {
    expect(rows(1, '2025-09-30')).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 7, 6: 8, 7: 7, 8: 8, 9: 9, 12: 12 });
  });

  it('follows chains: after commune 8 merged into 7, old commune 6 rolls into 7', () => {
    expect(rows(1, '2026-03-31')).toMatchObject({ 5: 7, 6: 7, 8: 7, 7: 7 });
  });

  it('groups by the child of the root: offices on their department, old communes on their district', () => {
    expect(rows(1, '2025-06-30', 'child-of-root')).toEqual({ 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 7, 8: 8, 9: 7, 12: 4 });
    expect(rows(1, '2025-09-30', 'child-of-root')).toEqual({ 1: 1, 2: 2, 3: 2, 4: 4, 5: 7, 6: 8, 7: 7, 8: 8, 9: 7, 12: 4 });
  });

  it('work that moved to another province counts there after the merger, here before it', () => {
    expect(rows(10, '2025-09-30')).toEqual({ 10: 10, 11: 11, 12: 11 });
    expect(rows(10, '2025-06-30')).toEqual({ 10: 10, 11: 11 });
    expect(rows(1, '2025-09-30')[12]).toBe(12);
  });

  it('a report on a new commune includes the old communes merged into it', () => {
    expect(rows(7, '2025-09-30')).toEqual({ 5: 7, 7: 7, 9: 9 });
    expect(rows(7, '2025-09-30', 'child-of-root')).toEqual({ 5: 7, 7: 7, 9: 9 });
    expect(rows(7, '2026-01-31')).toEqual({ 5: 7, 6: 7, 7: 7, 8: 7, 9: 9 });
    expect(rows(7, '2025-06-30')).toEqual({ 7: 7, 9: 9 });
  });

  it('a report on the abolished district keeps its own communes whose work left it', () => {
    expect(rows(4, '2025-09-30')).toEqual({ 4: 4, 5: 5, 6: 6, 12: 12 });
  });

  it('rejects an unknown root', () => {
    expect(() => rows(404, '2025-09-30')).toThrow(RangeError);
  });

  it('property: every agency of the subtree gets a row inside the subtree; child grouping yields the root or its children', () => {
    const ids = agencies.map((a) => a.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n)),
        (rootId, periodEnd) => {
          const root = agencies.find((a) => a.id === rootId)!;
          const byAgency = mapAgenciesToReportRows({ agencies, successions: links, rootId, periodEnd });
          const byChild = mapAgenciesToReportRows({ agencies, successions: links, rootId, periodEnd, groupBy: 'child-of-root' });
          for (const a of agencies) {
            if (a.path.startsWith(root.path)) expect(byAgency.has(a.id)).toBe(true);
          }
          for (const [agencyId, row] of byAgency) {
            const rowAgency = agencies.find((a) => a.id === row)!;
            expect(rowAgency.path.startsWith(root.path)).toBe(true);
            const owner = resolveSuccessorAsOf(links, agencyId, periodEnd);
            expect([owner, agencyId]).toContain(row);
            const childRow = agencies.find((a) => a.id === byChild.get(agencyId))!;
            expect(childRow.id === rootId || childRow.parentId === rootId).toBe(true);
            expect(rowAgency.path.startsWith(childRow.path)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('agenciesExistingBetween', () => {
  const ids = (from: string, to: string, root = 1) => agenciesExistingBetween(agencies, root, from, to).map((a) => a.id);

  it('before July 2025 the old district and communes report, the new communes do not exist yet', () => {
    expect(ids('2025-01-01', '2025-03-31')).toEqual([1, 2, 3, 4, 12, 5, 6]);
  });

  it('a period spanning the reform has both', () => {
    expect(ids('2025-06-01', '2025-07-31')).toEqual([1, 2, 3, 4, 12, 5, 6, 7, 9, 8]);
  });

  it('bounds are inclusive', () => {
    expect(ids('2025-06-30', '2025-06-30')).toContain(5);
    expect(ids('2025-07-01', '2025-07-01')).not.toContain(5);
    expect(ids('2025-07-01', '2025-07-01')).toContain(7);
    expect(ids('2025-12-31', '2026-01-01')).toContain(8);
    expect(ids('2026-01-01', '2026-12-31')).not.toContain(8);
  });

  it('only under the root', () => {
    expect(ids('2025-01-01', '2025-12-31', 4)).toEqual([4, 12, 5, 6]);
    expect(() => ids('2025-01-01', '2025-12-31', 404)).toThrow(RangeError);
  });
});

describe('planReportRows', () => {
  it('Q3 2025 by child of the province: new communes as rows, the abolished district kept for carried-over dossiers', () => {
    const plan = planReportRows({
      agencies,
      successions: links,
      rootId: 1,
      periodStart: '2025-07-01',
      periodEnd: '2025-09-30',
      groupBy: 'child-of-root',
    });
    expect(plan.rows).toEqual([1, 2, 7, 8]);
    expect(plan.rowOf.get(5)).toBe(7);
    expect(plan.rowOf.get(12)).toBe(4);
  });

  it('Q1 2025 by child of the province shows the district', () => {
    const plan = planReportRows({
      agencies,
      successions: links,
      rootId: 1,
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
      groupBy: 'child-of-root',
    });
    expect(plan.rows).toEqual([1, 2, 4]);
  });
});
