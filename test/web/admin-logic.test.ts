import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allowedChildLevels,
  ancestorIds,
  countAgencies,
  filterAgencyTree,
  findAgency,
  flattenAgencies,
  isValidOn,
  subtreeIds,
  type TreeAgency,
} from '../../web/src/pages/admin/agency-tree';
import {
  balanceOf,
  compactStages,
  firstOutOfOrder,
  moveItem,
  nextStage,
  parallelInsertIndex,
  stageDurations,
  workflowTotal,
} from '../../web/src/pages/admin/workflow-math';
import { classifier, dayOfWeek, daysInMonth, describeDay, draftProblems, monthWeeks } from '../../web/src/pages/admin/calendar-grid';
import { parseValidationMessage, placeApiError } from '../../web/src/pages/admin/form-errors';
import { bytesToBase64 } from '../../web/src/pages/admin/base64';
import { importFormatOf, importIssuesOf } from '../../web/src/pages/admin/catalog-import';
import { lineErrorsOf, MAX_UPLOAD_BYTES, uploadProblem } from '../../web/src/pages/admin/history-import';
import { readUserFilters, usersApiQuery, writeUserFilters } from '../../web/src/pages/admin/user-filters';
import { foldVietnamese, matchesQuery } from '../../web/src/pages/admin/search-text';
import { dayBefore, fromIsoDate, showDate, toIsoDate } from '../../web/src/pages/admin/dates';
import { formatAmount, formatDurationText } from '../../web/src/pages/admin/labels';
import { findWorkflowProblem, workflowTotal as serverWorkflowTotal } from '../../src/catalog/validate-workflow';

const node = (id: number, name: string, level: TreeAgency['level'], children: TreeAgency[] = [], extra: Partial<TreeAgency> = {}): TreeAgency => ({
  id,
  code: `C${id}`,
  name,
  level,
  parentId: null,
  validFrom: '2000-01-01',
  validTo: null,
  children,
  ...extra,
});

const tree = [
  node(1, 'Ủy ban nhân dân tỉnh Lạng Sơn', 'province', [
    node(2, 'Sở Xây dựng', 'department', [node(3, 'Phòng Quản lý xây dựng', 'unit')]),
    node(4, 'Ủy ban nhân dân huyện Cao Lộc', 'district', [node(5, 'Ủy ban nhân dân thị trấn Cao Lộc', 'commune')], { validTo: '2025-06-30' }),
    node(6, 'Ủy ban nhân dân phường Đông Kinh', 'commune'),
  ]),
];

describe('agency tree helpers', () => {
  it('flattens parents before children with their depth, counts and finds agencies', () => {
    expect(flattenAgencies(tree).map((f) => [f.agency.id, f.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 2],
      [6, 1],
    ]);
    expect(countAgencies(tree)).toBe(6);
    expect(findAgency(tree, 5)?.name).toBe('Ủy ban nhân dân thị trấn Cao Lộc');
    expect(findAgency(tree, 99)).toBeUndefined();
    expect(ancestorIds(tree, 5)).toEqual([1, 4]);
    expect(ancestorIds(tree, 1)).toEqual([]);
    expect([...subtreeIds(findAgency(tree, 4)!)].sort()).toEqual([4, 5]);
  });

  it('filters by name or code without diacritics, keeping ancestors and expanding them', () => {
    const r = filterAgencyTree(tree, 'cao loc');
    expect(flattenAgencies(r.nodes).map((f) => f.agency.id)).toEqual([1, 4, 5]);
    expect(r.matches).toBe(2);
    expect(r.expanded.sort()).toEqual([1, 4]);
    const byCode = filterAgencyTree(tree, 'c6');
    expect(flattenAgencies(byCode.nodes).map((f) => f.agency.id)).toEqual([1, 6]);
    expect(filterAgencyTree(tree, 'không có').nodes).toEqual([]);
    expect(filterAgencyTree(tree, '  ').nodes).toHaveLength(1);
  });

  it('offers only the levels the server allows under a parent', () => {
    expect(allowedChildLevels(null)).toEqual(['province']);
    expect(allowedChildLevels('province')).toEqual(['department', 'district', 'commune', 'unit']);
    expect(allowedChildLevels('district')).toEqual(['commune', 'unit']);
    expect(allowedChildLevels('commune')).toEqual(['unit']);
  });

  it('tells whether an agency is in force on a date, bounds included', () => {
    const district = findAgency(tree, 4)!;
    expect(isValidOn(district, '2025-06-30')).toBe(true);
    expect(isValidOn(district, '2025-07-01')).toBe(false);
    expect(isValidOn(findAgency(tree, 6)!, '2099-01-01')).toBe(true);
  });
});

