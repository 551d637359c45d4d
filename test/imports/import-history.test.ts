import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import { actorFor, seedDemo } from '../support/demo';
import { loginAs } from '../dossiers/api-helpers';
import type { Database } from '../../src/db/open-database';
import type { Actor } from '../../src/accounts/actor';
import { systemActor } from '../../src/accounts/actor';
import { importHistory, type ImportProgress, type ImportRejection } from '../../src/imports/import-history';
import { generateDemoHistory } from '../../src/imports/demo-history';
import { computeForm06 } from '../../src/reports/form06';
import { presetPeriod } from '../../src/reports/periods';
import { dossierEvents, dossiers, dossierSequences, dossierSteps } from '../../src/dossiers/schema';
import { agencies, agencySuccessions } from '../../src/agencies/schema';
import { userRoles, users } from '../../src/accounts/schema';
import { procedureFields, procedures, procedureVersions, procedureWorkflows, workflowSteps } from '../../src/catalog/schema';
import { auditLog } from '../../src/audit/schema';
import { replay } from '../../src/dossiers/dossier-state';
import { isAppError } from '../../src/shared/errors';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';

const vn = (s: string) => `${s}:00+07:00`;
const C = 'LS-X-05977';
const step = (official: string, agency: string, startedAt: string, dueAt: string, completedAt: string | null) => ({
  official,
  agency,
  startedAt: vn(startedAt),
  dueAt: vn(dueAt),
  completedAt: completedAt === null ? null : vn(completedAt),
});
const dossier = (code: string, over: Record<string, unknown>) => ({
  type: 'dossier',
  code: `${C}-${code}`,
  procedure: '9.000001',
  agency: C,
  channel: 'direct',
  receivedAt: vn('2026-03-02T09:00'),
  dueAt: vn('2026-03-09T17:00'),
  finishedAt: null,
  outcome: null,
  returnedAt: null,
  test: false,
  steps: [step('cv.nhap1', C, '2026-03-02T09:00', '2026-03-04T17:00', null)],
  ...over,
});
const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');

/** A small province history: an office, a procedure, two officials and eight dossiers of March 2026. */
const history = ndjson([
  { type: 'agency', code: `${C}-TP`, name: 'Công chức Tư pháp – Hộ tịch', parent: C, level: 'unit' },
  { type: 'procedure', code: '9.000001', name: 'Thủ tục nhập thử nghiệm', field: 'Lĩnh vực nhập thử', days: 5 },
  { type: 'official', username: 'cv.nhap1', name: 'Nông Văn Nhập', agency: C },
  { type: 'official', username: 'CV.Nhap2', name: 'Lộc Thị Hai', agency: `${C}-TP` },
  '',
  dossier('260302-0001', {
    channel: 'online',
    finishedAt: vn('2026-03-05T10:00'),
    outcome: 'approved',
    returnedAt: vn('2026-03-06T08:00'),
    steps: [
      step('cv.nhap1', C, '2026-03-02T09:00', '2026-03-03T17:00', '2026-03-03T10:00'),
      step('cv.nhap2', `${C}-TP`, '2026-03-03T10:00', '2026-03-09T17:00', '2026-03-05T10:00'),
    ],
  }),
  dossier('260303-0001', {
    channel: 'postal',
    receivedAt: vn('2026-03-03T09:00'),
    dueAt: vn('2026-03-10T17:00'),
    finishedAt: vn('2026-03-12T09:00'),
    outcome: 'approved',
    steps: [step('cv.nhap2', `${C}-TP`, '2026-03-03T09:00', '2026-03-10T17:00', '2026-03-12T09:00')],
  }),
  dossier('260302-0002', {
    procedure: '1.010008',
    dueAt: vn('2026-03-10T17:00'),
    finishedAt: vn('2026-03-10T16:00'),
    outcome: 'rejected',
    steps: [step('cv.nhap1', C, '2026-03-02T09:00', '2026-03-10T17:00', '2026-03-10T16:00')],
  }),
  dossier('260302-0003', { channel: 'online', dueAt: vn('2026-03-20T17:00') }),
  dossier('260325-0001', {
    receivedAt: vn('2026-03-25T09:00'),
    dueAt: vn('2026-04-08T17:00'),
    steps: [step('chuyenvien.xa', `${C}-VP`, '2026-03-25T09:00', '2026-04-01T17:00', null)],
  }),
  dossier('260302-0004', { channel: 'online', dueAt: vn('2026-03-04T17:00'), test: true }),
  dossier('260304-0001', {
    receivedAt: vn('2026-03-04T09:00'),
    dueAt: vn('2026-03-11T17:00'),
    finishedAt: vn('2026-03-06T09:00'),
    outcome: 'withdrawn',
    steps: [step('cv.nhap1', C, '2026-03-04T09:00', '2026-03-11T17:00', null)],
  }),
  // Late only in the software: signed before the due time, closed in the system two days later.
  dossier('260302-0007', {
    channel: 'online',
    finishedAt: vn('2026-03-11T09:00'),
    outcome: 'approved',
    resultSignedAt: vn('2026-03-09T10:00'),
    steps: [step('cv.nhap1', C, '2026-03-02T09:00', '2026-03-09T17:00', '2026-03-11T09:00')],
  }),
]);

