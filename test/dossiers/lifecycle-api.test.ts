import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, asc } from 'drizzle-orm';
import { createTestDatabase } from '../support/test-db';
import { seedDemo, TestClock } from '../support/demo';
import type { Database } from '../../src/db/open-database';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';
import { loadWorkCalendar } from '../../src/calendar/load-work-calendar';
import { formatVietnamIso } from '../../src/calendar/vietnam-time';
import { dossierEvents, dossiers } from '../../src/dossiers/schema';
import { replay } from '../../src/dossiers/dossier-state';
import { applicant, loginAs, ok, type Api } from './api-helpers';

const COMMUNE = 'LS-X-05977';
const HOUSE_PERMIT = '1.010008'; // commune level, 10 working days, desk → specialist → leader → return

describe('dossier lifecycle over the API', () => {
  let database: Database;
  let app: App;
  const clock = new TestClock('2026-02-13T09:00:00+07:00'); // Friday before Tết 2026 (16–20/02 off)
  let desk: Api, specialist: Api, leader: Api, admin: Api, citizen: Api, provinceSpecialist: Api;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    app = await buildApp({ db: database.db, config: loadConfig({}), clock });
    desk = await loginAs(app, 'motcua.xa');
    specialist = await loginAs(app, 'chuyenvien.xa');
    leader = await loginAs(app, 'lanhdao.xa');
    admin = await loginAs(app, 'quantri');
    citizen = await loginAs(app, 'congdan');
    provinceSpecialist = await loginAs(app, 'chuyenvien');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const receive = async (over: Record<string, unknown> = {}) =>
    ok(
      await desk.post('/api/dossiers', {
        procedureCode: HOUSE_PERMIT,
        deskAgencyCode: COMMUNE,
        applicant,
        requestSummary: 'Cấp giấy phép xây dựng nhà ở riêng lẻ 3 tầng',
        components: [1, 2, 3].map((position) => ({ position, provided: true, originals: 1 })),
        ...over,
      }),
      201,
    );

  const detail = async (code: string, as: Api = desk) => ok(await as.get(`/api/dossiers/${code}`));

  async function expectRebuildable(code: string) {
    const [row] = await database.db.select().from(dossiers).where(eq(dossiers.code, code));
    const events = await database.db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, row!.id)).orderBy(asc(dossierEvents.seq));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)!.seq).toBe(row!.version);
    const rebuilt = replay(events);
    for (const [field, value] of Object.entries(rebuilt)) expect((row as Record<string, unknown>)[field], field).toEqual(value);
  }

  it('accepted → desk, specialist, leader → approved → handed over, due across Tết 2026', async () => {
    clock.set('2026-02-13T09:00:00+07:00');
    const d = await receive();
    expect(d.code).toMatch(/^LS-X-05977-260213-\d{4}$/);
    expect(d.status).toBe('processing');
    // 10 working days, day of receipt not counted, Tết 16–20/02 skipped: Friday 06/03/2026 at 17:00.
    expect(formatVietnamIso(new Date(d.dueAt))).toBe('2026-03-06T17:00:00+07:00');
    const calendar = await loadWorkCalendar(database.db);
    expect(new Date(d.dueAt)).toEqual(calendar.due(new Date('2026-02-13T09:00:00+07:00'), { amount: 10, unit: 'working_days' }));

    let view = await detail(d.code);
    const deskStep = view.steps.find((s: any) => s.status === 'active');
    expect(deskStep.name).toBe('Tiếp nhận, kiểm tra hồ sơ');
    expect(deskStep.assignee.username).toBe('motcua.xa');
    // Half a working day from 09:00 on Friday: 2.5 h before lunch + 1.5 h after → 14:30.
    expect(formatVietnamIso(new Date(deskStep.dueAt))).toBe('2026-02-13T14:30:00+07:00');

    clock.set('2026-02-13T10:00:00+07:00');
    ok(await desk.post(`/api/dossiers/${d.code}/steps/complete`, { note: 'Chuyển chuyên viên thẩm định' }));
    view = await detail(d.code, specialist);
    const appraisal = view.steps.find((s: any) => s.status === 'active');
    expect(appraisal.name).toBe('Thẩm định hồ sơ, dự thảo kết quả');
    // 6 working days = 48 working hours from Friday 10:00 across Tết: Monday 02/03 at 10:00.
    expect(formatVietnamIso(new Date(appraisal.dueAt))).toBe('2026-03-02T10:00:00+07:00');

    clock.set('2026-02-25T15:00:00+07:00');
    ok(await specialist.post(`/api/dossiers/${d.code}/steps/complete`, { note: 'Đủ điều kiện' }));
    clock.set('2026-02-26T09:00:00+07:00');
    const signed = ok(
      await leader.post(`/api/dossiers/${d.code}/result`, {
        outcome: 'approved',
        files: [{ fileName: 'giay-phep.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 giấy phép').toString('base64') }],
      }),
    );
    expect(signed.status).toBe('result_ready');
    expect(signed.outcome).toBe('approved');
    expect(formatVietnamIso(new Date(signed.finishedAt))).toBe('2026-02-26T09:00:00+07:00');
    // The result file is dated by the same clock as the event it came with.
    const resultFile = (await detail(d.code)).files.find((f: any) => f.fileName === 'giay-phep.pdf');
    expect(formatVietnamIso(new Date(resultFile.uploadedAt))).toBe('2026-02-26T09:00:00+07:00');

    clock.set('2026-02-27T08:00:00+07:00');
    const returned = ok(await desk.post(`/api/dossiers/${d.code}/hand-over`, { method: 'counter' }));
    expect(returned.status).toBe('returned');

    view = await detail(d.code);
    expect(view.events.map((e: any) => e.type)).toEqual([
      'SUBMITTED',
      'RECEIVED',
      'STEP_STARTED',
      'STEP_COMPLETED',
      'STEP_STARTED',
      'STEP_COMPLETED',
      'STEP_STARTED',
      'STEP_COMPLETED',
      'STEP_STARTED',
      'RESULT_RECORDED',
      'HANDED_OVER',
    ]);
    expect(view.steps.map((s: any) => s.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(view.steps[2].completedByUser.username).toBe('lanhdao.xa');
    expect(view.files.map((f: any) => f.kind)).toEqual(['result']);
    await expectRebuildable(d.code);
  });

  it('supplementation pauses the clock and the time counts again from zero', async () => {
    clock.set('2026-03-02T08:00:00+07:00');
    const d = await receive();
    ok(await desk.post(`/api/dossiers/${d.code}/steps/complete`, {}));
    clock.set('2026-03-03T09:00:00+07:00');
    const paused = ok(await specialist.post(`/api/dossiers/${d.code}/supplement-request`, { reason: 'Thiếu bản vẽ mặt cắt' }));
    expect(paused.status).toBe('awaiting_supplement');
    expect(paused.supplementCount).toBe(1);
    expect(formatVietnamIso(new Date(paused.pausedAt))).toBe('2026-03-03T09:00:00+07:00');
    // While paused the specialist cannot move the dossier on.
    expect((await specialist.post(`/api/dossiers/${d.code}/steps/complete`, {})).statusCode).toBe(409);

    clock.set('2026-03-10T14:00:00+07:00');
    const resumed = ok(
      await desk.post(`/api/dossiers/${d.code}/supplement`, {
        files: [{ fileName: 'ban-ve.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF bản vẽ').toString('base64') }],
      }),
    );
    expect(resumed.status).toBe('processing');
    expect(resumed.pausedAt).toBeNull();
    // Counted again from zero from the complete supplement: 10 working days after Tuesday 10/03.
    expect(formatVietnamIso(new Date(resumed.dueAt))).toBe('2026-03-24T17:00:00+07:00');
    expect(formatVietnamIso(new Date(resumed.appointmentAt))).toBe('2026-03-16T17:00:00+07:00');
    const view = await detail(d.code);
    const active = view.steps.find((s: any) => s.status === 'active');
    expect(formatVietnamIso(new Date(active.startedAt))).toBe('2026-03-10T14:00:00+07:00');
    const ev = view.events.find((e: any) => e.type === 'SUPPLEMENT_RECEIVED');
    expect(ev.data.reason).toContain('tính lại từ đầu');
    expect(ev.changes.dueAt).toEqual([new Date('2026-03-16T10:00:00Z').toISOString(), new Date('2026-03-24T10:00:00Z').toISOString()]);
    await expectRebuildable(d.code);
  });

  it('refusal at intake never starts a clock', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive({ decision: 'refuse', reason: 'Nhà ở thuộc khu vực đã có quy hoạch thu hồi đất' });
    expect(d.status).toBe('intake_refused');
    expect(d.receivedAt).toBeNull();
    expect(d.dueAt).toBeNull();
    const view = await detail(d.code);
    expect(view.steps).toEqual([]);
    expect(view.events.map((e: any) => e.type)).toEqual(['INTAKE_REFUSED']);
    expect(view.events[0].data.reason).toContain('quy hoạch');
    // A refusal needs its reasons; missing required components cannot be accepted.
    const noReason = await desk.post('/api/dossiers', { procedureCode: HOUSE_PERMIT, deskAgencyCode: COMMUNE, applicant, decision: 'refuse' });
    expect(noReason.json().code).toBe('DOSSIER_REASON_REQUIRED');
    const missing = await desk.post('/api/dossiers', {
      procedureCode: HOUSE_PERMIT,
      deskAgencyCode: COMMUNE,
      applicant,
      components: [{ position: 1, provided: true }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('DOSSIER_MISSING_REQUIRED_COMPONENTS');
    const incomplete = await receive({ decision: 'request_supplement', reason: 'Thiếu giấy tờ về quyền sử dụng đất', components: [] });
    expect(incomplete.status).toBe('intake_incomplete');
  });

  it('not eligible: a leader concludes with a refusal within the deadline (resolved)', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    ok(await desk.post(`/api/dossiers/${d.code}/steps/complete`, {}));
    clock.set('2026-03-04T09:00:00+07:00');
    expect((await leader.post(`/api/dossiers/${d.code}/result`, { outcome: 'rejected' })).json().code).toBe('DOSSIER_REASON_REQUIRED');
    // The specialist alone cannot conclude while the leader's step is pending.
    const early = await specialist.post(`/api/dossiers/${d.code}/steps/complete`, {});
    ok(early);
    const refused = ok(await leader.post(`/api/dossiers/${d.code}/result`, { outcome: 'rejected', reason: 'Công trình vi phạm chỉ giới xây dựng' }));
    expect(refused.outcome).toBe('rejected');
    expect(refused.status).toBe('result_ready');
    expect(new Date(refused.finishedAt).getTime()).toBeLessThanOrEqual(new Date(refused.dueAt).getTime());
    await expectRebuildable(d.code);
  });

  it('withdrawal at the applicant request stops the dossier', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    expect((await desk.post(`/api/dossiers/${d.code}/withdraw`, {})).statusCode).toBe(400);
    const w = ok(await desk.post(`/api/dossiers/${d.code}/withdraw`, { reason: 'Người nộp đề nghị rút hồ sơ để điều chỉnh thiết kế' }));
    expect(w.status).toBe('withdrawn');
    expect(w.outcome).toBe('withdrawn');
    const view = await detail(d.code);
    expect(view.steps.every((s: any) => s.status === 'cancelled')).toBe(true);
    expect((await desk.post(`/api/dossiers/${d.code}/hand-over`, {})).json().code).toBe('DOSSIER_INVALID_TRANSITION');
  });

  it('apology once, late finish judged against the original due time', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    const due = new Date(d.dueAt);
    expect(formatVietnamIso(due)).toBe('2026-03-16T17:00:00+07:00');
    // Too early for an apology.
    expect((await leader.post(`/api/dossiers/${d.code}/apology`, { reason: 'x', newAppointmentAt: '2026-03-20T17:00:00+07:00' })).json().code).toBe(
      'DOSSIER_APOLOGY_NOT_NEEDED',
    );
    clock.set('2026-03-16T09:00:00+07:00');
    const bad = await leader.post(`/api/dossiers/${d.code}/apology`, { reason: 'Chờ ý kiến', newAppointmentAt: '2026-03-13T17:00:00+07:00' });
    expect(bad.json().code).toBe('DOSSIER_APOLOGY_DATE_INVALID');
    const sorry = ok(
      await leader.post(`/api/dossiers/${d.code}/apology`, { reason: 'Chờ ý kiến của cơ quan chuyên môn', newAppointmentAt: '2026-03-20T17:00:00+07:00' }),
    );
    expect(formatVietnamIso(new Date(sorry.apologyDueAt))).toBe('2026-03-20T17:00:00+07:00');
    expect(new Date(sorry.dueAt)).toEqual(due);
    const again = await leader.post(`/api/dossiers/${d.code}/apology`, { reason: 'Lần hai', newAppointmentAt: '2026-03-25T17:00:00+07:00' });
    expect(again.json().code).toBe('DOSSIER_APOLOGY_ALREADY_ISSUED');
    clock.set('2026-03-18T10:00:00+07:00');
    ok(await desk.post(`/api/dossiers/${d.code}/steps/complete`, {}));
    ok(await specialist.post(`/api/dossiers/${d.code}/steps/complete`, {}));
    const finished = ok(await leader.post(`/api/dossiers/${d.code}/result`, { outcome: 'approved' }));
    expect(new Date(finished.finishedAt).getTime()).toBeGreaterThan(due.getTime());
    expect(new Date(finished.dueAt)).toEqual(due);
  });

  it('test dossiers: training mode and an audited administrator mark', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    expect(d.isTest).toBe(false);
    expect((await desk.post(`/api/dossiers/${d.code}/test-mark`, { isTest: true, reason: 'x' })).statusCode).toBe(403);
    const marked = ok(await admin.post(`/api/dossiers/${d.code}/test-mark`, { isTest: true, reason: 'Hồ sơ tập huấn nhập nhầm' }));
    expect(marked.isTest).toBe(true);
    const view = await detail(d.code);
    const ev = view.events.at(-1);
    expect(ev.type).toBe('MARKED_TEST');
    expect(ev.actor.username).toBe('quantri');
    expect(ev.note).toBe('Hồ sơ tập huấn nhập nhầm');
    await expectRebuildable(d.code);

    const me = ok(await desk.get('/api/auth/me'));
    ok(await admin.put(`/api/users/${me.id}/training-mode`, { enabled: true }));
    const trainee = await loginAs(app, 'motcua.xa');
    const t = ok(
      await trainee.post('/api/dossiers', {
        procedureCode: HOUSE_PERMIT,
        deskAgencyCode: COMMUNE,
        applicant,
        components: [1, 2, 3].map((position) => ({ position, provided: true })),
      }),
      201,
    );
    expect(t.isTest).toBe(true);
    ok(await admin.put(`/api/users/${me.id}/training-mode`, { enabled: false }));
  });

  it('online submission by a citizen, checked and accepted by the desk, tracked publicly', async () => {
    clock.set('2026-03-06T20:00:00+07:00'); // Friday evening, after hours
    const s = ok(
      await citizen.post('/api/dossiers/online', {
        procedureCode: HOUSE_PERMIT,
        deskAgencyCode: COMMUNE,
        applicant: { ...applicant, phone: '0987654321' },
        components: [1, 2, 3].map((position) => ({ position, provided: true })),
        files: [{ fileName: 'don.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF đơn').toString('base64'), componentPosition: 1 }],
      }),
      201,
    );
    expect(s.status).toBe('submitted');
    expect(s.channel).toBe('online');
    const mine = ok(await citizen.get('/api/dossiers'));
    expect(mine.items.map((i: any) => i.code)).toContain(s.code);
    clock.set('2026-03-09T08:00:00+07:00');
    const inbox = ok(await desk.get('/api/dossiers?view=intake'));
    expect(inbox.items.map((i: any) => i.code)).toContain(s.code);
    const accepted = ok(await desk.post(`/api/dossiers/${s.code}/intake`, { decision: 'accept' }));
    expect(accepted.status).toBe('processing');
    expect(formatVietnamIso(new Date(accepted.dueAt))).toBe('2026-03-23T17:00:00+07:00');

    const lookup = ok(await app.inject({ method: 'GET', url: `/api/public/dossiers/lookup?code=${s.code}&phone=4321` }));
    expect(lookup.status).toBe('processing');
    expect(JSON.stringify(lookup)).not.toContain('0987654321');
    expect(JSON.stringify(lookup)).not.toContain(applicant.idNumber);
    const wrong = await app.inject({ method: 'GET', url: `/api/public/dossiers/lookup?code=${s.code}&phone=1111` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('DOSSIER_LOOKUP_FAILED');
  });

  it('a dossier found incomplete at intake is completed online by its owner and goes back to the desk', async () => {
    clock.set('2026-03-10T08:00:00+07:00');
    const pdf = (name: string) => ({ fileName: name, mimeType: 'application/pdf', contentBase64: Buffer.from(`%PDF ${name}`).toString('base64') });
    const s = ok(
      await citizen.post('/api/dossiers/online', {
        procedureCode: HOUSE_PERMIT,
        deskAgencyCode: COMMUNE,
        applicant: { ...applicant, phone: '0987654321' },
        components: [1, 2].map((position) => ({ position, provided: true })),
        files: [{ ...pdf('don.pdf'), componentPosition: 1 }],
      }),
      201,
    );
    const asked = ok(await desk.post(`/api/dossiers/${s.code}/intake`, { decision: 'request_supplement', reason: 'Thiếu hai bộ bản vẽ thiết kế' }));
    expect(asked.status).toBe('intake_incomplete');

    // Only the owner, with the missing papers attached.
    expect((await desk.post(`/api/dossiers/${s.code}/resubmit`, { files: [pdf('ban-ve.pdf')] })).statusCode).toBe(403);
    const empty = await citizen.post(`/api/dossiers/${s.code}/resubmit`, { files: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('DOSSIER_FILE_INVALID');
    const other = await citizen.post(`/api/dossiers/${(await receive()).code}/resubmit`, { files: [pdf('x.pdf')] });
    expect(other.statusCode).toBe(404);

    clock.set('2026-03-11T09:30:00+07:00');
    const again = ok(await citizen.post(`/api/dossiers/${s.code}/resubmit`, { files: [pdf('ban-ve.pdf')], note: 'Đã bổ sung bản vẽ', expectedVersion: asked.version }));
    expect(again.status).toBe('submitted');
    expect(again.receivedAt).toBeNull();
    const view = ok(await citizen.get(`/api/dossiers/${s.code}`));
    expect(view.events.at(-1)).toMatchObject({ type: 'INTAKE_RESUBMITTED', note: 'Đã bổ sung bản vẽ', data: { files: 1 } });
    expect(view.files.find((f: any) => f.fileName === 'ban-ve.pdf')).toMatchObject({ kind: 'supplement' });
    // Back in the desk's intake queue; accepted now, the clock starts now.
    expect(ok(await desk.get('/api/dossiers?view=intake')).items.map((i: any) => i.code)).toContain(s.code);
    const accepted = ok(await desk.post(`/api/dossiers/${s.code}/intake`, { decision: 'accept' }));
    expect(accepted.status).toBe('processing');
    expect(formatVietnamIso(new Date(accepted.receivedAt))).toBe('2026-03-11T09:30:00+07:00');
    // Not twice: the dossier is no longer waiting for the applicant.
    expect((await citizen.post(`/api/dossiers/${s.code}/resubmit`, { files: [pdf('y.pdf')] })).statusCode).toBe(409);
  });

  it('refuses cross-agency reads and writes', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    // A specialist of a provincial department does not see a commune's dossier.
    const read = await provinceSpecialist.get(`/api/dossiers/${d.code}`);
    expect(read.statusCode).toBe(404);
    expect((await provinceSpecialist.post(`/api/dossiers/${d.code}/steps/complete`, {})).statusCode).toBe(403);
    const list = ok(await provinceSpecialist.get('/api/dossiers'));
    expect(list.items.map((i: any) => i.code)).not.toContain(d.code);
    // A citizen sees only their own dossiers.
    expect((await citizen.get(`/api/dossiers/${d.code}`)).statusCode).toBe(404);
    expect((await citizen.post(`/api/dossiers/${d.code}/withdraw`, { reason: 'x' })).statusCode).toBe(403);
    // The provincial desk cannot receive for the commune's desk.
    const provinceDesk = await loginAs(app, 'motcua');
    const foreign = await provinceDesk.post('/api/dossiers', {
      procedureCode: HOUSE_PERMIT,
      deskAgencyCode: COMMUNE,
      applicant,
      components: [1, 2, 3].map((position) => ({ position, provided: true })),
    });
    expect(foreign.statusCode).toBe(403);
    // Anonymous callers get 401; a citizen cannot use the counter endpoint.
    expect((await app.inject({ method: 'GET', url: `/api/dossiers/${d.code}` })).statusCode).toBe(401);
    expect((await citizen.post('/api/dossiers', {})).statusCode).toBe(403);
  });

  it('two officials acting on the same stale dossier: one succeeds, the other gets a conflict', async () => {
    clock.set('2026-03-02T09:00:00+07:00');
    const d = await receive();
    const v = d.version;
    const [a, b] = await Promise.all([
      desk.post(`/api/dossiers/${d.code}/steps/complete`, { expectedVersion: v }),
      leader.post(`/api/dossiers/${d.code}/apology`, { expectedVersion: v, reason: 'x', newAppointmentAt: '2026-04-30T17:00:00+07:00' }),
    ]);
    const codes = [a, b].map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect(codes[1]).toBe(409);
    const conflict = [a, b].find((r) => r.statusCode === 409)!;
    expect(['DOSSIER_STALE', 'DOSSIER_APOLOGY_NOT_NEEDED']).toContain(conflict.json().code);
    const again = await desk.post(`/api/dossiers/${d.code}/steps/complete`, { expectedVersion: v });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DOSSIER_STALE');
    expect(again.json().message).toMatch(/tải lại/);
  });

  it('parallel receipts get unique codes without gaps', async () => {
    clock.set('2026-04-01T09:00:00+07:00');
    const results = await Promise.all(Array.from({ length: 12 }, () => receive()));
    const seqs = results.map((r) => Number(r.code.split('-').at(-1))).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.code)).size).toBe(12);
  });

  it('rejects bad applicant data with clear Vietnamese errors', async () => {
    const bad = await desk.post('/api/dossiers', {
      procedureCode: HOUSE_PERMIT,
      deskAgencyCode: COMMUNE,
      applicant: { ...applicant, idNumber: '12345' },
      components: [1, 2, 3].map((position) => ({ position, provided: true })),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('DOSSIER_INVALID_ID_NUMBER');
    expect(bad.json().message).toContain('12 chữ số');
    const phone = await desk.post('/api/dossiers', { procedureCode: HOUSE_PERMIT, deskAgencyCode: COMMUNE, applicant: { ...applicant, phone: '123' } });
    expect(phone.json().code).toBe('DOSSIER_INVALID_PHONE');
    const unknown = await desk.post('/api/dossiers', { procedureCode: '9.999999', deskAgencyCode: COMMUNE, applicant });
    expect(unknown.json().code).toBe('DOSSIER_PROCEDURE_UNAVAILABLE');
    const garbage = await desk.post('/api/dossiers', { procedureCode: 5 });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('VALIDATION_FAILED');
  });
});