describe('workflow arithmetic', () => {
  const steps = [
    { stage: 1, allotted: 0.5 },
    { stage: 2, allotted: 6 },
    { stage: 2, allotted: 4 },
    { stage: 3, allotted: 3 },
    { stage: 4, allotted: 0.5 },
  ];

  it('counts a stage as its longest step and compares with the published time', () => {
    expect(stageDurations(steps)).toEqual([
      { stage: 1, duration: 0.5, steps: 1 },
      { stage: 2, duration: 6, steps: 2 },
      { stage: 3, duration: 3, steps: 1 },
      { stage: 4, duration: 0.5, steps: 1 },
    ]);
    expect(workflowTotal(steps)).toBe(10);
    expect(balanceOf(steps, 10)).toEqual({ total: 10, expected: 10, difference: 0, matches: true });
    expect(balanceOf(steps.map((s) => (s.allotted === 6 ? { ...s, allotted: 5 } : s)), 10)).toMatchObject({ total: 9, difference: -1, matches: false });
    expect(balanceOf([], 0).matches).toBe(false);
    // Hundredths: 0,1 + 0,2 is exactly 0,3.
    expect(balanceOf([{ stage: 1, allotted: 0.1 }, { stage: 2, allotted: 0.2 }], 0.3).matches).toBe(true);
    expect(workflowTotal([{ stage: 1, allotted: null }, { stage: 2, allotted: 2 }])).toBe(2);
  });

  it('agrees with the server on every workflow (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ stage: fc.integer({ min: 1, max: 6 }), allotted: fc.integer({ min: 1, max: 2000 }).map((n) => n / 100) }), { minLength: 1, maxLength: 12 }),
        (raw) => {
          const sorted = [...raw].sort((a, b) => a.stage - b.stage).map((s, i) => ({ ...s, name: `Bước ${i + 1}` }));
          const total = workflowTotal(sorted);
          expect(total).toBe(serverWorkflowTotal(sorted));
          expect(balanceOf(sorted, total).matches).toBe(findWorkflowProblem(sorted, total, 'working_days') === null);
          expect(balanceOf(sorted, total + 0.01).matches).toBe(false);
        },
      ),
    );
  });

  it('moves, inserts parallel steps and renumbers stages', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(parallelInsertIndex(steps, 1)).toBe(3);
    expect(parallelInsertIndex(steps, 4)).toBe(5);
    expect(nextStage(steps)).toBe(5);
    expect(nextStage([])).toBe(1);
    expect(firstOutOfOrder(steps)).toBeNull();
    expect(firstOutOfOrder([{ stage: 2, allotted: 1 }, { stage: 1, allotted: 1 }])).toBe(1);
    expect(compactStages([{ stage: 3, allotted: 1 }, { stage: 3, allotted: 2 }, { stage: 7, allotted: 1 }]).map((s) => s.stage)).toEqual([1, 1, 2]);
  });
});

