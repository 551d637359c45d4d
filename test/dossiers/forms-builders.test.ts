import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shippedWorkCalendar } from '../../src/calendar/work-calendar';
import type { DossierDetail } from '../../src/dossiers/get-dossier';
import { AppError } from '../../src/shared/errors';
import { dateline, durationText, instantFrom, placeOf, viDate, viDateTime, viDay, viTime } from '../../src/dossiers/forms/form-format';
import { itemsOf } from '../../src/dossiers/forms/dossier-facts';
import { receiptSlipData, receiptSlipDocument } from '../../src/dossiers/forms/receipt-slip';
import { supplementRequestData, supplementRequestDocument } from '../../src/dossiers/forms/supplement-request';
import { refusalSlipData } from '../../src/dossiers/forms/refusal-slip';
import { apologyLetterData, apologyLetterDocument } from '../../src/dossiers/forms/apology-letter';
import { stopNoticeData, stopNoticeDocument } from '../../src/dossiers/forms/stop-notice';
import { controlSlipData, handOverRows } from '../../src/dossiers/forms/control-slip';
import { registerDocument, registerRow } from '../../src/dossiers/forms/tracking-register';
import { dossierFormLayout } from '../../src/dossiers/forms/dossier-form-document';
import { escapeHtml, renderHtml } from '../../src/dossiers/forms/render-html';
import { renderDocx } from '../../src/dossiers/forms/render-docx';
import { lookupUrl, qrImage } from '../../src/dossiers/forms/lookup-qr';
import { dossierForms, formFileName } from '../../src/dossiers/forms/form-kinds';
import type { FormContext } from '../../src/dossiers/forms/form-context';
import type { FormDocument } from '../../src/dossiers/forms/form-document';
import { docxText, readZipEntry } from './forms-zip';

type Detail = DossierDetail;
type Step = Detail['steps'][number];
type Event = Detail['events'][number];

const t = (vn: string) => new Date(`${vn}+07:00`);
const desk = { id: 2, code: 'LS-TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn' };
const lead = { id: 4, code: 'LS-SXD', name: 'Sở Xây dựng' };
const unit = { id: 10, code: 'LS-SXD-QLXD', name: 'Phòng Quản lý xây dựng' };
const other = { id: 6, code: 'LS-SCT', name: 'Sở Công Thương' };
const paths: Record<number, string> = { 2: '/1/2/', 4: '/1/4/', 10: '/1/4/10/', 6: '/1/6/' };
const mai = { id: 101, username: 'motcua', fullName: 'Nguyễn Thị Mai' };
const hung = { id: 102, username: 'chuyenvien', fullName: 'Trần Văn Hùng' };
const minh = { id: 103, username: 'lanhdao', fullName: 'Hoàng Văn Minh' };

const ctx: FormContext = {
  desk: { name: desk.name, parentName: 'Ủy ban nhân dân tỉnh Lạng Sơn', place: 'Lạng Sơn' },
  lead: { name: lead.name, parentName: 'Ủy ban nhân dân tỉnh Lạng Sơn', place: 'Lạng Sơn' },
};

let seq = 0;
function event(type: string, at: Date, data: Record<string, unknown> = {}, actor: typeof mai | null = mai, note: string | null = null): Event {
  seq++;
  return {
    id: seq,
    dossierId: 1,
    seq,
    type,
    actorId: actor?.id ?? null,
    at,
    fromStatus: null,
    toStatus: 'processing',
    changes: {},
    data,
    note,
    actor,
  };
}

function step(
  id: number,
  stage: number,
  name: string,
  agency: typeof desk,
  s: { status: Step['status']; startedAt?: Date; dueAt?: Date; completedAt?: Date; assignee?: typeof mai | null; completedBy?: typeof mai | null; note?: string },
): Step {
  return {
    id,
    dossierId: 1,
    position: stage,
    stage,
    name,
    role: 'specialist',
    agencyId: agency.id,
    assigneeId: s.assignee?.id ?? null,
    status: s.status,
    allotted: 1,
    startedAt: s.startedAt ?? null,
    dueAt: s.dueAt ?? null,
    completedAt: s.completedAt ?? null,
    completedBy: s.completedBy?.id ?? null,
    note: s.note ?? null,
    agencyPath: paths[agency.id]!,
    agency,
    assignee: s.assignee ?? null,
    completedByUser: s.completedBy ?? null,
    heldByViewer: false,
  };
}

