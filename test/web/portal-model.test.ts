import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applicantTimeline,
  buildSubmission,
  canWithdraw,
  checkUpload,
  deskOptions,
  durationText,
  endedMonths,
  feeText,
  fileSizeText,
  foldVietnamese,
  formatIsoDate,
  isPhoneTail,
  isValidIdNumber,
  isValidPhone,
  latestSupplementRequest,
  missingRequired,
  monthText,
  normaliseCode,
  provinceName,
  provinceOf,
  rateText,
  stepProgress,
  visibleSteps,
  workflowStages,
} from '../../web/src/pages/portal/portal-model';
import { agencyOption, monthAxisLabel, monthlyOption, monthlySummary, ratePercent, rateGaugeOption, shortAgencyName, topAgencies } from '../../web/src/pages/portal/stats-charts';
import type { AgencyNode } from '../../web/src/pages/portal/portal-types';
import { foldVietnamese as serverFold } from '../../src/catalog/search-text';
import { isValidPhone as serverPhone, isValidIdNumber as serverId } from '../../src/dossiers/applicant-validation';

const node = (code: string, name: string, level: AgencyNode['level'], children: AgencyNode[] = [], validTo: string | null = null): AgencyNode => ({
  code,
  name,
  level,
  children,
  validTo,
  id: 0,
  parentId: null,
  path: '',
  divisionCode: null,
  validFrom: '2025-07-01',
});

const tree = [
  node('LS', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'province', [
    node('LS-TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn', 'department'),
    node('LS-SXD', 'Sở Xây dựng', 'department', [node('LS-SXD-QLXD', 'Phòng Quản lý xây dựng', 'unit')]),
    node('LS-X-05983', 'Ủy ban nhân dân phường Lương Văn Tri', 'commune'),
    node('LS-X-05977', 'Ủy ban nhân dân phường Đông Kinh', 'commune', [node('LS-X-05977-VP', 'Văn phòng HĐND và UBND phường Đông Kinh', 'unit')]),
    node('LS-H-CL-06247', 'Ủy ban nhân dân xã Yên Trạch', 'commune', [], '2025-06-30'),
  ]),
];

describe('portal wording', () => {
  it('writes processing times, fees and dates as Vietnamese readers expect', () => {
    expect(durationText(10, 'working_days')).toBe('10 ngày làm việc');
    expect(durationText(0.5, 'working_days')).toBe('0,5 ngày làm việc');
    expect(durationText(4, 'working_hours')).toBe('4 giờ làm việc');
    expect(durationText(25, 'calendar_days')).toBe('25 ngày');
    expect(durationText(3, 'months')).toBe('3 tháng');
    expect(feeText(0)).toBe('Miễn phí');
    expect(feeText(50_000).replace(/\s/g, ' ')).toBe('50.000 ₫');
    expect(formatIsoDate('2025-07-15')).toBe('15/07/2025');
    expect(formatIsoDate(null)).toBe('—');
    expect(monthText('2026-03')).toBe('Tháng 03/2026');
    expect(rateText(1, 3)).toBe('33,33%');
    expect(rateText(0, 0)).toBe('—');
    expect(fileSizeText(512)).toBe('512 B');
    expect(fileSizeText(2048)).toBe('2 KB');
    expect(fileSizeText(3 * 1024 * 1024)).toBe('3 MB');
    expect(provinceName('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('tỉnh Lạng Sơn');
  });

  it('folds diacritics like the server search does', () => {
    expect(foldVietnamese('Cấp giấy phép  Đường')).toBe('cap giay phep duong');
    fc.assert(fc.property(fc.string(), (s) => foldVietnamese(s) === serverFold(s)));
  });

  it('checks the applicant the way the server will, before sending', () => {
    expect(isValidIdNumber('person', '020201009876')).toBe(true);
    expect(isValidIdNumber('person', '02020100987')).toBe(false);
    expect(isValidIdNumber('business', '0101234567-001')).toBe(true);
    expect(isValidPhone('0912 345 678')).toBe(true);
    expect(isValidPhone('+84912345678')).toBe(true);
    expect(isValidPhone('0112345678')).toBe(false);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 +.]{0,14}$/), (s) => {
        expect(isValidPhone(s)).toBe(serverPhone(s));
        expect(isValidIdNumber('person', s)).toBe(serverId('person', s.trim()));
      }),
    );
    expect(isPhoneTail('4321')).toBe(true);
    expect(isPhoneTail('432')).toBe(false);
    expect(isPhoneTail('43a1')).toBe(false);
    expect(normaliseCode('  ls-x-05977-260302-0001 ')).toBe('LS-X-05977-260302-0001');
  });

  it('accepts PDF and images up to 10 MB and names the problem otherwise', () => {
    expect(checkUpload({ name: 'don.pdf', size: 100, type: 'application/pdf' })).toEqual({ mimeType: 'application/pdf' });
    expect(checkUpload({ name: 'anh.JPG', size: 100, type: '' })).toEqual({ mimeType: 'image/jpeg' });
    expect(checkUpload({ name: 'bang.xlsx', size: 100, type: 'application/vnd.ms-excel' })).toEqual({ error: 'bang.xlsx: chỉ nhận tệp PDF hoặc ảnh (PNG, JPG).' });
    expect(checkUpload({ name: 'rong.pdf', size: 0, type: 'application/pdf' })).toEqual({ error: 'rong.pdf: tệp rỗng.' });
    expect(checkUpload({ name: 'to.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' })).toEqual({ error: 'to.pdf: tệp lớn hơn 10 MB.' });
  });
});

