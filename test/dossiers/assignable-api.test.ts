import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-db';
import { seedDemo, TestClock } from '../support/demo';
import type { Database } from '../../src/db/open-database';
import { buildApp } from '../../src/http/build-app';
import { loadConfig } from '../../src/config';
import type { App } from '../../src/http/context';
import { applicant, loginAs, ok, type Api } from './api-helpers';

const COMMUNE = 'LS-X-05977';

describe('GET /api/dossiers/:code/assignable', () => {
  let database: Database;
  let app: App;
  const clock = new TestClock('2026-03-10T09:00:00+07:00');
  let desk: Api, specialist: Api, provinceSpecialist: Api, citizen: Api;
  let code: string;
  let steps: { id: number; name: string; role: string; status: string }[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
    app = await buildApp({ db: database.db, config: loadConfig({}), clock });
    desk = await loginAs(app, 'motcua.xa');
    specialist = await loginAs(app, 'chuyenvien.xa');
    provinceSpecialist = await loginAs(app, 'chuyenvien');
    citizen = await loginAs(app, 'congdan');
    const d = ok(
      await desk.post('/api/dossiers', {
        procedureCode: '1.010008',
        deskAgencyCode: COMMUNE,
        applicant,
        components: [1, 2, 3].map((position) => ({ position, provided: true, originals: 1 })),
      }),
      201,
    );
    code = d.code;
    steps = ok(await desk.get(`/api/dossiers/${code}`)).steps;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const stepNamed = (role: string) => steps.find((s) => s.role === role && s.status === 'waiting')!;

  it('lists the officials of the step agency holding the step role, and nobody from elsewhere', async () => {
    const forSpecialist = ok(await desk.get(`/api/dossiers/${code}/assignable?stepId=${stepNamed('specialist').id}`));
    expect(forSpecialist.step).toMatchObject({ name: 'Thẩm định hồ sơ, dự thảo kết quả', role: 'specialist', status: 'waiting' });
    expect(forSpecialist.step.agency.code).toBe(COMMUNE);
    expect(forSpecialist.officials.map((o: { username: string }) => o.username)).toEqual(['chuyenvien.xa']);
    expect(forSpecialist.officials[0].fullName).toBe('Lộc Văn Bình (demo)');

    const forLeader = ok(await specialist.get(`/api/dossiers/${code}/assignable?stepId=${stepNamed('leader').id}`));
    expect(forLeader.officials.map((o: { username: string }) => o.username)).toEqual(['lanhdao.xa']);
  });

  it('refuses a next holder from another agency or without the step role, and changes nothing', async () => {
    const before = ok(await desk.get(`/api/dossiers/${code}`)).dossier.version;
    for (const username of ['chuyenvien', 'lanhdao.xa', 'congdan']) {
      const res = await desk.post(`/api/dossiers/${code}/steps/complete`, { expectedVersion: before, nextAssigneeUsername: username });
      expect(res.statusCode, username).toBe(400);
      expect(res.json()).toMatchObject({ code: 'DOSSIER_ASSIGNEE_INVALID', message: expect.stringContaining('vai trò phù hợp') });
    }
    const after = ok(await desk.get(`/api/dossiers/${code}`));
    expect(after.dossier.version).toBe(before);
    expect(after.steps.find((s: { status: string }) => s.status === 'active').role).toBe('receiving_officer');
  });

  it('the chosen official becomes the next holder when the step is forwarded', async () => {
    const target = stepNamed('specialist');
    const { officials } = ok(await desk.get(`/api/dossiers/${code}/assignable?stepId=${target.id}`));
    const version = ok(await desk.get(`/api/dossiers/${code}`)).dossier.version;
    ok(await desk.post(`/api/dossiers/${code}/steps/complete`, { expectedVersion: version, nextAssigneeUsername: officials[0].username }));
    const after = ok(await desk.get(`/api/dossiers/${code}`));
    const active = after.steps.find((s: { status: string }) => s.status === 'active');
    expect(active.id).toBe(target.id);
    expect(active.assignee.username).toBe('chuyenvien.xa');
    // The page is told who may act: the holder, and the commune's leader; not the desk any more.
    expect(active.heldByViewer).toBe(false);
    expect(after.viewer).toEqual({ leadsAgency: false });
    const asHolder = ok(await specialist.get(`/api/dossiers/${code}`));
    expect(asHolder.steps.filter((s: { heldByViewer: boolean }) => s.heldByViewer).map((s: { id: number }) => s.id)).toEqual([target.id]);
    const asLeader = ok(await (await loginAs(app, 'lanhdao.xa')).get(`/api/dossiers/${code}`));
    expect(asLeader.viewer).toEqual({ leadsAgency: true });
    expect(asLeader.steps.find((s: { id: number }) => s.id === target.id).heldByViewer).toBe(true);
  });

  it('assigns the current step only to an official who may hold it, and records it', async () => {
    const version = ok(await specialist.get(`/api/dossiers/${code}`)).dossier.version;
    for (const username of ['lanhdao.xa', 'chuyenvien', 'khong.co.ai']) {
      const res = await specialist.post(`/api/dossiers/${code}/steps/assign`, { expectedVersion: version, assigneeUsername: username });
      expect(res.statusCode, username).toBe(400);
      expect(res.json().code).toBe('DOSSIER_ASSIGNEE_INVALID');
    }
    ok(await specialist.post(`/api/dossiers/${code}/steps/assign`, { expectedVersion: version, assigneeUsername: 'chuyenvien.xa', note: 'Giữ lại xử lý' }));
    const after = ok(await specialist.get(`/api/dossiers/${code}`));
    expect(after.dossier.version).toBe(version + 1);
    expect(after.events.at(-1)).toMatchObject({ type: 'STEP_ASSIGNED', note: 'Giữ lại xử lý' });
  });

  it('refuses outsiders, citizens, unknown steps and bad input with clear codes', async () => {
    const stepId = stepNamed('leader').id;
    const outsider = await provinceSpecialist.get(`/api/dossiers/${code}/assignable?stepId=${stepId}`);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().code).toBe('DOSSIER_NOT_FOUND');
    const asCitizen = await citizen.get(`/api/dossiers/${code}/assignable?stepId=${stepId}`);
    expect(asCitizen.statusCode).toBe(403);
    const unknown = await desk.get(`/api/dossiers/${code}/assignable?stepId=999999`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('DOSSIER_STEP_NOT_FOUND');
    const bad = await desk.get(`/api/dossiers/${code}/assignable?stepId=abc`);
    expect(bad.statusCode).toBe(400);
    const missing = await desk.get(`/api/dossiers/KHONG-CO-260310-0001/assignable?stepId=${stepId}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('DOSSIER_NOT_FOUND');
  });
});