/** A dossier received at the desk on Monday 02/03/2026 08:30, 10 working days. */
function detail(over: Partial<Detail['dossier']> = {}, events: Event[] = [], steps: Step[] = []): Detail {
  return {
    dossier: {
      id: 1,
      code: 'LS-TTPVHCC-260302-0001',
      procedureId: 1,
      procedureVersionId: 1,
      workflowId: 1,
      agencyId: lead.id,
      agencyPath: paths[lead.id]!,
      deskAgencyId: desk.id,
      deskAgencyPath: paths[desk.id]!,
      channel: 'direct',
      status: 'processing',
      applicantKind: 'person',
      applicantName: 'Đỗ Thị Hạnh',
      applicantIdNumber: '020187001234',
      applicantPhone: '0912345678',
      applicantEmail: null,
      applicantAddress: 'Phường Đông Kinh',
      authorisedPerson: null,
      ownerUserId: null,
      requestSummary: '',
      submittedAt: t('2026-03-02T08:30:00'),
      receivedAt: t('2026-03-02T08:30:00'),
      dueAt: t('2026-03-16T17:00:00'),
      dueSetAt: t('2026-03-02T08:30:00'),
      appointmentAt: t('2026-03-16T17:00:00'),
      apologyDueAt: null,
      pausedAt: null,
      supplementCount: 0,
      finishedAt: null,
      outcome: null,
      resultSignedAt: null,
      returnedAt: null,
      returnMethod: null,
      isTest: false,
      source: 'native',
      version: 1,
      createdAt: t('2026-03-02T08:30:00'),
      createdBy: mai.id,
      ...over,
    },
    viewer: { leadsAgency: false },
    procedure: { code: '1.009972', name: 'Cấp giấy phép xây dựng', timeUnit: 'working_days', publishedDuration: 10 },
    agency: lead,
    desk,
    steps,
    components: [
      { dossierId: 1, position: 1, componentId: 1, name: 'Đơn đề nghị', required: true, provided: true, originals: 1, copies: 0 },
      { dossierId: 1, position: 2, componentId: 2, name: 'Bản vẽ', required: false, provided: false, originals: 0, copies: 0 },
    ],
    files: [],
    events,
  };
}

const received = () => event('RECEIVED', t('2026-03-02T08:30:00'), { publishedDuration: 10, timeUnit: 'working_days' });

function unavailable(run: () => unknown, form: string): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('DOSSIER_FORM_UNAVAILABLE');
    expect((e as AppError).params).toEqual({ form });
    return;
  }
  throw new Error(`form ${form} should be unavailable`);
}

/** Every text of a document, to check what a layout says. */
function texts(doc: FormDocument): string {
  return doc.blocks
    .flatMap((b) => {
      switch (b.kind) {
        case 'title':
          return [b.text, ...b.lines.map((l) => l.map((r) => r.text).join(''))];
        case 'paragraph':
          return [b.runs.map((r) => r.text).join('')];
        case 'list':
          return b.items;
        case 'table':
          return [...b.columns.map((c) => c.title), ...b.rows.flat()];
        case 'signatures':
          return b.columns.flatMap((c) => [c.title, c.hint, c.name]);
        case 'qr':
          return [b.caption, b.url];
      }
    })
    .join('\n');
}

