import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { findWorkflowProblem, workflowTotal } from '../../src/catalog/validate-workflow';
import { findDurationProblem } from '../../src/catalog/validate-content';
import { computeTimeReduction, type ReductionItem } from '../../src/catalog/time-reduction';
import { formatDuration, percentOf } from '../../src/catalog/quantity';
import { containsPattern, foldVietnamese, procedureSearchText, searchTokens } from '../../src/catalog/search-text';
import { canonicalLevels } from '../../src/catalog/procedure-input';

const step = (stage: number, allotted: number, name = `Bước ${stage}`) => ({ stage, allotted, name });

describe('search text', () => {
  it('folds Vietnamese diacritics, đ and case', () => {
    expect(foldVietnamese('Cấp GIẤY phép  xây dựng')).toBe('cap giay phep xay dung');
    expect(foldVietnamese('Đăng ký đất đai')).toBe('dang ky dat dai');
    expect(foldVietnamese('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('uy ban nhan dan tinh lang son');
    // Decomposed input (as some keyboards send it) folds the same way as precomposed.
    expect(foldVietnamese('Hộ tịch'.normalize('NFD'))).toBe(foldVietnamese('Hộ tịch'));
  });

  it('indexes code and name; queries split into folded words', () => {
    expect(procedureSearchText('Thủ tục cấp Giấy phép', '1.001612')).toBe('1.001612 thu tuc cap giay phep');
    expect(searchTokens('  Cấp   giấy PHÉP ')).toEqual(['cap', 'giay', 'phep']);
    expect(searchTokens('')).toEqual([]);
  });

  it('takes LIKE wildcards in a query literally', () => {
    expect(containsPattern('50%_x\\')).toBe('%50\\%\\_x\\\\%');
  });
});

describe('workflow validation', () => {
  it('accepts sequential steps adding up to the published time', () => {
    expect(findWorkflowProblem([step(1, 0.5), step(2, 6), step(3, 2), step(4, 0.5)], 9, 'working_days')).toBeNull();
  });

  it('counts a stage of parallel steps as its longest step', () => {
    const steps = [step(1, 0.5), step(2, 6), step(3, 4), step(3, 3), step(4, 1), step(5, 2), step(6, 0.5)];
    expect(workflowTotal(steps)).toBe(14);
    expect(findWorkflowProblem(steps, 14, 'working_days')).toBeNull();
    // Adding the parallel steps up instead would give 17: that must be refused.
    const problem = findWorkflowProblem(steps, 17, 'working_days');
    expect(problem?.code).toBe('WORKFLOW_TOTAL_MISMATCH');
  });

  it('names the sum and the expected total in Vietnamese', () => {
    const problem = findWorkflowProblem([step(1, 0.5), step(2, 7), step(3, 2)], 10, 'working_days');
    expect(problem?.code).toBe('WORKFLOW_TOTAL_MISMATCH');
    expect(problem?.status).toBe(400);
    expect(problem?.message).toContain('9,5 ngày làm việc');
    expect(problem?.message).toContain('10 ngày làm việc');
    expect(problem?.message).toContain('Tổng thời gian các bước');
    const hours = findWorkflowProblem([step(1, 3)], 4, 'working_hours');
    expect(hours?.message).toContain('3 giờ làm việc');
  });

  it('sums decimals exactly (0.1 + 0.2 = 0.3)', () => {
    expect(findWorkflowProblem([step(1, 0.1), step(2, 0.2)], 0.3, 'working_days')).toBeNull();
  });

  it('requires at least one step, positive times and stages in order', () => {
    expect(findWorkflowProblem([], 5, 'working_days')?.code).toBe('WORKFLOW_EMPTY');
    expect(findWorkflowProblem([step(1, 0), step(2, 5)], 5, 'working_days')?.code).toBe('WORKFLOW_STEP_TIME_INVALID');
    expect(findWorkflowProblem([step(1, 0.001)], 0.001, 'working_days')?.code).toBe('WORKFLOW_STEP_TIME_INVALID');
    const order = findWorkflowProblem([step(1, 1), step(3, 2), step(2, 2)], 5, 'working_days');
    expect(order?.code).toBe('WORKFLOW_STAGE_ORDER');
    expect(order?.params).toMatchObject({ position: 3, stage: 2, previous: 3 });
  });

  it('property: the total is the sum over stages of the longest step, whatever the order inside a stage', () => {
    const stageArb = fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(stageArb, { minLength: 1, maxLength: 6 }), (stages) => {
        const steps = stages.flatMap((times, i) => times.map((h) => step(i + 1, h / 100)));
        const expectedHundredths = stages.reduce((sum, times) => sum + Math.max(...times), 0);
        expect(Math.round(workflowTotal(steps) * 100)).toBe(expectedHundredths);
        const reversedWithinStages = stages.flatMap((times, i) => [...times].reverse().map((h) => step(i + 1, h / 100)));
        expect(workflowTotal(reversedWithinStages)).toBe(workflowTotal(steps));
        expect(findWorkflowProblem(steps, expectedHundredths / 100, 'working_days')).toBeNull();
        expect(findWorkflowProblem(steps, (expectedHundredths + 1) / 100, 'working_days')?.code).toBe('WORKFLOW_TOTAL_MISMATCH');
      }),
    );
  });
});