describe('calendar grid', () => {
  it('lays out months Monday first whatever the time zone', () => {
    // 1 February 2026 is a Sunday: six blanks before it.
    const feb = monthWeeks(2026, 2);
    expect(feb[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(feb.at(-1)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
    expect(monthWeeks(2026, 6)[0]![0]).toBe('2026-06-01');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(dayOfWeek('2026-01-10')).toBe(6);
    expect(dayOfWeek('2026-02-16')).toBe(1);
  });

  it('classifies days off, Saturdays worked and weekends and describes them', () => {
    const classify = classifier({
      daysOff: [{ date: '2026-02-16', name: 'Tết Nguyên đán (29 tháng Chạp)' }],
      workingSaturdays: [{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026' }],
    });
    expect(classify('2026-02-16')).toEqual({ date: '2026-02-16', kind: 'day_off', name: 'Tết Nguyên đán (29 tháng Chạp)' });
    expect(classify('2026-01-10').kind).toBe('worked_saturday');
    expect(classify('2026-01-17').kind).toBe('weekend');
    expect(classify('2026-01-18').kind).toBe('weekend');
    expect(classify('2026-01-19').kind).toBe('working');
    expect(describeDay(classify('2026-02-16'))).toBe('Thứ Hai 16/02/2026 – Ngày nghỉ: Tết Nguyên đán (29 tháng Chạp)');
    expect(describeDay(classify('2026-01-18'))).toBe('Chủ nhật 18/01/2026 – Nghỉ cuối tuần');
  });

  it('finds what the server would refuse in a draft year', () => {
    expect(draftProblems(2026, { daysOff: [{ date: '2026-02-16', name: '' }], workingSaturdays: [{ date: '2026-01-10', name: '' }] })).toEqual([]);
    expect(
      draftProblems(2026, {
        daysOff: [
          { date: '2026-02-21', name: '' },
          { date: '2025-12-31', name: '' },
          { date: '2026-02-16', name: '' },
        ],
        workingSaturdays: [
          { date: '2026-02-16', name: '' },
          { date: '2026-01-09', name: '' },
        ],
      }),
    ).toEqual([
      'Ngày nghỉ 21/02/2026 rơi vào Thứ Bảy: chỉ khai báo các ngày nghỉ từ thứ Hai đến thứ Sáu.',
      'Ngày 31/12/2025 không thuộc năm 2026.',
      'Ngày 16/02/2026 được khai báo nhiều lần.',
      'Ngày 16/02/2026 là Thứ Hai, không phải thứ Bảy.',
      'Ngày 09/01/2026 là Thứ Sáu, không phải thứ Bảy.',
    ]);
  });
});

describe('API errors placed under form fields', () => {
  it('splits a validation message into field paths', () => {
    expect(parseValidationMessage('Dữ liệu không hợp lệ: body/email: Địa chỉ email không hợp lệ.; body/roles/0/role: Sai vai trò')).toEqual([
      { path: ['email'], message: 'Địa chỉ email không hợp lệ.' },
      { path: ['roles', 0, 'role'], message: 'Sai vai trò' },
    ]);
    expect(parseValidationMessage('Dữ liệu không hợp lệ: phone: Số điện thoại không hợp lệ (ví dụ 0912345678).')).toEqual([
      { path: ['phone'], message: 'Số điện thoại không hợp lệ (ví dụ 0912345678).' },
    ]);
    expect(parseValidationMessage('Mã đã được sử dụng.')).toEqual([]);
  });

  it('puts a known code under its field, a validation error under the fields it names, the rest above the form', () => {
    const codes = { AGENCY_CODE_TAKEN: ['code'] };
    expect(placeApiError({ code: 'AGENCY_CODE_TAKEN', message: 'Mã cơ quan, đơn vị LS đã được sử dụng.' }, codes, ['code'])).toEqual({
      fields: [{ name: ['code'], errors: ['Mã cơ quan, đơn vị LS đã được sử dụng.'] }],
      general: null,
    });
    expect(placeApiError({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' }, codes, ['code'])).toEqual({
      fields: [],
      general: 'Bạn không có quyền thực hiện thao tác này.',
    });
    expect(
      placeApiError({ code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ: body/email: Sai email; body/other: Lỗi khác' }, codes, ['email']),
    ).toEqual({ fields: [{ name: ['email'], errors: ['Sai email'] }], general: 'Lỗi khác' });
    const unplaced = { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ: dữ liệu: Không có thay đổi nào' };
    expect(placeApiError(unplaced, codes, ['email'])).toEqual({ fields: [], general: unplaced.message });
  });
});

describe('catalog import helpers', () => {
  it('encodes bytes as base64 like Node does, also past the chunk size', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('knows the format by the file name and reads row errors defensively', () => {
    expect(importFormatOf('Danh-muc.XLSX')).toBe('xlsx');
    expect(importFormatOf('a.json')).toBe('json');
    expect(importFormatOf('a.csv')).toBeNull();
    expect(
      importIssuesOf({
        code: 'CATALOG_IMPORT_INVALID',
        details: [{ sheet: 'Thủ tục', row: 4, procedureCode: '1.001', path: 'procedures.2', message: 'Sai' }, { nonsense: true }, 'x'],
      }),
    ).toEqual([{ sheet: 'Thủ tục', row: 4, procedureCode: '1.001', path: 'procedures.2', message: 'Sai' }]);
    expect(importIssuesOf({ code: 'X' })).toEqual([]);
    expect(importIssuesOf(null)).toEqual([]);
  });
});

describe('history import helpers', () => {
  it('refuses other file types, empty files and files over the upload limit, pointing to the command line', () => {
    expect(uploadProblem({ name: 'lich-su.ndjson', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'LICH-SU.JSONL', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'lich-su.xlsx', size: 10 })).toMatch(/Chỉ nhận tệp NDJSON/);
    expect(uploadProblem({ name: 'a.ndjson', size: 0 })).toBe('Tệp rỗng.');
    expect(uploadProblem({ name: 'lon.ndjson', size: MAX_UPLOAD_BYTES + 1 })).toBe(
      'Tệp lớn hơn 100 MB: hãy nhập trên máy chủ bằng lệnh "npx motcua import lon.ndjson" (có thanh tiến trình).',
    );
  });

  it('reads the line errors of a refusal defensively', () => {
    expect(lineErrorsOf({ code: 'IMPORT_REJECTED', details: { errors: [{ line: 3, message: 'Sai' }, { line: 'x' }, null], errorCount: 250 } })).toEqual({
      errors: [{ line: 3, message: 'Sai' }],
      errorCount: 250,
    });
    expect(lineErrorsOf({ code: 'IMPORT_EMPTY' })).toEqual({ errors: [], errorCount: 0 });
    expect(lineErrorsOf(null)).toEqual({ errors: [], errorCount: 0 });
  });
});

describe('users list filters', () => {
  it('round-trips through the address and pages with limit/offset', () => {
    const f = readUserFilters(new URLSearchParams('tim=hồng&co-quan=4&vai-tro=leader&trang-thai=false&trang=3&so-dong=50'));
    expect(f).toEqual({ search: 'hồng', agencyId: 4, role: 'leader', active: 'false', page: 3, pageSize: 50 });
    expect(readUserFilters(writeUserFilters(f))).toEqual(f);
    expect(usersApiQuery(f)).toEqual({ limit: 50, offset: 100, search: 'hồng', agencyId: 4, role: 'leader', active: 'false' });
    const junk = readUserFilters(new URLSearchParams('co-quan=abc&vai-tro=king&trang=-2&so-dong=7'));
    expect(junk).toEqual({ search: '', agencyId: null, role: null, active: null, page: 1, pageSize: 20 });
    expect(usersApiQuery(junk)).toEqual({ limit: 20, offset: 0 });
    expect(writeUserFilters(junk).toString()).toBe('');
  });
});

describe('text and dates', () => {
  it('matches Vietnamese without diacritics', () => {
    expect(foldVietnamese('Ủy ban nhân dân huyện Cao Lộc')).toBe('uy ban nhan dan huyen cao loc');
    expect(foldVietnamese('Đông Kinh')).toBe('dong kinh');
    expect(matchesQuery('Sở Xây dựng (LS-SXD)', 'xay dung')).toBe(true);
    expect(matchesQuery('Sở Xây dựng', 'dung xay')).toBe(true);
    expect(matchesQuery('Sở Y tế', 'xay')).toBe(false);
  });

  it('converts picker dates without shifting the day', () => {
    expect(toIsoDate(fromIsoDate('2025-06-30'))).toBe('2025-06-30');
    expect(toIsoDate(null)).toBeNull();
    expect(showDate('2025-07-01')).toBe('01/07/2025');
    expect(showDate(null)).toBe('—');
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('writes amounts the Vietnamese way', () => {
    expect(formatAmount(9.5)).toBe('9,5');
    expect(formatAmount(1652)).toBe('1.652');
    expect(formatDurationText(0.5, 'working_days')).toBe('0,5 ngày làm việc');
  });
});
