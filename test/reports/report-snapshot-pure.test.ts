import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportCells } from '../../src/reports/classify-sql';
import { addCounts, figuresOf, zeroCounts, type CountRow } from '../../src/reports/form06-figures';
import { figureValue } from '../../src/reports/form06-layout';
import {
  attributeChanges,
  attributionOf,
  canonicalJson,
  cellsOf,
  changeKind,
  describeEvent,
  diffReports,
  isRelevantEvent,
  receiptCategories,
  reportHash,
  resultCategories,
  sha256Hex,
  type DossierChange,
  type Placement,
} from '../../src/reports/snapshot-diff';

describe('canonical JSON and hash', () => {
  it('ignores key order and whitespace, not values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(reportHash({ a: 1, b: 'Sở Tư pháp' })).toBe(reportHash(JSON.parse('{ "b": "Sở Tư pháp", "a": 1 }')));
    expect(reportHash({ a: 1 })).not.toBe(reportHash({ a: 2 }));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(canonicalJson({ at: new Date('2026-03-01T00:00:00Z'), skip: undefined })).toBe('{"at":"2026-03-01T00:00:00.000Z"}');
  });
});

describe('dossier categories', () => {
  it('a dossier counts in the cells its two categories imply', () => {
    expect(cellsOf({ receipt: 'new_online', result: 'late' }).sort()).toEqual(
      ['received.total', 'received.online', 'resolved.total', 'resolved.late', 'overdueTotal'].sort(),
    );
    expect(cellsOf({ receipt: 'carried_over', result: 'not_due' }).sort()).toEqual(['received.total', 'received.carriedOver', 'pending.total', 'pending.notDue'].sort());
    expect(cellsOf({ receipt: 'new_direct', result: 'overdue' })).toContain('overdueTotal');
    expect(cellsOf({ receipt: 'new_direct', result: 'early' })).not.toContain('overdueTotal');
  });

  it('names the kind of change', () => {
    const p: Placement = { rowKey: 'A', receipt: 'new_direct', result: 'late' };
    expect(changeKind({ before: null, after: p })).toBe('added');
    expect(changeKind({ before: p, after: null })).toBe('removed');
    expect(changeKind({ before: p, after: { ...p, result: 'on_time' } })).toBe('moved');
  });
});

const placement = fc.record({
  rowKey: fc.constantFrom('A', 'B', 'C'),
  receipt: fc.constantFrom(...receiptCategories),
  result: fc.constantFrom(...resultCategories),
});

/** The report a list of placements makes, built with the same sums as computeForm06. */
function reportOf(placements: (Placement | null)[]) {
  const rows = new Map<string, CountRow>();
  for (const p of placements) {
    if (!p) continue;
    const c = { ...(rows.get(p.rowKey) ?? zeroCounts) };
    c[p.receipt] += 1;
    c[p.result] += 1;
    rows.set(p.rowKey, c);
  }
  return {
    rows: [...rows].map(([key, c]) => ({ key, name: `Dòng ${key}`, ...figuresOf(c) })),
    total: figuresOf([...rows.values()].reduce(addCounts, zeroCounts)),
  };
}

describe('differences between a published report and now', () => {
  it('every changed cell is explained exactly by the dossiers that entered or left it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(placement, { nil: null }), fc.option(placement, { nil: null })), { maxLength: 30 }), (pairs) => {
        const changes: DossierChange[] = pairs.map(([before, after], i) => ({ dossierId: i, code: `HS-${i}`, before, after }));
        const published = reportOf(pairs.map(([b]) => b));
        const current = reportOf(pairs.map(([, a]) => a));
        const attribution = attributeChanges(changes);
        const diffs = diffReports(published, current);
        for (const d of diffs) {
          const who = attributionOf(attribution, d);
          const signed = who.reduce((s, w) => s + (w.change === 'added' ? 1 : -1), 0);
          if (signed !== d.current - d.published) return false;
        }
        // No cell is reported as changed when its figure did not change.
        for (const row of ['A', 'B', 'C', null]) {
          for (const cell of reportCells) {
            const pick = (r: ReturnType<typeof reportOf>) => (row === null ? r.total : r.rows.find((x) => x.key === row));
            const a = pick(published);
            const b = pick(current);
            const changed = (a ? figureValue(a, cell) : 0) !== (b ? figureValue(b, cell) : 0);
            if (changed !== diffs.some((d) => d.rowKey === row && d.cell === cell)) return false;
          }
        }
        return true;
      }),
    );
  });

  it('reports a row that disappeared against zeros', () => {
    const before = reportOf([{ rowKey: 'A', receipt: 'new_direct', result: 'late' }]);
    const after = reportOf([]);
    const diffs = diffReports(before, after);
    expect(diffs.find((d) => d.rowKey === 'A' && d.cell === 'resolved.late')).toMatchObject({ published: 1, current: 0, rowName: 'Dòng A' });
    expect(diffs.find((d) => d.rowKey === null && d.cell === 'received.total')).toMatchObject({ published: 1, current: 0, rowName: 'Tổng cộng' });
  });
});

describe('reasons from later dossier events', () => {
  it('describes a test marking and an import in Vietnamese, in Vietnam time', () => {
    const marked = { type: 'MARKED_TEST', at: new Date('2026-04-15T03:00:00Z'), actor: 'quantri', note: 'Hồ sơ nhập thử', changes: { isTest: [false, true] } };
    expect(isRelevantEvent(marked)).toBe(true);
    expect(describeEvent(marked)).toBe('15/04/2026 10:00 — Đánh dấu hồ sơ thử nghiệm (quantri): hồ sơ thử nghiệm: không → có — Hồ sơ nhập thử');
    const imported = {
      type: 'IMPORTED',
      at: new Date('2026-03-02T02:00:00Z'),
      actor: null,
      note: null,
      changes: { receivedAt: [null, '2026-03-02T02:00:00.000Z'], finishedAt: [null, '2026-03-12T02:00:00.000Z'], applicantName: [null, 'X'] },
    };
    expect(describeEvent(imported)).toBe('Chuyển đổi từ hệ thống cũ sau khi công bố: thời điểm tiếp nhận: 02/03/2026 09:00; thời điểm kết thúc: 12/03/2026 09:00');
    expect(isRelevantEvent({ type: 'STEP_ASSIGNED', changes: {} })).toBe(false);
    expect(isRelevantEvent({ type: 'RESULT_RECORDED', changes: { finishedAt: [null, '2026-04-01T00:00:00Z'] } })).toBe(true);
  });
});
