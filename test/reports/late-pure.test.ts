import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVietnameseNames, monthEnded, monthPeriod, parseMonth, shares } from '../../src/reports/late-format';
import { viCount, viNumber, viPercent } from '../../src/reports/vi-numbers';
import { stepOverran } from '../../src/reports/late-officials';
import { latenessOf, lateDossierLevels } from '../../src/reports/late-dossiers';
import { groupByLevel, unitResolver, type UnitAgency } from '../../src/reports/late-units';
import { dossierParagraphs, noticeSummary, officialParagraphs, resolvedShares } from '../../src/reports/notice-summary';
import { figuresOf, zeroCounts } from '../../src/reports/form06-figures';
import { dossierTable, officialTable } from '../../src/reports/late-tables';

const at = (s: string) => new Date(`${s}+07:00`);

describe('late lists: pure rules', () => {
  it('percentages of resolved dossiers always add up to 100,00%', () => {
    expect(shares([133, 7], 140)!.map(viPercent)).toEqual(['95,00%', '5,00%']);
    // Seed 000 printed 97,88% and 2,12% (truncated, then 100 − x): the correct figures are these.
    expect(shares([13_153, 284], 13_437)!.map(viPercent)).toEqual(['97,89%', '2,11%']);
    expect(shares([2, 1], 3)!.map(viPercent)).toEqual(['66,67%', '33,33%']);
    expect(shares([1, 1, 1], 3)!.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(shares([0, 0], 0)).toBeNull();
    // Parts that do not make up the whole are each rounded half up.
    expect(shares([1], 8)).toEqual([1250]);
    expect(shares([1], 3)).toEqual([3333]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 6 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const bp = shares(parts, total);
        if (total === 0) return bp === null;
        expect(bp!.reduce((a, b) => a + b, 0)).toBe(10_000);
        parts.forEach((p, i) => expect(Math.abs(bp![i]! - (p * 10_000) / total)).toBeLessThan(1));
        return true;
      }),
    );
  });

  it('formats numbers as Vietnamese official documents do', () => {
    expect(viNumber(14_888)).toBe('14.888');
    expect(viNumber(1_234_567)).toBe('1.234.567');
    expect(viNumber(999)).toBe('999');
    expect(viCount(8)).toBe('08');
    expect(viCount(0)).toBe('0');
    expect(viCount(256)).toBe('256');
    expect(viCount(1451)).toBe('1.451');
    expect(viPercent(9788)).toBe('97,88%');
    expect(viPercent(10_000)).toBe('100,00%');
    expect(viPercent(5)).toBe('0,05%');
  });

  it('orders people by given name, as Vietnamese lists do', () => {
    const names = ['Hoàng Văn Minh (demo)', 'Trần Văn Hùng', 'Đỗ Thị Ánh', 'Nguyễn Văn An', 'Lê Văn An'];
    expect([...names].sort(compareVietnameseNames)).toEqual(['Lê Văn An', 'Nguyễn Văn An', 'Đỗ Thị Ánh', 'Trần Văn Hùng', 'Hoàng Văn Minh (demo)']);
  });

  it('parses months and knows when one has ended, in Vietnam time', () => {
    expect(parseMonth('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(monthPeriod({ year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    for (const bad of ['2026-13', '2026-3', '03/2026', '', '2026-00']) {
      expect(() => parseMonth(bad), bad).toThrow(expect.objectContaining({ code: 'LATE_INVALID_MONTH', status: 400 }));
    }
    const march = { year: 2026, month: 3 };
    expect(monthEnded(march, new Date('2026-03-31T16:59:59Z'))).toBe(false);
    expect(monthEnded(march, new Date('2026-03-31T17:00:00Z'))).toBe(true);
  });

  it('an official overran a step only against the step’s own due time, before the dossier finished', () => {
    const finished = at('2026-03-12T09:00');
    const step = (s: Partial<{ startedAt: string; dueAt: string; completedAt: string }>) => ({
      startedAt: s.startedAt ? at(s.startedAt) : null,
      dueAt: s.dueAt ? at(s.dueAt) : null,
      completedAt: s.completedAt ? at(s.completedAt) : null,
    });
    expect(stepOverran(step({ startedAt: '2026-03-02T09:00', dueAt: '2026-03-06T17:00', completedAt: '2026-03-09T10:00' }), finished)).toBe(true);
    expect(stepOverran(step({ startedAt: '2026-03-02T09:00', dueAt: '2026-03-06T17:00', completedAt: '2026-03-06T17:00' }), finished)).toBe(false);
    // Dropped at the conclusion (never completed), its due time passed before the finish.
    expect(stepOverran(step({ startedAt: '2026-03-02T09:00', dueAt: '2026-03-06T17:00' }), finished)).toBe(true);
    // Never started, or no due time: nobody held it.
    expect(stepOverran(step({ dueAt: '2026-03-06T17:00' }), finished)).toBe(false);
    expect(stepOverran(step({ startedAt: '2026-03-02T09:00', completedAt: '2026-03-09T10:00' }), finished)).toBe(false);
    // The hand-over step, due after the finish, cannot have made the dossier late.
    expect(stepOverran(step({ startedAt: '2026-03-12T09:00', dueAt: '2026-03-13T17:00', completedAt: '2026-03-20T10:00' }), finished)).toBe(false);
    expect(stepOverran(step({ startedAt: '2026-03-12T09:00', dueAt: '2026-03-13T17:00' }), finished)).toBe(false);
  });

  it('late only in the software: signed by the due time, closed in the system after it', () => {
    const dueAt = at('2026-03-20T17:00');
    expect(latenessOf({ dueAt, resultSignedAt: at('2026-03-20T17:00') })).toBe('software');
    expect(latenessOf({ dueAt, resultSignedAt: at('2026-03-20T17:01') })).toBe('actual');
    expect(latenessOf({ dueAt, resultSignedAt: null })).toBe('actual');
  });

  it('lists internal offices under their agency, and merged units under their successor', () => {
    const agencies: UnitAgency[] = [
      { id: 1, code: 'P', name: 'Tỉnh', level: 'province', path: '/1/' },
      { id: 2, code: 'S', name: 'Sở', level: 'department', path: '/1/2/' },
      { id: 3, code: 'S-P', name: 'Phòng', level: 'unit', path: '/1/2/3/' },
      { id: 4, code: 'S-P-T', name: 'Tổ', level: 'unit', path: '/1/2/3/4/' },
      { id: 5, code: 'X', name: 'Xã mới', level: 'commune', path: '/1/5/' },
      { id: 6, code: 'H', name: 'Huyện', level: 'district', path: '/1/6/' },
      { id: 7, code: 'H-X', name: 'Xã cũ', level: 'commune', path: '/1/6/7/' },
      { id: 8, code: 'P-VP', name: 'Văn phòng tỉnh', level: 'unit', path: '/1/8/' },
    ];
    const before = unitResolver(agencies, new Map([[7, 7]]));
    const after = unitResolver(agencies, new Map([[7, 5]]));
    expect(before(4)).toMatchObject({ code: 'S', level: 'department' });
    expect(before(3)).toMatchObject({ code: 'S', level: 'department' });
    expect(before(8)).toMatchObject({ code: 'P', level: 'province' });
    expect(before(7)).toMatchObject({ code: 'H-X', level: 'commune' });
    expect(after(7)).toMatchObject({ code: 'X', level: 'commune' });
    expect(before(6)).toMatchObject({ code: 'H', level: 'district' });
    expect(groupByLevel([{ l: 'province' as const }, { l: 'commune' as const }, { l: 'district' as const }], (r) => r.l).map((g) => g.level)).toEqual([
      'commune',
      'district',
      'province',
    ]);
  });

  it('the notice summary computes its figures and shares from the counts', () => {
    const figures = figuresOf({ ...zeroCounts, new_direct: 145, early: 33, on_time: 100, late: 7, not_due: 3, overdue: 2 });
    expect(resolvedShares(figures)).toEqual({ resolved: 140, onTime: 133, late: 7, onTimePercent: '95,00%', latePercent: '5,00%' });
    const row = (code: string, lateness: 'actual' | 'software', unit: string) => ({
      code,
      procedureCode: '1.0',
      procedureName: 'Thủ tục',
      agencyCode: unit,
      agencyName: `UBND ${unit}`,
      unitCode: unit,
      unitName: `UBND ${unit}`,
      unitPath: `/1/${unit}/`,
      level: 'commune' as const,
      receivedAt: at('2026-04-01T09:00'),
      dueAt: at('2026-04-10T17:00'),
      finishedAt: at('2026-04-13T09:00'),
      resultSignedAt: null,
      lateness,
    });
    const dossierRows = [row('A1', 'actual', 'A'), row('A2', 'software', 'A'), row('B1', 'actual', 'B')];
    const dossiers = { from: '2026-04-01', to: '2026-04-30', agency: 'P', agencyName: 'Tỉnh', total: 3, actual: 2, softwareOnly: 1, levels: lateDossierLevels(dossierRows) };
    const officials = {
      from: '2026-04-01',
      to: '2026-04-30',
      agency: 'P',
      agencyName: 'Tỉnh',
      officials: 1,
      units: 1,
      levels: [
        {
          level: 'commune' as const,
          label: 'Cấp xã',
          officials: 1,
          units: 1,
          unitList: [{ code: 'A', name: 'UBND A', count: 1 }],
          rows: [{ username: 'cv', name: 'Nguyễn Văn A', agencyCode: 'A', agencyName: 'UBND A', officialAgencyCode: 'A', dossierCodes: ['A1', 'A2'], dossierCount: 2, steps: [] }],
        },
      ],
    };
    const s = noticeSummary({
      month: { year: 2026, month: 4 },
      scopeName: 'toàn tỉnh',
      figures: { total: figures, levels: [{ level: 'commune', label: 'Cấp xã', figures }] },
      dossiers,
      officials,
    });
    expect(s.paragraph).toContain('trong tháng 04/2026 (từ ngày 01/04/2026 đến ngày 30/04/2026) toàn tỉnh tiếp nhận 145 hồ sơ');
    expect(s.paragraph).toContain('trước hạn và đúng hạn: 133 hồ sơ, chiếm tỷ lệ 95,00%; trễ hạn 07 hồ sơ, chiếm tỷ lệ 5,00%');
    expect(s.paragraph).toContain('gồm trễ hạn thực tế 02 hồ sơ và trễ hạn do chậm thao tác trên Hệ thống 01 hồ sơ');
    expect(s.paragraph).toContain('số hồ sơ đang giải quyết 05 hồ sơ (còn hạn 03 hồ sơ; quá hạn 02 hồ sơ)');
    expect(s.levelSentences[0]).toContain('Cấp xã: tiếp nhận 145 hồ sơ');
    expect(officialParagraphs(s).items[0]).toBe('- Đối với cấp xã: Có 01 công chức, viên chức thuộc 01 cơ quan, đơn vị, gồm: UBND A (01 người). (Có phụ lục 01 kèm theo)');
    expect(officialParagraphs(s).items[1]).toContain('Không có');
    expect(dossierParagraphs(s)[0]).toContain('Có 03 hồ sơ giải quyết trễ hạn (trễ hạn thực tế 02 hồ sơ; trễ hạn do chậm thao tác trên Hệ thống 01 hồ sơ)');
    expect(dossierParagraphs(s)[0]).toContain('UBND A (02 hồ sơ); UBND B (01 hồ sơ). (Có phụ lục 04 kèm theo)');
    // Nothing resolved: no percentages at all rather than a division by zero.
    const none = resolvedShares(figuresOf({ ...zeroCounts, not_due: 4 }));
    expect(none).toMatchObject({ resolved: 0, onTimePercent: null, latePercent: null });
  });

  it('tables: Vietnamese headers, usernames only when asked', () => {
    expect(dossierTable([]).columns.map((c) => c.title)).toContain('Mã hồ sơ');
    const r = { name: 'Nguyễn Văn A', username: 'cv', agencyName: 'UBND A', dossierCodes: ['A1', 'A2'], dossierCount: 2 };
    expect(officialTable([r], { usernames: true }).rows[0]).toEqual(['1', 'Nguyễn Văn A', 'cv', 'UBND A', '2', 'A1, A2']);
    expect(officialTable([r], { usernames: false }).rows[0]).toEqual(['1', 'Nguyễn Văn A', 'UBND A', '2', 'A1, A2']);
  });
});