describe('online submission', () => {
  it('offers the communes for a commune procedure and the service centre for a provincial one', () => {
    expect(deskOptions(['commune'], tree).map((d) => d.value)).toEqual(['LS-X-05977', 'LS-X-05983']);
    expect(deskOptions(['province'], tree).map((d) => d.value)).toEqual(['LS-TTPVHCC']);
    expect(deskOptions(['province', 'commune'], tree).map((d) => [d.value, d.group])).toEqual([
      ['LS-TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
      ['LS-X-05977', 'Ủy ban nhân dân cấp xã'],
      ['LS-X-05983', 'Ủy ban nhân dân cấp xã'],
    ]);
    expect(provinceOf(tree)?.code).toBe('LS');
  });

  it('lists every component, ticked or with a file, and ties files to their component', () => {
    const components = [
      { position: 1, originals: 1, copies: 0, name: 'Đơn', required: true },
      { position: 2, originals: 0, copies: 1, name: 'Giấy tờ đất', required: true },
      { position: 3, originals: 2, copies: 0, name: 'Bản vẽ', required: false },
    ];
    const files = [{ fileName: 'don.pdf', mimeType: 'application/pdf', contentBase64: 'JVBERg==', componentPosition: 1 }];
    const body = buildSubmission(
      '1.010008',
      components,
      { deskAgencyCode: 'LS-X-05977', kind: 'person', name: ' Phạm Văn An ', idNumber: '020201009876', phone: '0912345678', email: '', address: ' ', provided: [2] },
      files,
    );
    expect(body).toEqual({
      procedureCode: '1.010008',
      deskAgencyCode: 'LS-X-05977',
      applicant: { kind: 'person', name: 'Phạm Văn An', idNumber: '020201009876', phone: '0912345678', email: null, address: null },
      requestSummary: '',
      components: [
        { position: 1, provided: true, originals: 1, copies: 0 },
        { position: 2, provided: true, originals: 0, copies: 1 },
        { position: 3, provided: false, originals: 0, copies: 0 },
      ],
      files,
    });
    expect(missingRequired(components, [], files)).toEqual(['Giấy tờ đất']);
    expect(missingRequired(components, [2], files)).toEqual([]);
  });

  it('groups parallel steps of a published workflow into one stage lasting as long as the slowest', () => {
    const stages = workflowStages([
      { stage: 1, name: 'Tiếp nhận', role: 'receiving_officer', allotted: 0.5, agency: null },
      { stage: 3, name: 'Ý kiến đất đai', role: 'specialist', allotted: 4, agency: { name: 'Phòng Đất đai' } },
      { stage: 2, name: 'Thẩm định', role: 'specialist', allotted: 6, agency: { name: 'Phòng Quản lý xây dựng' } },
      { stage: 3, name: 'Ý kiến công thương', role: 'specialist', allotted: 3, agency: { name: 'Sở Công Thương' } },
    ]);
    expect(stages).toEqual([
      { stage: 1, title: 'Tiếp nhận', who: ['Bộ phận Một cửa'], allotted: 0.5 },
      { stage: 2, title: 'Thẩm định', who: ['Phòng Quản lý xây dựng'], allotted: 6 },
      { stage: 3, title: 'Ý kiến đất đai · Ý kiến công thương', who: ['Phòng Đất đai', 'Sở Công Thương'], allotted: 4 },
    ]);
  });
});

describe('following a dossier', () => {
  it('measures progress over the steps that count', () => {
    const steps = [{ status: 'done' as const }, { status: 'returned' as const }, { status: 'active' as const }, { status: 'waiting' as const }, { status: 'cancelled' as const }];
    expect(visibleSteps(steps)).toHaveLength(3);
    expect(stepProgress(steps, 'processing')).toEqual({ done: 1, total: 3, current: 1, percent: 33 });
    expect(stepProgress([{ status: 'done' }, { status: 'done' }], 'result_ready').percent).toBe(100);
    expect(stepProgress([], 'submitted')).toEqual({ done: 0, total: 0, current: 0, percent: 0 });
  });

  it('shows the latest supplementation request and the events an applicant cares about', () => {
    const events = [
      { type: 'SUBMITTED', note: null, at: '2026-03-02T01:00:00Z', data: {} },
      { type: 'STEP_ASSIGNED', note: null, at: '2026-03-02T02:00:00Z', data: {} },
      { type: 'SUPPLEMENT_REQUESTED', note: 'Thiếu bản vẽ', at: '2026-03-03T02:00:00Z', data: { reason: 'Thiếu bản vẽ' } },
      { type: 'SUPPLEMENT_RECEIVED', note: null, at: '2026-03-04T02:00:00Z', data: {} },
      { type: 'SUPPLEMENT_REQUESTED', note: null, at: '2026-03-05T02:00:00Z', data: { reason: 'Thiếu giấy tờ đất' } },
    ];
    expect(latestSupplementRequest(events)).toEqual({ at: '2026-03-05T02:00:00Z', reason: 'Thiếu giấy tờ đất' });
    expect(latestSupplementRequest(events.slice(0, 2))).toBeNull();
    expect(applicantTimeline(events).map((e) => e.label)).toEqual([
      'Nộp hồ sơ',
      'Yêu cầu bổ sung hồ sơ (tạm dừng thời hạn)',
      'Nhận hồ sơ bổ sung (tính lại thời hạn)',
      'Yêu cầu bổ sung hồ sơ (tạm dừng thời hạn)',
    ]);
    expect(canWithdraw('awaiting_supplement')).toBe(true);
    expect(canWithdraw('result_ready')).toBe(false);
  });
});

describe('public statistics', () => {
  it('lists the ended months, newest first, across a year change', () => {
    expect(endedMonths('2026-02-10', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(endedMonths('2026-12-31', 1)).toEqual(['2026-11']);
  });

  const f = (received: number, onTime: number, late: number, pending: number) => ({
    received,
    receivedNew: received,
    resolved: onTime + late,
    onTime,
    late,
    pending,
    overdue: 0,
    onTimeRate: onTime + late === 0 ? null : onTime / (onTime + late),
  });

  it('draws months as stacked on-time and late bars with the rate on its own axis', () => {
    const months = [
      { month: '2026-01', ...f(10, 8, 2, 0) },
      { month: '2026-02', ...f(0, 0, 0, 0) },
    ];
    const option = monthlyOption(months) as any;
    expect(option.xAxis.data).toEqual(['T1/2026', 'T2/2026']);
    expect(option.series.map((s: any) => [s.name, s.data])).toEqual([
      ['Giải quyết đúng hạn', [8, 0]],
      ['Giải quyết trễ hạn', [2, 0]],
      ['Tiếp nhận mới', [10, 0]],
      ['Tỷ lệ đúng hạn (%)', [80, null]],
    ]);
    expect(option.series[3].yAxisIndex).toBe(1);
    expect(monthlySummary(months)).toBe('T1/2026: 8 đúng hạn, 2 trễ hạn, tỷ lệ 80%; T2/2026: 0 đúng hạn, 0 trễ hạn, tỷ lệ —');
    expect(monthAxisLabel('2026-11')).toBe('T11/2026');
  });

  it('ranks agencies by dossiers received and shortens their names on the axis', () => {
    const rows = [
      { name: 'Sở Xây dựng', ...f(5, 4, 1, 0) },
      { name: 'Ủy ban nhân dân phường Đông Kinh', ...f(9, 6, 1, 2) },
      { name: 'Sở Y tế', ...f(0, 0, 0, 0) },
    ];
    const top = topAgencies(rows);
    expect(top.map((r) => r.name)).toEqual(['Ủy ban nhân dân phường Đông Kinh', 'Sở Xây dựng']);
    const option = agencyOption(top) as any;
    // Horizontal bars draw bottom-up: the biggest agency is last so that it shows on top.
    expect(option.yAxis.data).toEqual(['Sở Xây dựng', 'UBND phường Đông Kinh']);
    expect(option.series.map((s: any) => s.data)).toEqual([
      [4, 6],
      [1, 1],
      [0, 2],
    ]);
    expect(shortAgencyName('Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn')).toBe('TT Phục vụ HCC tỉnh Lạng Sơn');
  });

  it('writes rates with two decimals and a comma', () => {
    expect(ratePercent(0.93117)).toBe('93,12%');
    expect(ratePercent(1)).toBe('100%');
    expect(ratePercent(null)).toBe('—');
    const gauge = rateGaugeOption(0.5) as any;
    expect(gauge.series[0].data).toEqual([{ value: 50 }]);
    expect(gauge.series[0].detail.formatter()).toBe('50%');
  });
});