const vnByIntl = (d: Date) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}` };
};

describe('form formatting', () => {
  it('shows any instant in Vietnam time, whatever the machine time zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const expected = vnByIntl(d);
        expect(viDate(d)).toBe(expected.date);
        expect(viTime(d)).toBe(expected.time);
        expect(viDateTime(d)).toBe(`${expected.time} ngày ${expected.date}`);
      }),
    );
    // 23:30 UTC is already the next morning in Vietnam.
    expect(viDateTime(new Date('2026-03-02T23:30:00Z'))).toBe('06:30 ngày 03/03/2026');
    expect(dateline('Lạng Sơn', new Date('2026-03-02T23:30:00Z'))).toBe('Lạng Sơn, ngày 03 tháng 03 năm 2026');
    expect(viDay('2026-03-09')).toBe('09/03/2026');
  });

  it('names the locality and the processing time in Vietnamese', () => {
    expect(placeOf('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('Lạng Sơn');
    expect(placeOf('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeOf('Sở Xây dựng')).toBe('Sở Xây dựng');
    expect(durationText(15, 'working_days')).toBe('15 ngày làm việc');
    expect(durationText(0.5, 'working_days')).toBe('0,5 ngày làm việc');
    expect(durationText(4, 'working_hours')).toBe('4 giờ làm việc');
    expect(instantFrom('2026-03-02T01:30:00.000Z')?.toISOString()).toBe('2026-03-02T01:30:00.000Z');
    expect(instantFrom('không phải ngày')).toBeNull();
    expect(instantFrom(null)).toBeNull();
  });

  it('splits a free-text list into items without their markers', () => {
    expect(itemsOf('- Đơn đề nghị\n• Bản vẽ\r\n2. Giấy tờ về đất\n\n  3) Ảnh chụp  ')).toEqual(['Đơn đề nghị', 'Bản vẽ', 'Giấy tờ về đất', 'Ảnh chụp']);
    expect(itemsOf(null)).toEqual([]);
  });

  it('builds the public lookup URL under the base, and safe file names', () => {
    expect(lookupUrl('https://dvc.example.vn', 'LS-1')).toBe('https://dvc.example.vn/tra-cuu?ma=LS-1');
    expect(lookupUrl('https://dvc.example.vn/motcua/', 'A B&C')).toBe('https://dvc.example.vn/motcua/tra-cuu?ma=A%20B%26C');
    for (const bad of ['dvc.example.vn', 'javascript:alert(1)', '']) {
      expect(() => lookupUrl(bad, 'X')).toThrow(AppError);
    }
    expect(formFileName('01', 'LS-TTPVHCC-260302-0001', 'docx')).toBe('mau-01-LS-TTPVHCC-260302-0001.docx');
    expect(formFileName('02', '"; rm -rf /"', 'html')).toBe('mau-02-rm--rf.html');
  });

  it('renders a scannable PNG QR code', async () => {
    const qr = await qrImage('https://dvc.example.vn/tra-cuu?ma=LS-1');
    expect(Buffer.from(qr.png).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('form applicability', () => {
  it('refuses every event-bound form of a dossier just submitted', () => {
    const fresh = detail({ status: 'submitted', receivedAt: null, dueAt: null, appointmentAt: null }, [event('SUBMITTED', t('2026-03-02T08:00:00'))]);
    for (const form of dossierForms) {
      unavailable(() => dossierFormLayout(form, fresh, shippedWorkCalendar()), form);
    }
  });

  it('offers only the forms whose event happened', () => {
    const d = detail({}, [received()]);
    expect(() => dossierFormLayout('01', d, null)).not.toThrow();
    expect(() => dossierFormLayout('06', d, shippedWorkCalendar())).not.toThrow();
    for (const form of ['02', '03', '04', '05'] as const) unavailable(() => dossierFormLayout(form, d, null), form);
  });
});

describe('01 receipt slip', () => {
  it('reads the receipt, the provided components and the appointment', () => {
    const d = detail(
      { authorisedPerson: { name: 'Nguyễn Văn Toàn', idNumber: null, phone: '0987654321' }, applicantKind: 'business', applicantIdNumber: '0101234567' },
      [received()],
    );
    const data = receiptSlipData(d);
    expect(data).toMatchObject({
      code: 'LS-TTPVHCC-260302-0001',
      deskName: desk.name,
      request: 'Cấp giấy phép xây dựng',
      processingTime: '10 ngày làm việc',
      receivedAt: '08:30 ngày 02/03/2026',
      appointmentAt: '17:00 ngày 16/03/2026',
      collectAt: `Tại ${desk.name}`,
      officer: 'Nguyễn Thị Mai',
    });
    expect(data.components).toEqual([{ name: 'Đơn đề nghị', originals: 1, copies: 0 }]);
    expect(data.applicant).toMatchObject({ title: 'Tổ chức', idLabel: 'Mã số doanh nghiệp', idNumber: '0101234567', email: '……………………' });
    expect(data.applicant.authorised).toBe('Nguyễn Văn Toàn, điện thoại 0987654321');
    const doc = receiptSlipDocument(data, ctx);
    expect(doc.header).toEqual({
      parentName: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
      unitName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN',
      number: null,
      dateline: 'Lạng Sơn, ngày 02 tháng 03 năm 2026',
    });
    expect(texts(doc)).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    // No QR block without a lookup image.
    expect(doc.blocks.some((b) => b.kind === 'qr')).toBe(false);
  });
});

describe('02–05 event forms', () => {
  it('02 at intake lists the missing components, during processing the officer’s items', () => {
    const intake = detail({ status: 'intake_incomplete', receivedAt: null }, [
      event('INTAKE_SUPPLEMENT_REQUESTED', t('2026-03-02T09:00:00'), { reason: 'Thiếu đơn', missing: ['Đơn đề nghị', 'Bản vẽ'] }),
    ]);
    const a = supplementRequestData(intake);
    expect(a).toMatchObject({ stage: 'intake', items: ['Đơn đề nghị', 'Bản vẽ'], reason: 'Thiếu đơn', officer: 'Nguyễn Thị Mai' });
    expect(supplementRequestDocument(a, ctx).header.unitName).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
    const held = [
      step(1, 1, 'Tiếp nhận', desk, { status: 'active', startedAt: t('2026-03-02T08:30:00'), assignee: mai }),
      step(2, 2, 'Thẩm định', unit, { status: 'active', startedAt: t('2026-03-03T08:30:00'), assignee: hung }),
    ];
    const asked = (stepId: number) =>
      detail({ status: 'awaiting_supplement' }, [
        received(),
        event('INTAKE_SUPPLEMENT_REQUESTED', t('2026-03-01T09:00:00'), { reason: 'cũ', missing: ['Cũ'] }),
        event('SUPPLEMENT_REQUESTED', t('2026-03-04T10:15:00'), { reason: '1. Bản vẽ mặt bằng\n2. Ảnh hiện trạng', stepId }, hung),
      ], held);
    const b = supplementRequestData(asked(2));
    expect(b).toMatchObject({
      stage: 'processing',
      issuedBy: 'lead',
      unitName: unit.name,
      items: ['Bản vẽ mặt bằng', 'Ảnh hiện trạng'],
      reason: null,
      requestedAt: '10:15 ngày 04/03/2026',
    });
    const doc = supplementRequestDocument(b, ctx);
    expect(doc.header.unitName).toBe('SỞ XÂY DỰNG');
    expect(texts(doc)).toContain('Thời hạn giải quyết hồ sơ tạm dừng từ 10:15 ngày 04/03/2026');
    expect(texts(doc)).toContain('liên hệ với Trần Văn Hùng (Phòng Quản lý xây dựng)');
    const atDesk = supplementRequestData(asked(1));
    expect(atDesk).toMatchObject({ issuedBy: 'desk', unitName: desk.name });
    expect(supplementRequestDocument(atDesk, ctx).header.unitName).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
  });

  it('03 takes the refusal reason', () => {
    const d = detail({ status: 'intake_refused', receivedAt: null }, [event('INTAKE_REFUSED', t('2026-03-02T09:00:00'), { reason: 'Không thuộc thẩm quyền' })]);
    expect(refusalSlipData(d)).toMatchObject({ reason: 'Không thuộc thẩm quyền', officer: 'Nguyễn Thị Mai', issuedAt: t('2026-03-02T09:00:00') });
  });

  it('04 reads the due times from the event payload as stored in JSON', () => {
    const d = detail({ apologyDueAt: t('2026-03-20T16:00:00') }, [
      received(),
      event('APOLOGY_ISSUED', t('2026-03-16T09:00:00'), {
        reason: 'Chờ ý kiến phối hợp',
        dueAt: '2026-03-16T10:00:00.000Z',
        newAppointmentAt: '2026-03-20T09:00:00.000Z',
      }),
    ]);
    const data = apologyLetterData(d);
    expect(data).toMatchObject({ receivedOn: '02/03/2026', originalDue: '17:00 ngày 16/03/2026', newAppointment: '16:00 ngày 20/03/2026', reason: 'Chờ ý kiến phối hợp' });
    const doc = apologyLetterDocument(data, ctx);
    expect(doc.header.dateline).toBe('Lạng Sơn, ngày 16 tháng 03 năm 2026');
    expect(texts(doc)).toContain('Sở Xây dựng sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào 16:00 ngày 20/03/2026.');
  });

  it('05 is issued by the desk for a dossier never received, by the lead agency otherwise', () => {
    const stop = event('WITHDRAWN', t('2026-03-05T10:00:00'), { reason: 'Rút hồ sơ' });
    const early = stopNoticeData(detail({ receivedAt: null, submittedAt: t('2026-03-01T20:00:00') }, [stop]));
    expect(early).toMatchObject({ received: false, since: '01/03/2026', stoppedAt: '10:00 ngày 05/03/2026', reason: 'Rút hồ sơ' });
    expect(stopNoticeDocument(early, ctx).header.unitName).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN');
    const late = stopNoticeData(detail({}, [received(), stop]));
    expect(late.received).toBe(true);
    expect(stopNoticeDocument(late, ctx).header.unitName).toBe('SỞ XÂY DỰNG');
  });
});

describe('06 hand-over rows', () => {
  // No desk step: the receipt itself is the first hand-over. Stage 2 runs two opinions in parallel,
  // the unit sends stage 3 back once, and the leader signs.
  const steps = [
    step(1, 1, 'Thẩm định', unit, {
      status: 'done',
      startedAt: t('2026-03-02T08:30:00'),
      dueAt: t('2026-03-04T08:30:00'),
      completedAt: t('2026-03-03T09:00:00'),
      assignee: hung,
      completedBy: hung,
    }),
    step(2, 2, 'Ý kiến quy hoạch', unit, {
      status: 'done',
      startedAt: t('2026-03-03T09:00:00'),
      dueAt: t('2026-03-04T09:00:00'),
      completedAt: t('2026-03-04T09:00:00'),
      assignee: hung,
      completedBy: hung,
    }),
    step(3, 2, 'Ý kiến công thương', other, {
      status: 'done',
      startedAt: t('2026-03-03T09:00:00'),
      dueAt: t('2026-03-04T09:00:00'),
      completedAt: t('2026-03-05T11:00:00'),
      completedBy: minh,
    }),
    step(4, 3, 'Phê duyệt', lead, {
      status: 'returned',
      startedAt: t('2026-03-05T11:00:00'),
      dueAt: t('2026-03-06T11:00:00'),
      completedAt: t('2026-03-05T15:00:00'),
      assignee: minh,
      completedBy: minh,
      note: 'Làm rõ ý kiến',
    }),
    step(5, 2, 'Ý kiến công thương', other, {
      status: 'active',
      startedAt: t('2026-03-05T15:00:00'),
      dueAt: t('2026-03-06T15:00:00'),
      assignee: minh,
    }),
    step(6, 3, 'Phê duyệt', lead, { status: 'waiting', assignee: minh }),
  ];
  const d = detail({}, [received()], steps);

  it('starts with the desk handing over, then follows each finished or returned step in time order', () => {
    const rows = handOverRows(d, shippedWorkCalendar());
    expect(rows.map((r) => [r.at, r.giverUnit, r.receiverUnit, r.giver, r.receiver, r.result])).toEqual([
      ['08:30 ngày 02/03/2026', desk.name, unit.name, 'Nguyễn Thị Mai', 'Trần Văn Hùng', ''],
      ['09:00 ngày 03/03/2026', unit.name, `${unit.name}; ${other.name}`, 'Trần Văn Hùng', 'Trần Văn Hùng', 'Trước hạn'],
      ['09:00 ngày 04/03/2026', unit.name, lead.name, 'Trần Văn Hùng', 'Hoàng Văn Minh', 'Đúng hạn'],
      ['11:00 ngày 05/03/2026', other.name, lead.name, 'Hoàng Văn Minh', 'Hoàng Văn Minh', 'Quá hạn'],
      ['15:00 ngày 05/03/2026', lead.name, other.name, 'Hoàng Văn Minh', 'Hoàng Văn Minh', 'Trước hạn'],
    ]);
    expect(rows[4]!.note).toBe('Phê duyệt: trả lại (Làm rõ ý kiến)');
    expect(rows.map((r) => r.judgement)).toEqual([null, 'early', 'on_time', 'late', 'early']);
  });

  it('judges each stage with the calendar given, on completion against the step’s own due time', () => {
    const calls: [string, string][] = [];
    handOverRows(d, {
      judgeCompletion: (finished, due) => {
        calls.push([finished.toISOString(), due.toISOString()]);
        return 'on_time';
      },
    });
    expect(calls).toEqual(
      steps.filter((s) => s.completedAt).map((s) => [s.completedAt!.toISOString(), s.dueAt!.toISOString()]),
    );
  });

  it('ends with the result going back to the desk and to the applicant', () => {
    const last = step(7, 1, 'Thẩm định', unit, {
      status: 'done',
      startedAt: t('2026-03-02T08:30:00'),
      dueAt: t('2026-03-03T08:30:00'),
      completedAt: t('2026-03-02T16:00:00'),
      completedBy: hung,
    });
    const done = detail(
      { status: 'returned', finishedAt: t('2026-03-17T09:00:00'), returnedAt: t('2026-03-18T08:00:00'), returnMethod: 'post' },
      [received(), event('HANDED_OVER', t('2026-03-18T08:00:00'), { method: 'post' })],
      [last],
    );
    const rows = handOverRows(done, shippedWorkCalendar());
    expect(rows.map((r) => [r.giverUnit, r.receiverUnit, r.receiver, r.result])).toEqual([
      [desk.name, unit.name, '', ''],
      [unit.name, desk.name, 'Nguyễn Thị Mai', 'Trước hạn'],
      [desk.name, 'Người nộp hồ sơ', 'Đỗ Thị Hạnh', 'Quá hạn'], // concluded after the 16/03 due time
    ]);
    expect(rows[2]!.note).toBe('Trả kết quả — Qua bưu chính công ích');
  });

  it('names the coordinating agencies outside the lead agency and the desk', () => {
    const data = controlSlipData(d, shippedWorkCalendar());
    expect(data.coordinating).toBe(other.name);
    expect(data.leadName).toBe(lead.name);
    expect(controlSlipData(detail({}, [received()], [steps[0]!]), shippedWorkCalendar()).coordinating).toBe('Không');
  });
});

describe('07 register rows', () => {
  it('formats a dossier in Vietnam time with the return and notes', () => {
    const row = registerRow({
      code: 'X-1',
      procedureName: 'Cấp phép',
      applicantName: 'A',
      applicantAddress: 'Phường Đông Kinh',
      applicantPhone: '0912345678',
      leadAgencyName: 'Sở Xây dựng',
      receivedAt: new Date('2026-03-02T23:45:00Z'),
      appointmentAt: t('2026-03-16T17:00:00'),
      apologyDueAt: t('2026-03-20T16:00:00'),
      returnedAt: null,
      returnMethod: null,
      status: 'processing',
    });
    expect(row).toMatchObject({
      contact: 'Phường Đông Kinh\n0912345678',
      received: '06:45\n03/03/2026',
      appointment: '17:00\n16/03/2026',
      returned: '',
      method: '',
      note: 'Hẹn lại: 16:00 20/03/2026\nĐang xử lý',
    });
    const doc = registerDocument({ agencyName: 'Sở Xây dựng', from: '2026-03-01', to: '2026-03-31', rows: [row] }, ctx.lead);
    expect(doc.orientation).toBe('landscape');
    expect(doc.header.dateline).toBeNull();
    expect(texts(doc)).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
  });
});

describe('renderers', () => {
  const hostile = '<script>alert("x")</script> & \'y\'';
  const doc: FormDocument = {
    formLabel: 'Mẫu số 99',
    title: `Thử ${hostile}`,
    orientation: 'portrait',
    header: { parentName: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', unitName: 'SỞ XÂY DỰNG', number: 'Số: 12/PTN', dateline: 'Lạng Sơn, ngày 02 tháng 03 năm 2026' },
    blocks: [
      { kind: 'title', text: 'PHIẾU THỬ', lines: [[{ text: 'Mã hồ sơ: ' }, { text: hostile, bold: true }]] },
      { kind: 'paragraph', runs: [{ text: `Họ tên: ${hostile}` }], indent: true },
      { kind: 'list', items: [hostile, 'Bản vẽ\nmặt bằng'] },
      { kind: 'table', columns: [{ title: 'STT', width: 10 }, { title: 'Nội dung', width: 90 }], rows: [['1', hostile]] },
      { kind: 'table', columns: [{ title: 'Cột', width: 100 }], rows: [], empty: 'Trống' },
      { kind: 'signatures', columns: [{ title: 'NGƯỜI KÝ', hint: '(Ký và ghi rõ họ tên)', name: hostile }] },
    ],
  };

  it('HTML escapes every text and keeps the Vietnamese letters', () => {
    const page = renderHtml(doc);
    expect(page).not.toContain('<script>');
    expect(page.split(escapeHtml(hostile)).length - 1).toBe(6);
    expect(escapeHtml(hostile)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(page).toContain('Số: 12/PTN');
    expect(page).toContain('<li>Bản vẽ<br>mặt bằng</li>');
    expect(page).toContain('<td colspan="1" class="al-center"><i>Trống</i></td>');
    expect(page).toContain('@page { size: A4;');
    expect(renderHtml({ ...doc, orientation: 'landscape' })).toContain('@page { size: A4 landscape;');
  });

  it('DOCX is a valid Word package with the same texts', async () => {
    const zip = await renderDocx(doc);
    const xml = readZipEntry(zip, 'word/document.xml')!;
    const text = docxText(xml);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'PHIẾU THỬ', hostile, 'Trống', 'NGƯỜI KÝ', 'Lạng Sơn, ngày 02 tháng 03 năm 2026']) {
      expect(text).toContain(s);
    }
    expect(xml).not.toContain('<script>');
    expect(readZipEntry(zip, '[Content_Types].xml')).toContain('wordprocessingml');
    const wide = readZipEntry(await renderDocx({ ...doc, orientation: 'landscape' }), 'word/document.xml')!;
    expect(wide).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('puts the QR code in both formats', async () => {
    const qr = await qrImage('https://dvc.example.vn/tra-cuu?ma=LS-1');
    const d = detail({}, [received()]);
    const slip = receiptSlipDocument(receiptSlipData(d), { ...ctx, qr });
    const page = renderHtml(slip);
    expect(page).toContain(`data:image/png;base64,${Buffer.from(qr.png).toString('base64')}`);
    expect(page).toContain('https://dvc.example.vn/tra-cuu?ma=LS-1');
    const zip = await renderDocx(slip);
    expect(readZipEntry(zip, 'word/_rels/document.xml.rels')).toMatch(/media\/[^"]+\.png/);
  });
});