describe('published time', () => {
  it('may equal or shorten the statutory time, never exceed it', () => {
    expect(findDurationProblem({ legalDuration: 15, publishedDuration: 10, timeUnit: 'working_days' })).toBeNull();
    expect(findDurationProblem({ legalDuration: 15, publishedDuration: 15, timeUnit: 'working_days' })).toBeNull();
    const p = findDurationProblem({ legalDuration: 15, publishedDuration: 15.5, timeUnit: 'working_days' });
    expect(p?.code).toBe('PUBLISHED_DURATION_EXCEEDS_LEGAL');
    expect(p?.message).toContain('15,5 ngày làm việc');
    expect(findDurationProblem({ legalDuration: 1.234, publishedDuration: 1, timeUnit: 'months' })?.code).toBe('DURATION_PRECISION');
  });

  it('keeps levels in one canonical order', () => {
    expect(canonicalLevels(['commune', 'province', 'commune'])).toEqual(['province', 'commune']);
  });
});

describe('time-reduction figures', () => {
  it('computes per procedure and per time unit, two decimals', () => {
    const items: ReductionItem[] = [
      { code: 'A', name: 'A', legalDuration: 15, publishedDuration: 10, timeUnit: 'working_days' },
      { code: 'B', name: 'B', legalDuration: 20, publishedDuration: 20, timeUnit: 'working_days' },
      { code: 'C', name: 'C', legalDuration: 3, publishedDuration: 2, timeUnit: 'working_days' },
      { code: 'D', name: 'D', legalDuration: 8, publishedDuration: 4, timeUnit: 'working_hours' },
    ];
    const r = computeTimeReduction(items);
    expect(r.procedures.map((p) => [p.code, p.saved, p.percentSaved, p.reduced])).toEqual([
      ['A', 5, 33.33, true],
      ['B', 0, 0, false],
      ['C', 1, 33.33, true],
      ['D', 4, 50, true],
    ]);
    const days = r.totals.find((t) => t.timeUnit === 'working_days')!;
    expect(days).toMatchObject({ procedures: 3, reduced: 2, legalTotal: 38, publishedTotal: 32, saved: 6, percentSaved: 15.79 });
    expect(days.reducedPercent).toBe(66.67);
    // Hours are never added to days.
    expect(r.totals.find((t) => t.timeUnit === 'working_hours')).toMatchObject({ legalTotal: 8, saved: 4, percentSaved: 50 });
  });

  it('rounds half up and returns null for an empty denominator', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 0)).toBeNull();
    expect(computeTimeReduction([]).totals).toEqual([]);
  });

  /*
   * Seed 002 (Văn phòng UBND tỉnh Hà Nam, report for October 2019, section I.2) says:
   *   "Đã rút ngắn thời gian giải quyết so với quy định pháp luật đối với 91/101 thủ tục đạt 97,9%
   *    (10 TTHC không thể cắt giảm …). Tổng thời gian giải quyết/tổng thời gian quy định là:
   *    773/1652 ngày, thời gian cắt giảm là 879 ngày = 52,20%."
   * Its own numbers give 91/101 = 90.10 % (not 97.9 %) and 879/1652 = 53.21 % (not 52.20 %);
   * only the 879 days saved is right.
   */
  it('recomputes seed 002: 91/101 procedures is 90.10 %, 879 of 1652 days is 53.21 %', () => {
    const seed = readdirSync('/work/shared/seeds').find((f) => f.startsWith('002_'));
    const text = readFileSync(`/work/shared/seeds/${seed}`, 'utf8').replace(/\s+/g, ' ');
    const reducedMatch = /đối với (\d+)\/(\d+) thủ tục đạt ([\d,]+)%/.exec(text);
    const totalsMatch = /là: (\d+)\/(\d+) ngày, thời gian cắt giảm là (\d+) ngày = ([\d,]+)%/.exec(text);
    expect(reducedMatch && totalsMatch).toBeTruthy();
    const [reduced, procedures] = [Number(reducedMatch![1]), Number(reducedMatch![2])];
    const claimedReducedPercent = Number(reducedMatch![3]!.replace(',', '.'));
    const [published, legal, claimedSaved] = [Number(totalsMatch![1]), Number(totalsMatch![2]), Number(totalsMatch![3])];
    const claimedPercent = Number(totalsMatch![4]!.replace(',', '.'));
    expect([reduced, procedures, published, legal, claimedSaved, claimedReducedPercent, claimedPercent]).toEqual([
      91, 101, 773, 1652, 879, 97.9, 52.2,
    ]);

    // A set of 101 procedures with exactly the seed's totals: 10 not cut (5 → 5 days) and 91 cut,
    // statutory 55 × 18 + 36 × 17 = 1602 days, published 86 × 8 + 5 × 7 = 723 days.
    const items: ReductionItem[] = [];
    for (let i = 0; i < 10; i++) items.push({ code: `N${i}`, name: '', legalDuration: 5, publishedDuration: 5, timeUnit: 'working_days' });
    for (let i = 0; i < 91; i++) {
      items.push({ code: `R${i}`, name: '', legalDuration: i < 55 ? 18 : 17, publishedDuration: i < 86 ? 8 : 7, timeUnit: 'working_days' });
    }
    const [totals] = computeTimeReduction(items).totals;
    expect(totals).toMatchObject({ procedures, reduced, legalTotal: legal, publishedTotal: published, saved: claimedSaved });
    expect(totals!.reducedPercent).toBe(90.1);
    expect(totals!.percentSaved).toBe(53.21);
    expect(totals!.reducedPercent).not.toBe(claimedReducedPercent);
    expect(totals!.percentSaved).not.toBe(claimedPercent);
    expect(formatDuration(totals!.legalTotal, 'working_days')).toBe('1.652 ngày làm việc');
  });
});
