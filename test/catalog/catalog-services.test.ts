import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import type { Actor } from '../../src/accounts/actor';
import { auditLog } from '../../src/audit/schema';
import { procedures, procedureVersions, procedureWorkflows } from '../../src/catalog/schema';
import { createProcedureField } from '../../src/catalog/create-procedure-field';
import { createProcedure } from '../../src/catalog/create-procedure';
import { amendProcedure } from '../../src/catalog/amend-procedure';
import { abolishProcedure } from '../../src/catalog/abolish-procedure';
import { setProcedureWorkflow } from '../../src/catalog/set-procedure-workflow';
import { getProcedure } from '../../src/catalog/get-procedure';
import { getProcedureVersion, loadProcedureVersion } from '../../src/catalog/get-procedure-version';
import { listProcedures, listProceduresQuery } from '../../src/catalog/list-procedures';
import { listProcedureFields } from '../../src/catalog/list-procedure-fields';
import { reportTimeReduction } from '../../src/catalog/report-time-reduction';
import { resolveWorkflow } from '../../src/catalog/resolve-workflow';
import { insertAgency, procedureInput, userWithRole } from './catalog-fixtures';

const search = (input: Record<string, unknown>) => listProceduresQuery.parse(input);

describe(`catalog services (${dbKind})`, () => {
  let database: Database;
  let db: Db;
  let admin: Actor;
  let specialist: Actor;
  let sxd: number;
  let qlxd: number;
  let commune: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    const province = await insertAgency(db, 'T', 'Ủy ban nhân dân tỉnh Thử', 'province');
    sxd = await insertAgency(db, 'T-SXD', 'Sở Xây dựng', 'department', 'T');
    qlxd = await insertAgency(db, 'T-SXD-QLXD', 'Phòng Quản lý xây dựng', 'unit', 'T-SXD');
    commune = await insertAgency(db, 'T-X-1', 'Ủy ban nhân dân xã Một', 'commune', 'T');
    admin = (await userWithRole(db, 'admin', 'admin')).actor;
    specialist = (await userWithRole(db, 'cv', 'specialist', province)).actor;
    await createProcedureField(db, admin, { code: 'XD', name: 'Xây dựng' });
    await createProcedureField(db, admin, { code: 'HT', name: 'Hộ tịch' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('lets only administrators write, checking before anything else', async () => {
    await expect(createProcedure(db, specialist, procedureInput({ code: '9.999999' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createProcedureField(db, specialist, { code: 'ZZ', name: 'Z' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [n] = await db.select({ n: count() }).from(procedures);
    expect(n?.n).toBe(0);
  });

  it('creates a procedure with its first version, components, fees and search text', async () => {
    const p = await createProcedure(db, admin, procedureInput({ code: '1.009972', name: 'Cấp giấy phép xây dựng mới', implementingAgencyId: sxd, implementingAgency: null }));
    expect(p.code).toBe('1.009972');
    expect(p.current).toMatchObject({
      version: 1,
      status: 'active',
      name: 'Cấp giấy phép xây dựng mới',
      implementingAgencyId: sxd,
      implementingAgency: 'Sở Xây dựng',
      legalDuration: 15,
      publishedDuration: 10,
      field: { code: 'XD', name: 'Xây dựng' },
      fees: [{ name: 'Lệ phí cấp giấy phép', amount: 75000, note: null }],
    });
    expect(p.current.components.map((c) => [c.position, c.name, c.originals])).toEqual([
      [1, 'Đơn đề nghị', 1],
      [2, 'Bản vẽ thiết kế', 2],
    ]);
    const [v] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, p.current.id));
    expect(v?.searchText).toBe('1.009972 cap giay phep xay dung moi');
    expect(v?.createdBy).toBe(admin.userId);
    const audits = await db.select().from(auditLog).where(eq(auditLog.subject, 'procedure:1.009972'));
    expect(audits.map((a) => a.type)).toEqual(['PROCEDURE_VERSION_CREATED']);
  });

  it('refuses a taken code, an unknown field or agency, and a published time above the statutory one', async () => {
    await expect(createProcedure(db, admin, procedureInput({ code: '1.009972' }))).rejects.toMatchObject({ code: 'PROCEDURE_CODE_TAKEN', status: 409 });
    await expect(createProcedure(db, admin, procedureInput({ code: '1.1', fieldCode: 'NOPE' }))).rejects.toMatchObject({ code: 'PROCEDURE_FIELD_NOT_FOUND' });
    await expect(createProcedure(db, admin, procedureInput({ code: '1.2', implementingAgencyId: 99999 }))).rejects.toMatchObject({ code: 'CATALOG_AGENCY_NOT_FOUND' });
    await expect(
      createProcedure(db, admin, procedureInput({ code: '1.3', implementingAgencyId: null, implementingAgency: null })),
    ).rejects.toMatchObject({ code: 'IMPLEMENTING_AGENCY_REQUIRED' });
    await expect(createProcedure(db, admin, procedureInput({ code: '1.4', publishedDuration: 16 }))).rejects.toMatchObject({
      code: 'PUBLISHED_DURATION_EXCEEDS_LEGAL',
      status: 400,
    });
    const [n] = await db.select({ n: count() }).from(procedures);
    expect(n?.n).toBe(1);
  });

  it('validates workflows (parallel stages, exact total) and keeps replaced ones', async () => {
    const steps = [
      { stage: 1, name: 'Tiếp nhận', role: 'receiving_officer' as const, agencyId: null, allotted: 0.5 },
      { stage: 2, name: 'Thẩm định', role: 'specialist' as const, agencyId: qlxd, allotted: 5 },
      { stage: 3, name: 'Lấy ý kiến A', role: 'specialist' as const, agencyId: qlxd, allotted: 2 },
      { stage: 3, name: 'Lấy ý kiến B', role: 'specialist' as const, agencyId: sxd, allotted: 1.5 },
      { stage: 4, name: 'Phê duyệt', role: 'leader' as const, agencyId: sxd, allotted: 2 },
      { stage: 5, name: 'Trả kết quả', role: 'receiving_officer' as const, agencyId: null, allotted: 0.5 },
    ];
    const wrong = setProcedureWorkflow(db, admin, { code: '1.009972', agencyId: null, steps: steps.map((s) => ({ ...s, allotted: s.allotted + 1 })) });
    await expect(wrong).rejects.toMatchObject({ code: 'WORKFLOW_TOTAL_MISMATCH' });
    await expect(wrong).rejects.toThrow(/15 ngày làm việc.*10 ngày làm việc/);
    await expect(setProcedureWorkflow(db, admin, { code: '1.009972', agencyId: null, steps: [] })).rejects.toMatchObject({ code: 'WORKFLOW_EMPTY' });
    await expect(
      setProcedureWorkflow(db, admin, { code: '1.009972', agencyId: 424242, steps }),
    ).rejects.toMatchObject({ code: 'CATALOG_AGENCY_NOT_FOUND' });
    await expect(setProcedureWorkflow(db, specialist, { code: '1.009972', agencyId: null, steps })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const first = await setProcedureWorkflow(db, admin, { code: '1.009972', agencyId: null, steps });
    expect(first.total).toBe(10);
    expect(first.steps.map((s) => [s.position, s.stage, s.agency?.code ?? null])).toEqual([
      [1, 1, null],
      [2, 2, 'T-SXD-QLXD'],
      [3, 3, 'T-SXD-QLXD'],
      [4, 3, 'T-SXD'],
      [5, 4, 'T-SXD'],
      [6, 5, null],
    ]);
    const second = await setProcedureWorkflow(db, admin, { code: '1.009972', agencyId: null, steps: steps.filter((s) => s.name !== 'Lấy ý kiến B') });
    const rows = await db.select().from(procedureWorkflows).where(eq(procedureWorkflows.procedureVersionId, (await getProcedure(db, null, { code: '1.009972' })).current.id));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === first.id)?.replacedAt).not.toBeNull();
    expect(rows.find((r) => r.id === second.id)?.replacedAt).toBeNull();
    const own = await setProcedureWorkflow(db, admin, {
      code: '1.009972',
      agencyId: commune,
      steps: [{ stage: 1, name: 'Xử lý', role: 'specialist', agencyId: null, allotted: 10 }],
    });
    const detail = await getProcedure(db, null, { code: '1.009972' });
    expect(detail.current.workflows.map((w) => [w.id, w.agency?.code ?? null])).toEqual([
      [second.id, null],
      [own.id, 'T-X-1'],
    ]);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subject, 'procedure:1.009972'), eq(auditLog.type, 'PROCEDURE_WORKFLOW_SET')));
    expect(audits).toHaveLength(3);

    // For dossiers: the agency's own workflow, else the default; "receiving agency" steps filled in.
    const atCommune = await resolveWorkflow(db, { procedureVersionId: detail.current.id, receivingAgencyId: commune });
    expect(atCommune).toMatchObject({ workflowId: own.id, isDefault: false });
    expect(atCommune?.steps[0]?.agencyId).toBe(commune);
    const elsewhere = await resolveWorkflow(db, { procedureVersionId: detail.current.id, receivingAgencyId: sxd });
    expect(elsewhere?.workflowId).toBe(second.id);
    expect(elsewhere?.steps.map((s) => s.agencyId)).toEqual([sxd, qlxd, qlxd, sxd, sxd]);
  });

  it('amends by publishing a new version; the old one stays intact for its dossiers', async () => {
    const before = await getProcedure(db, null, { code: '1.009972' });
    const v1 = before.current;
    const result = await amendProcedure(db, admin, {
      ...procedureInput({ code: '1.009972', name: 'Cấp giấy phép xây dựng mới (sửa đổi)', publishedDuration: 8 }),
      components: [{ name: 'Đơn đề nghị (mẫu mới)', required: true, originals: 1, copies: 0, templateName: null, templateUrl: null, note: null }],
      implementingAgencyId: sxd,
      decisionNumber: '200/QĐ-UBND',
    });
    const after = result.procedure;
    expect(after.current.version).toBe(2);
    expect(after.current.id).not.toBe(v1.id);
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'amended'],
      [2, 'active'],
    ]);
    // The published time changed from 10 to 8: the 10-day workflows cannot be carried over.
    expect(result.droppedWorkflows).toHaveLength(2);
    expect(after.current.workflows).toEqual([]);
    const old = await loadProcedureVersion(db, v1.id);
    expect(old).toMatchObject({ name: 'Cấp giấy phép xây dựng mới', publishedDuration: 10, status: 'amended', decisionNumber: '100/QĐ-UBND' });
    expect(old.components.map((c) => c.name)).toEqual(['Đơn đề nghị', 'Bản vẽ thiết kế']);
    expect(old.workflows).toHaveLength(2);
    expect((await getProcedureVersion(db, null, { code: '1.009972', version: 1 })).id).toBe(v1.id);
    await expect(getProcedureVersion(db, null, { code: '1.009972', version: 7 })).rejects.toMatchObject({ code: 'PROCEDURE_VERSION_NOT_FOUND' });
    await expect(loadProcedureVersion(db, 987654)).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });

    // Workflows that still fit are carried to the next version.
    await setProcedureWorkflow(db, admin, {
      code: '1.009972',
      agencyId: null,
      steps: [
        { stage: 1, name: 'Tiếp nhận', role: 'receiving_officer', agencyId: null, allotted: 1 },
        { stage: 2, name: 'Xử lý', role: 'specialist', agencyId: qlxd, allotted: 7 },
      ],
    });
    const v3 = await amendProcedure(db, admin, { ...procedureInput({ code: '1.009972', publishedDuration: 8, resultDescription: 'Giấy phép xây dựng' }), implementingAgencyId: sxd });
    expect(v3.droppedWorkflows).toEqual([]);
    expect(v3.procedure.current.version).toBe(3);
    expect(v3.procedure.current.workflows.map((w) => w.steps.map((s) => s.name))).toEqual([['Tiếp nhận', 'Xử lý']]);
  });

  it('abolishes with a last version carrying the abolition decision; no more changes after that', async () => {
    await createProcedure(db, admin, procedureInput({ code: '2.000001', name: 'Thủ tục sắp bãi bỏ', fieldCode: 'HT' }));
    const abolished = await abolishProcedure(db, specialist, { code: '2.000001', decisionNumber: '300/QĐ-UBND', decisionDate: '2025-09-01', effectiveDate: '2025-09-15' }).catch((e: unknown) => e);
    expect(abolished).toMatchObject({ code: 'FORBIDDEN' });
    const p = await abolishProcedure(db, admin, { code: '2.000001', decisionNumber: '300/QĐ-UBND', decisionDate: '2025-09-01', effectiveDate: '2025-09-15' });
    expect(p.current).toMatchObject({ version: 2, status: 'abolished', decisionNumber: '300/QĐ-UBND', name: 'Thủ tục sắp bãi bỏ' });
    expect(p.current.components).toHaveLength(2);
    expect(p.versions.map((v) => [v.version, v.status, v.decisionNumber])).toEqual([
      [1, 'amended', '100/QĐ-UBND'],
      [2, 'abolished', '300/QĐ-UBND'],
    ]);
    await expect(amendProcedure(db, admin, procedureInput({ code: '2.000001', fieldCode: 'HT' }))).rejects.toMatchObject({ code: 'PROCEDURE_ABOLISHED' });
    await expect(abolishProcedure(db, admin, { code: '2.000001', decisionNumber: null, decisionDate: null, effectiveDate: null })).rejects.toMatchObject({
      code: 'PROCEDURE_ABOLISHED',
    });
    await expect(getProcedure(db, null, { code: 'KHONG-CO' })).rejects.toMatchObject({ code: 'PROCEDURE_NOT_FOUND', status: 404 });
  });

  it('gives each concurrent amendment its own version number', async () => {
    await createProcedure(db, admin, procedureInput({ code: '3.000001', name: 'Thủ tục sửa đồng thời' }));
    await Promise.all(
      [1, 2, 3, 4].map((i) => amendProcedure(db, admin, procedureInput({ code: '3.000001', name: `Thủ tục sửa đồng thời lần ${i}` }))),
    );
    const p = await getProcedure(db, null, { code: '3.000001' });
    expect(p.versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(p.versions.filter((v) => v.status === 'active')).toHaveLength(1);
    expect(p.current.version).toBe(5);
  });

  it('searches without diacritics, filters and paginates with a total', async () => {
    const names = [
      'Cấp giấy phép bán lẻ sản phẩm rượu',
      'Cấp Giấy phép kinh doanh karaoke',
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Cấp lại giấy phép bán lẻ rượu',
    ];
    for (const [i, name] of names.entries()) {
      await createProcedure(
        db,
        admin,
        procedureInput({
          code: `5.00000${i}`,
          name,
          fieldCode: name.startsWith('Đăng ký') ? 'HT' : 'XD',
          levels: i % 2 === 0 ? ['commune'] : ['province'],
          onlineLevel: i === 2 ? 'full' : 'partial',
        }),
      );
    }
    const found = await listProcedures(db, null, search({ q: 'cap giay phep' }));
    expect(found.items.map((p) => p.current.name)).toEqual(
      expect.arrayContaining(['Cấp giấy phép bán lẻ sản phẩm rượu', 'Cấp Giấy phép kinh doanh karaoke', 'Cấp lại giấy phép bán lẻ rượu']),
    );
    expect(found.items.every((p) => p.current.name.toLowerCase().includes('giấy phép'))).toBe(true);
    // Words need not be adjacent; diacritics in the query are folded too.
    expect((await listProcedures(db, null, search({ q: 'RƯỢU cấp' }))).items.map((p) => p.code)).toEqual(['5.000000', '5.000004']);
    expect((await listProcedures(db, null, search({ q: 'dang ky' }))).total).toBe(2);
    expect((await listProcedures(db, null, search({ q: '5.000003' }))).items.map((p) => p.current.name)).toEqual(['Đăng ký kết hôn']);
    expect((await listProcedures(db, null, search({ q: '%' }))).total).toBe(0);
    expect((await listProcedures(db, null, search({ fieldCode: 'HT' }))).items.map((p) => p.code)).toEqual(['5.000002', '5.000003']);
    expect((await listProcedures(db, null, search({ level: 'commune', q: 'ruou' }))).items.map((p) => p.code)).toEqual(['5.000000', '5.000004']);
    expect((await listProcedures(db, null, search({ onlineLevel: 'full' }))).items.map((p) => p.code)).toEqual(['5.000002']);
    // The abolished procedure is hidden unless asked for.
    expect((await listProcedures(db, null, search({ q: 'sap bai bo' }))).total).toBe(0);
    expect((await listProcedures(db, null, search({ q: 'sap bai bo', status: 'abolished' }))).items.map((p) => p.current.status)).toEqual(['abolished']);

    const all = await listProcedures(db, null, search({ status: 'all', pageSize: 100 }));
    expect(all.total).toBe(all.items.length);
    const pages = [];
    for (let page = 1; page <= Math.ceil(all.total / 3); page++) {
      const r = await listProcedures(db, null, search({ status: 'all', page, pageSize: 3 }));
      expect(r.total).toBe(all.total);
      expect(r.items.length).toBeLessThanOrEqual(3);
      pages.push(...r.items.map((p) => p.code));
    }
    expect(pages).toEqual(all.items.map((p) => p.code));
    expect((await listProcedures(db, null, search({ status: 'all', page: 99, pageSize: 3 }))).items).toEqual([]);
    // The list shows each procedure once, by its current version.
    expect(all.items.find((p) => p.code === '3.000001')?.current.version).toBe(5);
  });

  it('lists fields and refuses a duplicate field code', async () => {
    expect((await listProcedureFields(db, null)).map((f) => f.code)).toEqual(['HT', 'XD']);
    await expect(createProcedureField(db, admin, { code: 'HT', name: 'Trùng' })).rejects.toMatchObject({ code: 'PROCEDURE_FIELD_CODE_TAKEN' });
  });

  it('reports the time cut by a publication decision, as that decision published it', async () => {
    await createProcedure(db, admin, procedureInput({ code: '7.000001', decisionNumber: '700/QĐ-UBND', legalDuration: 20, publishedDuration: 14 }));
    await createProcedure(db, admin, procedureInput({ code: '7.000002', decisionNumber: '700/QĐ-UBND', legalDuration: 10, publishedDuration: 10 }));
    await createProcedure(
      db,
      admin,
      procedureInput({ code: '7.000003', decisionNumber: '700/QĐ-UBND', legalDuration: 8, publishedDuration: 6, timeUnit: 'working_hours' }),
    );
    // A later decision amends one of them: the figures of decision 700 still use what 700 published.
    await amendProcedure(db, admin, procedureInput({ code: '7.000001', decisionNumber: '701/QĐ-UBND', legalDuration: 20, publishedDuration: 10 }));
    const r = await reportTimeReduction(db, null, { decisionNumber: '700/QĐ-UBND' });
    expect(r.procedures.map((p) => [p.code, p.publishedDuration, p.saved, p.percentSaved])).toEqual([
      ['7.000001', 14, 6, 30],
      ['7.000002', 10, 0, 0],
      ['7.000003', 6, 2, 25],
    ]);
    expect(r.totals.find((t) => t.timeUnit === 'working_days')).toMatchObject({
      procedures: 2,
      reduced: 1,
      reducedPercent: 50,
      legalTotal: 30,
      publishedTotal: 24,
      saved: 6,
      percentSaved: 20,
    });
    const later = await reportTimeReduction(db, null, { decisionNumber: '701/QĐ-UBND' });
    expect(later.procedures.map((p) => [p.code, p.percentSaved])).toEqual([['7.000001', 50]]);
    const field = await reportTimeReduction(db, null, { fieldCode: 'HT' });
    expect(field.procedures.every((p) => ['5.000002', '5.000003'].includes(p.code))).toBe(true);
  });
});
