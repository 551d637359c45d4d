import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as server from '../../src/dossiers/applicant-validation';
import * as web from '../../web/src/components/dossier/applicant-rules';
import { availableActions, availableForms, formUrl, heldSteps, isReturnStep, nextStepsAfter, type Viewer } from '../../web/src/components/dossier/actions';
import { describeEvent, eventColor, fromVietnamWall, stepJudgement, toVietnamWall } from '../../web/src/components/dossier/dossier-text';
import { inboxSearch, parseInbox, withFilter } from '../../web/src/pages/office/inbox/inbox-params';
import { buildReceiveBody, missingRequired, supplementDraft } from '../../web/src/pages/office/desk/desk-logic';

describe('applicant rules of the desk form', () => {
  const chars = fc.constantFrom(...'0123456789 .-()+84ab'.split(''));
  const text = fc.array(chars, { maxLength: 16 }).map((a) => a.join(''));
  const plausible = fc.oneof(text, fc.stringMatching(/^(\+84|84|0)[35789]\d{8}$/), fc.stringMatching(/^\d{10}(-\d{3})?$/), fc.stringMatching(/^\d{12}$/));

  it('agree with the server on every input (a copy cannot drift)', () => {
    fc.assert(
      fc.property(plausible, (value) => {
        expect(web.isValidIdNumber('person', value)).toBe(server.isValidIdNumber('person', value));
        expect(web.isValidIdNumber('business', value)).toBe(server.isValidIdNumber('business', value));
        expect(web.normalisePhone(value)).toBe(server.normalisePhone(value));
        expect(web.isValidPhone(value)).toBe(server.isValidPhone(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('explain the problem in Vietnamese as the officer types', () => {
    expect(web.idNumberProblem('person', '02020100123')).toBe('Số định danh cá nhân gồm đúng 12 chữ số (đang có 11 chữ số)');
    expect(web.idNumberProblem('person', ' 020201001234 ')).toBeNull();
    expect(web.idNumberProblem('person', '')).toMatch(/12 chữ số/);
    expect(web.idNumberProblem('business', '0101234567-001')).toBeNull();
    expect(web.idNumberProblem('business', '020201001234')).toMatch(/10 chữ số/);
    expect(web.phoneProblem('0912 345 678')).toBeNull();
    expect(web.phoneProblem('+84 912 345 678')).toBeNull();
    expect(web.phoneProblem('12345')).toMatch(/không hợp lệ/);
    expect(web.phoneProblem('', false)).toBeNull();
    expect(web.phoneProblem('')).toBe('Nhập số điện thoại');
  });
});

type Step = { id: number; stage: number; role: string; status: 'waiting' | 'active' | 'done' | 'returned' | 'cancelled'; name: string; heldByViewer: boolean };
/** The house workflow; `held` lists the steps the server says the viewer holds. */
const houseSteps = (statuses: Step['status'][], held: number[] = []): Step[] =>
  (['receiving_officer', 'specialist', 'leader', 'receiving_officer'] as const).map((role, i) => ({
    id: 10 + i,
    stage: i + 1,
    role,
    status: statuses[i]!,
    name: ['Tiếp nhận, kiểm tra hồ sơ', 'Thẩm định hồ sơ, dự thảo kết quả', 'Phê duyệt, ký kết quả', 'Trả kết quả'][i]!,
    heldByViewer: held.includes(i),
  }));
const dossier = (status: string, steps: Step[] = [], apologyDueAt: string | null = null, leadsAgency = false) => ({
  dossier: { status: status as 'processing', apologyDueAt },
  viewer: { leadsAgency },
  steps,
});
const desk: Viewer = { roles: ['receiving_officer'] };
const specialist: Viewer = { roles: ['specialist'] };
const leader: Viewer = { roles: ['leader'] };
const monitor: Viewer = { roles: ['monitor'] };

describe('actions offered on the dossier page', () => {
  it('intake: the desk checks a submitted dossier; an incomplete one can only be refused or stopped', () => {
    expect(availableActions(dossier('submitted'), desk)).toEqual(['intake_accept', 'intake_supplement', 'intake_refuse', 'withdraw']);
    expect(availableActions(dossier('submitted'), specialist)).toEqual([]);
    expect(availableActions(dossier('intake_incomplete'), desk)).toEqual(['intake_refuse', 'withdraw']);
  });

  it('processing: the holder forwards; the last processing holder or a leader concludes', () => {
    expect(availableActions(dossier('processing', houseSteps(['active', 'waiting', 'waiting', 'waiting'], [0])), desk)).toEqual([
      'complete',
      'supplement_request',
      'assign',
      'withdraw',
    ]);
    expect(availableActions(dossier('processing', houseSteps(['active', 'waiting', 'waiting', 'waiting'])), specialist)).toEqual([]);

    expect(availableActions(dossier('processing', houseSteps(['done', 'active', 'waiting', 'waiting'], [1])), specialist)).toEqual([
      'complete',
      'return',
      'supplement_request',
      'assign',
    ]);
    // Someone else's step (or a step of another agency) is not the specialist's to act on.
    expect(availableActions(dossier('processing', houseSteps(['done', 'active', 'waiting', 'waiting'])), specialist)).toEqual([]);

    const atLeader = houseSteps(['done', 'done', 'active', 'waiting'], [2]);
    expect(availableActions(dossier('processing', atLeader, null, true), leader)).toEqual(['approve', 'return', 'supplement_request', 'assign', 'reject', 'withdraw']);
    expect(availableActions(dossier('processing', houseSteps(['done', 'done', 'active', 'waiting'])), monitor)).toEqual([]);
    // A leader of another agency reads the dossier but neither holds its steps nor concludes it.
    const elsewhere = availableActions(dossier('processing', houseSteps(['done', 'done', 'active', 'waiting'])), leader);
    expect(elsewhere).not.toContain('approve');
    expect(elsewhere).not.toContain('complete');
    // The lead agency's leader may conclude while a specialist still holds a step.
    expect(availableActions(dossier('processing', houseSteps(['done', 'active', 'waiting', 'waiting']), null, true), leader)).toContain('approve');
  });

  it('apology only when late or due within a working day, and only once', () => {
    const steps = houseSteps(['done', 'active', 'waiting', 'waiting']);
    expect(availableActions(dossier('processing', steps), desk, { urgency: 'overdue', workingMsLeft: -3_600_000 })).toContain('apology');
    expect(availableActions(dossier('processing', steps), desk, { urgency: 'due_soon', workingMsLeft: 6 * 3_600_000 })).toContain('apology');
    expect(availableActions(dossier('processing', steps), desk, { urgency: 'due_soon', workingMsLeft: 12 * 3_600_000 })).not.toContain('apology');
    expect(availableActions(dossier('processing', steps, '2026-04-01T10:00:00Z'), desk, { urgency: 'overdue', workingMsLeft: -1 })).not.toContain('apology');
  });

  it('supplement, result and closed states', () => {
    expect(availableActions(dossier('awaiting_supplement'), specialist)).toEqual(['supplement_receive']);
    expect(availableActions(dossier('awaiting_supplement'), desk)).toEqual(['supplement_receive', 'withdraw']);
    expect(availableActions(dossier('result_ready'), desk)).toEqual(['hand_over']);
    expect(availableActions(dossier('result_ready'), leader)).toEqual([]);
    for (const s of ['returned', 'withdrawn', 'intake_refused', 'closed_no_supplement']) expect(availableActions(dossier(s), { roles: ['admin'] })).toEqual([]);
  });

  it('steps: the return step, the next stage, the holder rule', () => {
    const steps = houseSteps(['done', 'active', 'waiting', 'waiting']);
    expect(isReturnStep(steps[3]!, steps)).toBe(true);
    expect(isReturnStep(steps[0]!, steps)).toBe(false);
    expect(nextStepsAfter(steps[1]!, steps).map((s) => s.name)).toEqual(['Phê duyệt, ký kết quả']);
    // Parallel stage: finishing one opinion does not start the next stage yet.
    const parallel: Step[] = [
      { id: 1, stage: 1, role: 'specialist', status: 'active', name: 'A', heldByViewer: true },
      { id: 2, stage: 1, role: 'specialist', status: 'active', name: 'B', heldByViewer: false },
      { id: 3, stage: 2, role: 'leader', status: 'waiting', name: 'C', heldByViewer: false },
    ];
    expect(nextStepsAfter(parallel[0]!, parallel)).toEqual([]);
    expect(heldSteps(parallel).map((s) => s.name)).toEqual(['A']);
    // The return-at-the-desk step closes with the hand-over, never by forwarding.
    expect(heldSteps(houseSteps(['done', 'done', 'done', 'active'], [3]))).toEqual([]);
  });

  it('forms follow the events that produce them', () => {
    const events = (...types: string[]) => types.map((type) => ({ type }));
    expect(availableForms({ dossier: { receivedAt: null }, events: events('SUBMITTED', 'INTAKE_REFUSED') })).toEqual(['03']);
    expect(availableForms({ dossier: { receivedAt: '2026-03-10T02:00:00Z' }, events: events('SUBMITTED', 'RECEIVED', 'SUPPLEMENT_REQUESTED', 'APOLOGY_ISSUED') })).toEqual(['01', '02', '04', '06']);
    expect(formUrl('LS-X-05977-260310-0001', '01')).toBe('/api/dossiers/LS-X-05977-260310-0001/forms/01?format=html');
  });
});

describe('timeline and steps texts', () => {
  it('describes events with their dates in Vietnam time, reasons and people', () => {
    expect(describeEvent({ type: 'RECEIVED', changes: { appointmentAt: [null, '2026-03-24T10:00:00.000Z'] }, data: {}, note: null })).toEqual([
      'Hẹn trả kết quả: 17:00 24/03/2026',
    ]);
    expect(describeEvent({ type: 'SUPPLEMENT_REQUESTED', changes: {}, data: { reason: 'Thiếu bản vẽ' }, note: 'Thiếu bản vẽ' })).toEqual(['Lý do: Thiếu bản vẽ']);
    expect(
      describeEvent({ type: 'SUPPLEMENT_RECEIVED', changes: { dueAt: ['2026-03-24T10:00:00.000Z', '2026-03-31T10:00:00.000Z'] }, data: { reason: 'Nhận đủ hồ sơ bổ sung' }, note: null }),
    ).toEqual(['Hạn giải quyết mới: 17:00 31/03/2026']);
    expect(describeEvent({ type: 'STEP_ASSIGNED', changes: {}, data: { name: 'Thẩm định', toName: 'Lộc Văn Bình' }, note: null })).toEqual([
      'Bước: Thẩm định',
      'Giao cho: Lộc Văn Bình',
    ]);
    expect(describeEvent({ type: 'STEP_RETURNED', changes: {}, data: { reopened: [{ name: 'Thẩm định' }] }, note: 'Sai diện tích' })).toEqual([
      'Trả về bước: Thẩm định',
      'Lý do: Sai diện tích',
    ]);
    expect(describeEvent({ type: 'HANDED_OVER', changes: {}, data: { method: 'post' }, note: 'Gửi EMS' })).toEqual(['Hình thức: Qua bưu chính công ích', 'Ghi chú: Gửi EMS']);
    expect(describeEvent({ type: 'RESULT_RECORDED', changes: {}, data: { outcome: 'approved', signedAt: '2026-03-12T03:30:00.000Z' }, note: null })).toEqual([
      'Giải quyết (chấp thuận)',
      'Ký ngày: 10:30 12/03/2026',
    ]);
    expect(eventColor('INTAKE_REFUSED')).toBe('#dc2626');
    expect(eventColor('HANDED_OVER')).toBe('#15803d');
    expect(eventColor('SUPPLEMENT_RECEIVED')).toBe('#1d4ed8');
  });

  it('judges each finished step against its own due time', () => {
    const due = '2026-03-12T10:00:00.000Z'; // 17:00 on 12/03 in Vietnam
    expect(stepJudgement({ status: 'done', dueAt: due, completedAt: '2026-03-11T03:00:00.000Z' })).toEqual({ label: 'Trước hạn', color: 'green' });
    // 23:30 on 11/03 UTC is already 12/03 in Vietnam: the due day, so on time rather than early.
    expect(stepJudgement({ status: 'done', dueAt: due, completedAt: '2026-03-11T23:30:00.000Z' })).toEqual({ label: 'Đúng hạn', color: 'blue' });
    expect(stepJudgement({ status: 'done', dueAt: due, completedAt: '2026-03-12T10:00:00.000Z' })).toEqual({ label: 'Đúng hạn', color: 'blue' });
    expect(stepJudgement({ status: 'done', dueAt: due, completedAt: '2026-03-12T10:00:01.000Z' })).toEqual({ label: 'Trễ hạn', color: 'red' });
    expect(stepJudgement({ status: 'active', dueAt: due, completedAt: null })).toBeNull();
    expect(stepJudgement({ status: 'waiting', dueAt: null, completedAt: null })).toBeNull();
  });

  it('date pickers use Vietnam wall-clock time, round trip to the same instant', () => {
    expect(toVietnamWall('2026-03-10T02:00:00.000Z')).toBe('2026-03-10T09:00');
    expect(fromVietnamWall('2026-03-10T09:00')).toBe('2026-03-10T02:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 }), (minutes) => {
        const iso = new Date(minutes * 60_000).toISOString();
        expect(fromVietnamWall(toVietnamWall(iso))).toBe(iso);
      }),
    );
  });
});

describe('inbox address state', () => {
  it('parses, ignores junk, and writes back only what differs from the defaults', () => {
    const s = parseInbox(new URLSearchParams('view=mine&bucket=overdue&status=processing&q=%20Binh%20&page=3&size=50'));
    expect(s).toEqual({ view: 'mine', bucket: 'overdue', status: 'processing', q: 'Binh', page: 3, pageSize: 50 });
    expect(parseInbox(new URLSearchParams('view=x&bucket=y&page=-2&size=7'))).toEqual({
      view: 'unit',
      bucket: undefined,
      status: undefined,
      q: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(inboxSearch(s).toString()).toBe('view=mine&bucket=overdue&status=processing&q=Binh&page=3&size=50');
    expect(parseInbox(inboxSearch(s))).toEqual(s);
    expect(inboxSearch(parseInbox(new URLSearchParams())).toString()).toBe('');
    expect(withFilter(s, { bucket: undefined }).page).toBe(1);
  });
});

describe('desk form body', () => {
  const components = [
    { position: 1, name: 'Đơn đề nghị', required: true },
    { position: 2, name: 'Giấy tờ đất', required: true },
    { position: 3, name: 'Bản vẽ', required: false },
  ];

  it('lists the missing required components and drafts the request from them', () => {
    expect(missingRequired(components, [{ position: 1, provided: true }, { position: 2, provided: false }])).toEqual(['Giấy tờ đất']);
    expect(missingRequired(components, undefined)).toEqual(['Đơn đề nghị', 'Giấy tờ đất']);
    expect(supplementDraft(['Giấy tờ đất', 'Bản vẽ'])).toBe('Đề nghị bổ sung các thành phần sau:\n1. Giấy tờ đất\n2. Bản vẽ');
    expect(supplementDraft([])).toBe('');
  });

  it('turns blanks into nulls and keeps the reason only for supplement or refusal', () => {
    const values = {
      procedureCode: '1.010008',
      applicant: { name: ' Nguyễn Văn Bình ', idNumber: '020201001234', phone: '0912 345 678', email: '', address: '  ' },
      hasAuthorised: false,
      authorisedPerson: { name: 'Trần Thị C' },
      components: [{ position: 1, provided: true, originals: 1, copies: null }, { position: 2 }],
    };
    const body = buildReceiveBody(values, [], 'accept', 'bỏ qua');
    expect(body).toEqual({
      procedureCode: '1.010008',
      channel: 'direct',
      applicant: { kind: 'person', name: 'Nguyễn Văn Bình', idNumber: '020201001234', phone: '0912 345 678', email: null, address: null, authorisedPerson: null },
      requestSummary: '',
      components: [
        { position: 1, provided: true, originals: 1, copies: 0 },
        { position: 2, provided: false, originals: 0, copies: 0 },
      ],
      files: [],
      decision: 'accept',
      reason: null,
    });
    const refused = buildReceiveBody({ ...values, hasAuthorised: true, authorisedPerson: { name: 'Trần Thị C', phone: '' } }, [], 'refuse', ' Không thuộc thẩm quyền ');
    expect(refused.reason).toBe('Không thuộc thẩm quyền');
    expect(refused.applicant.authorisedPerson).toEqual({ name: 'Trần Thị C', idNumber: null, phone: null });
  });
});