describe(`history import (${dbKind})`, () => {
  let database: Database;
  let app: App;
  let monitor: Actor;

  async function tableCounts() {
    const db = database.db;
    const n = async (table: any) => (await db.select({ n: count() }).from(table))[0]!.n;
    return {
      dossiers: await n(dossiers),
      events: await n(dossierEvents),
      steps: await n(dossierSteps),
      agencies: await n(agencies),
      successions: await n(agencySuccessions),
      users: await n(users),
      procedures: await n(procedures),
      versions: await n(procedureVersions),
      fields: await n(procedureFields),
      audit: await n(auditLog),
      sequences: await n(dossierSequences),
    };
  }

  async function rejection(text: string, actor: Actor = systemActor): Promise<ImportRejection> {
    try {
      await importHistory(database.db, actor, text);
    } catch (e) {
      if (isAppError(e) && e.code === 'IMPORT_REJECTED') return e.details as ImportRejection;
      throw e;
    }
    throw new Error('the import was accepted');
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    monitor = await actorFor(database.db, 'giamsat');
    app = await buildApp({ db: database.db, config: loadConfig({}) });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('imports agencies, procedures, officials and dossiers with their steps and one IMPORTED event each', async () => {
    const progress: ImportProgress[] = [];
    const summary = await importHistory(database.db, await actorFor(database.db, 'quantri'), history, { onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({
      lines: 12,
      agencies: { created: 1, unchanged: 0, successions: 0 },
      procedures: { created: 1, amended: 0, unchanged: 0 },
      fields: { created: 1 },
      officials: { created: 2, unchanged: 0 },
      dossiers: { created: 8, unchanged: 0 },
      steps: 9,
    });
    expect(progress.at(-1)).toMatchObject({ lines: 13, dossiers: 8, done: true, bytes: Buffer.byteLength(history) + 1 });

    const db = database.db;
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, C));
    const [first] = await db.select().from(dossiers).where(eq(dossiers.code, `${C}-260302-0001`));
    expect(first).toMatchObject({
      source: 'import',
      status: 'returned',
      channel: 'online',
      agencyId: agency!.id,
      agencyPath: agency!.path,
      deskAgencyId: agency!.id,
      deskAgencyPath: agency!.path,
      workflowId: null,
      isTest: false,
      outcome: 'approved',
      supplementCount: 0,
      version: 1,
    });
    expect(first!.dueAt).toEqual(new Date(vn('2026-03-09T17:00')));
    expect(first!.dueSetAt).toEqual(first!.receivedAt);
    expect(first!.submittedAt).toEqual(first!.receivedAt);
    expect(first!.resultSignedAt).toEqual(first!.finishedAt);

    const events = await db.select().from(dossierEvents).where(eq(dossierEvents.dossierId, first!.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: 1, type: 'IMPORTED', fromStatus: null, toStatus: 'returned', at: first!.receivedAt });
    const replayed = replay(events);
    // The event log gives back the row as written, field by field.
    expect(Object.keys(replayed).length).toBeGreaterThan(20);
    for (const [field, value] of Object.entries(replayed)) expect(first![field as keyof typeof first], field).toEqual(value);

    const statuses = await db
      .select({ code: dossiers.code, status: dossiers.status })
      .from(dossiers)
      .where(eq(dossiers.source, 'import'))
      .orderBy(asc(dossiers.code));
    expect(Object.fromEntries(statuses.map((s) => [s.code.slice(C.length + 1), s.status]))).toEqual({
      '260302-0001': 'returned',
      '260302-0002': 'result_ready',
      '260302-0003': 'processing',
      '260302-0004': 'processing',
      '260302-0007': 'result_ready',
      '260303-0001': 'result_ready',
      '260304-0001': 'withdrawn',
      '260325-0001': 'processing',
    });
    const steps = await db
      .select({ code: dossiers.code, position: dossierSteps.position, name: dossierSteps.name, status: dossierSteps.status, role: dossierSteps.role, assignee: dossierSteps.assigneeId, completedBy: dossierSteps.completedBy })
      .from(dossierSteps)
      .innerJoin(dossiers, eq(dossiers.id, dossierSteps.dossierId))
      .orderBy(asc(dossiers.code), asc(dossierSteps.position));
    const [nhap1] = await db.select().from(users).where(eq(users.username, 'cv.nhap1'));
    expect(steps.filter((s) => s.code === `${C}-260302-0001`)).toMatchObject([
      { position: 1, name: 'Bước 1', status: 'done', role: 'specialist', assignee: nhap1!.id, completedBy: nhap1!.id },
      { position: 2, name: 'Bước 2', status: 'done' },
    ]);
    expect(steps.find((s) => s.code === `${C}-260302-0003`)).toMatchObject({ status: 'active', assignee: nhap1!.id, completedBy: null });
    expect(steps.find((s) => s.code === `${C}-260304-0001`)).toMatchObject({ status: 'cancelled', completedBy: null });

    // Officials without a password, specialists at their agency; the user name is stored in lower case.
    expect(nhap1).toMatchObject({ passwordHash: null, agencyId: agency!.id, fullName: 'Nông Văn Nhập' });
    const [nhap2] = await db.select().from(users).where(eq(users.username, 'cv.nhap2'));
    const [role] = await db.select().from(userRoles).where(eq(userRoles.userId, nhap2!.id));
    const [office] = await db.select().from(agencies).where(eq(agencies.code, `${C}-TP`));
    expect(role).toMatchObject({ role: 'specialist', agencyId: office!.id });
    expect(office!.path).toBe(`${agency!.path}${office!.id}/`);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cv.nhap1', password: 'MotCua@2026' } });
    expect(login.statusCode).toBe(401);

    // The procedure: one active version with the published time, its field, a valid one-step workflow.
    const [proc] = await db.select().from(procedures).where(eq(procedures.code, '9.000001'));
    const [version] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, proc!.currentVersionId!));
    const [field] = await db.select().from(procedureFields).where(eq(procedureFields.id, version!.fieldId));
    expect(version).toMatchObject({ version: 1, status: 'active', publishedDuration: 5, legalDuration: 5, timeUnit: 'working_days', name: 'Thủ tục nhập thử nghiệm' });
    expect(field).toMatchObject({ name: 'Lĩnh vực nhập thử', code: 'LINH-VUC-NHAP-THU' });
    const wf = await db
      .select({ allotted: workflowSteps.allotted, agencyId: procedureWorkflows.agencyId })
      .from(procedureWorkflows)
      .innerJoin(workflowSteps, eq(workflowSteps.workflowId, procedureWorkflows.id))
      .where(eq(procedureWorkflows.procedureVersionId, version!.id));
    expect(wf).toEqual([{ allotted: 5, agencyId: null }]);
    expect(first!.procedureVersionId).toBe(version!.id);

    // Receipt counters moved past the imported codes: the next dossier of the day gets a fresh number.
    const [counter] = await db
      .select()
      .from(dossierSequences)
      .where(and(eq(dossierSequences.agencyId, agency!.id), eq(dossierSequences.day, '2026-03-02')));
    expect(counter!.last).toBe(7);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await tableCounts();
    const summary = await importHistory(database.db, systemActor, history);
    expect(summary).toMatchObject({
      agencies: { created: 0, unchanged: 1 },
      procedures: { created: 0, amended: 0, unchanged: 1 },
      fields: { created: 0 },
      officials: { created: 0, unchanged: 2 },
      dossiers: { created: 0, unchanged: 8 },
      steps: 0,
    });
    expect(await tableCounts()).toEqual(before);
  });

  it('counts the imported dossiers in the standard report by their given due times', async () => {
    const report = await computeForm06(database.db, monitor, { agencyCode: 'LS', ...presetPeriod('month', 2026, 3), by: 'child' });
    const commune = report.rows.find((r) => r.key === C)!;
    // The test dossier is left out; the withdrawal counts as resolved early; the one closed late in the
    // system counts late whatever its signing time.
    expect(commune.received).toEqual({ total: 7, online: 3, directOrPostal: 4, carriedOver: 0 });
    expect(commune.resolved).toEqual({ total: 5, early: 2, onTime: 1, late: 2 });
    expect(commune.pending).toEqual({ total: 2, notDue: 1, overdue: 1 });
    expect(commune.overdueTotal).toBe(3);
  });

  it('rejects a file with bad lines, reporting each by line number, and writes nothing', async () => {
    const before = await tableCounts();
    const bad = ndjson([
      { type: 'agency', code: 'LS-X-CU', name: 'Xã cũ', parent: 'LS', level: 'commune', validTo: '2025-06-30', successor: 'LS-X-05983', successorFrom: '2025-07-01' },
      { type: 'procedure', code: '9.000002', name: 'Thủ tục mới', field: 'Hộ tịch', days: 3 },
      dossier('260302-0100', {}),
      '{"type": "dossier", ',
      { type: 'citizen', code: 'x' },
      { ...dossier('260302-0101', {}), channel: undefined },
      dossier('260302-0102', { finishedAt: vn('2026-03-01T09:00'), outcome: 'approved' }),
      dossier('260302-0103', { procedure: '9.999999' }),
      dossier('260302-0100', {}),
      { ...dossier('250801-0001', {}), agency: 'LS-X-CU', code: 'LS-X-CU-250801-0001', receivedAt: vn('2025-08-01T09:00'), dueAt: vn('2025-08-08T17:00'), steps: [] },
    ]);
    const { errors, errorCount } = await rejection(bad);
    expect(errorCount).toBe(errors.length);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(errors[0]!.message).toBe('Dòng không phải JSON hợp lệ: lỗi ở ký tự thứ 20.');
    expect(errors[1]!.message).toBe('Loại bản ghi "citizen" không hợp lệ: chỉ nhận agency, procedure, official, dossier.');
    expect(errors[2]!.message).toMatch(/^channel: /);
    expect(errors[3]!.message).toBe('finishedAt (09:00 Chủ nhật 01/03/2026) trước receivedAt (09:00 Thứ Hai 02/03/2026).');
    expect(errors[4]!.message).toBe('procedure: không có thủ tục "9.999999" (phải khai báo ở một dòng phía trên hoặc đã có trong hệ thống).');
    expect(errors[5]!.message).toBe(`Mã hồ sơ "${C}-260302-0100" trùng với dòng 3.`);
    expect(errors[6]!.message).toBe('Cơ quan "LS-X-CU" (hoạt động 2000-01-01 – 2025-06-30) không hoạt động vào ngày tiếp nhận 09:00 Thứ Sáu 01/08/2025.');
    // The valid lines before the first error were written inside the transaction, then rolled back.
    expect(await tableCounts()).toEqual(before);
  });

  it('says when a parent agency or a procedure is declared after the line that needs it', async () => {
    const { errors } = await rejection(
      ndjson([
        { type: 'agency', code: 'LS-STP-CON', name: 'Phòng con', parent: 'LS-STP-MOI', level: 'unit' },
        { type: 'agency', code: 'LS-STP-MOI', name: 'Phòng mới', parent: 'LS-STP', level: 'unit' },
        dossier('260302-0200', { procedure: '9.000003', steps: [] }),
        { type: 'procedure', code: '9.000003', name: 'Thủ tục khai sau', field: 'Hộ tịch', days: 2 },
      ]),
    );
    expect(errors).toEqual([
      { line: 1, message: 'parent: cơ quan "LS-STP-MOI" được khai báo ở dòng 2, sau dòng này; hãy đặt dòng khai báo lên trước.' },
      { line: 3, message: 'procedure: thủ tục "9.000003" được khai báo ở dòng 4, sau dòng này; hãy đặt dòng khai báo lên trước.' },
    ]);
  });

  it('records mergers declared in the file and keeps subtree administrators inside their subtree', async () => {
    const summary = await importHistory(
      database.db,
      systemActor,
      ndjson([
        { type: 'agency', code: 'LS-X-CU2', name: 'Ủy ban nhân dân xã Cũ', parent: 'LS', level: 'commune', successor: 'LS-X-05986', successorFrom: '2025-07-01' },
        { ...dossier('250602-0001', {}), agency: 'LS-X-CU2', code: 'LS-X-CU2-250602-0001', receivedAt: vn('2025-06-02T09:00'), dueAt: vn('2025-06-09T17:00'), steps: [] },
      ]),
    );
    expect(summary.agencies).toEqual({ created: 1, unchanged: 0, successions: 1 });
    const [old] = await database.db.select().from(agencies).where(eq(agencies.code, 'LS-X-CU2'));
    expect(old!.validTo).toBe('2025-06-30');
    // A year that ends after the merger reports the old commune's dossiers under its successor.
    const year = await computeForm06(database.db, monitor, { agencyCode: 'LS', ...presetPeriod('year', 2025), by: 'child' });
    expect(year.rows.find((r) => r.key === 'LS-X-05986')!.received.total).toBe(1);

    const [sxd] = await database.db.select().from(agencies).where(eq(agencies.code, 'LS-SXD'));
    const subtreeAdmin: Actor = { kind: 'user', userId: null, username: 'qt.sxd', trainingMode: false, grants: [{ role: 'admin', agencyId: sxd!.id, agencyPath: sxd!.path }] };
    const { errors } = await rejection(ndjson([{ type: 'official', username: 'cv.ngoai', name: 'Cán bộ ngoài', agency: C }]), subtreeAdmin);
    expect(errors).toEqual([{ line: 1, message: `Cơ quan "${C}" nằm ngoài phạm vi bạn được quản trị.` }]);
  });

  it('generates a demo history for the agencies, procedures and officials in the database', async () => {
    const lines = await generateDemoHistory(database.db, { to: '2026-02-28', months: 2, count: 300, seed: 5 });
    expect(await generateDemoHistory(database.db, { to: '2026-02-28', months: 2, count: 300, seed: 5 })).toEqual(lines);
    const summary = await importHistory(database.db, systemActor, lines);
    expect(summary.dossiers.created).toBe(300);
    expect(summary.officials.created).toBe(lines.filter((l) => l.includes('"type":"official"')).length);
    // Two months ending on 28/02: receipts from 29/12.
    const [{ n }] = (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from dossiers where received_at >= '2025-12-29T00:00:00+07:00' and received_at < '2026-03-01T00:00:00+07:00'`)).rows as [{ n: number }];
    expect(n).toBe(300);
  });

  it('drops the dossier tables\' secondary indexes and day-count trigger during a large import and restores them, or keeps them on a rejection', async () => {
    const indexes = async () =>
      (
        await database.db.execute<{ def: string }>(
          sql`select indexdef as def from pg_indexes where tablename in ('dossiers', 'dossier_events', 'dossier_steps') order by indexname`,
        )
      ).rows.map((r) => r.def);
    const before = await indexes();
    expect(before.filter((d) => !/UNIQUE/.test(d)).length).toBeGreaterThan(5);
    // The day-count trigger is off during the bulk part and on again afterwards, also for the replica role.
    const trigger = async () =>
      (await database.db.execute<{ state: string }>(sql`select tgenabled as state from pg_trigger where tgname = 'dossier_day_counts_insert'`)).rows[0]!.state;
    expect(await trigger()).toBe('A');
    const lines = await generateDemoHistory(database.db, { to: '2026-04-30', months: 1, count: 200, seed: 9 });
    const bad = [...lines, JSON.stringify(dossier('260302-0999', { procedure: '9.999999' }))];
    const counts = await tableCounts();
    await expect(importHistory(database.db, systemActor, bad, { batchSize: 20, bulkThreshold: 50 })).rejects.toMatchObject({ code: 'IMPORT_REJECTED' });
    expect(await indexes()).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
    expect(await trigger()).toBe('A');

    const summary = await importHistory(database.db, systemActor, lines, { batchSize: 20, bulkThreshold: 50 });
    expect(summary.dossiers.created).toBe(200);
    expect(await indexes()).toEqual(before);
    expect(await trigger()).toBe('A');
    // Ids handed out by the import are behind the sequence: the next dossier gets a new one.
    const [ids] = (await database.db.execute<{ max: number; next: number }>(sql`
      select (select max(id) from dossiers)::int as max, nextval(pg_get_serial_sequence('dossiers', 'id'))::int as next`)).rows;
    expect(ids!.next).toBeGreaterThan(ids!.max);
  });

  it('takes NDJSON over HTTP for administrators only, with the line errors on a 400', async () => {
    const anonymous = await app.inject({ method: 'POST', url: '/api/imports', headers: { 'content-type': 'application/x-ndjson' }, payload: history });
    expect(anonymous.statusCode).toBe(401);
    const giamsat = await loginAs(app, 'giamsat');
    expect((await giamsat.post('/api/imports', { ndjson: history })).statusCode).toBe(403);

    const admin = await loginAs(app, 'quantri');
    const token = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: 'MotCua@2026' } })).json<{ token: string }>().token;
    const again = await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
      payload: history,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ dossiers: { created: 0, unchanged: 8 } });

    const bad = await admin.post('/api/imports', { ndjson: `${history}\n{"type":"dossier"}` });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ code: string; message: string; details: ImportRejection }>();
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.message).toMatch(/^Tệp nhập có \d+ dòng lỗi/);
    expect(body.details.errors.every((e) => e.line === 14)).toBe(true);
    expect(body.details.errorCount).toBeGreaterThan(1);

    const empty = await admin.post('/api/imports', { ndjson: '\n\n' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ code: string }>().code).toBe('IMPORT_EMPTY');
  });
});
