import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import { systemActor, type Actor } from '../../src/accounts/actor';
import { auditLog } from '../../src/audit/schema';
import { procedureFields, procedures, procedureVersions, procedureWorkflows } from '../../src/catalog/schema';
import { seedDemoCatalog } from '../../src/catalog/demo-catalog';
import { exportCatalog } from '../../src/catalog/export-catalog';
import { importCatalog, type ImportIssue } from '../../src/catalog/import-catalog';
import { amendProcedure } from '../../src/catalog/amend-procedure';
import { abolishProcedure } from '../../src/catalog/abolish-procedure';
import { getProcedure } from '../../src/catalog/get-procedure';
import { listProcedures, listProceduresQuery } from '../../src/catalog/list-procedures';
import { reportTimeReduction } from '../../src/catalog/report-time-reduction';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { AppError } from '../../src/shared/errors';
import { insertDemoAgencies, userWithRole } from './catalog-fixtures';

async function exportJson(db: Db, actor: Actor = systemActor): Promise<CatalogFile> {
  const r = await exportCatalog(db, actor, { format: 'json' });
  if (r.format !== 'json') throw new Error('expected JSON');
  return r.catalog;
}

/** The catalog without its export time: what "the same catalog" means. */
const content = ({ exportedAt: _t, ...rest }: CatalogFile) => rest;

async function tableCounts(db: Db) {
  const [p] = await db.select({ n: count() }).from(procedures);
  const [v] = await db.select({ n: count() }).from(procedureVersions);
  const [w] = await db.select({ n: count() }).from(procedureWorkflows);
  const [f] = await db.select({ n: count() }).from(procedureFields);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return { procedures: p?.n, versions: v?.n, workflows: w?.n, fields: f?.n, audit: a?.n };
}

async function importError(promise: Promise<unknown>): Promise<ImportIssue[]> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect(e).toMatchObject({ code: 'CATALOG_IMPORT_INVALID', status: 400 });
  return (e as AppError).details as ImportIssue[];
}

describe(`demo catalog and JSON import/export (${dbKind})`, () => {
  let source: Database;
  let target: Database;
  let bare: Database;
  let exported: CatalogFile;

  beforeAll(async () => {
    [source, target, bare] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    await insertDemoAgencies(source.db);
    await insertDemoAgencies(target.db);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close(), bare?.close()]);
  });

  it('seeds a realistic demo catalog over the demo agencies, idempotently', async () => {
    const db = source.db;
    await seedDemoCatalog(db);
    const catalog = await exportJson(db);
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(15);
    expect(catalog.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Hộ tịch', 'Đất đai', 'Xây dựng', 'Đăng ký kinh doanh', 'Y tế', 'Giáo dục và Đào tạo', 'Công Thương']),
    );
    const units = new Set(catalog.procedures.map((p) => p.timeUnit));
    expect(units).toEqual(new Set(['working_days', 'working_hours', 'calendar_days']));
    expect(catalog.procedures.some((p) => p.levels.includes('province'))).toBe(true);
    expect(catalog.procedures.some((p) => p.levels.includes('commune'))).toBe(true);
    // Every procedure has a workflow; commune ones are defaults run by the receiving commune.
    expect(catalog.procedures.every((p) => p.workflows.length > 0)).toBe(true);
    const communal = catalog.procedures.filter((p) => p.levels.includes('commune'));
    expect(communal.every((p) => p.workflows.every((w) => w.agencyCode === null && w.steps.every((s) => s.agencyCode === null)))).toBe(true);
    const parallel = catalog.procedures.filter((p) => p.workflows.some((w) => new Set(w.steps.map((s) => s.stage)).size < w.steps.length));
    expect(parallel.length).toBeGreaterThanOrEqual(1);
    expect(parallel[0]!.workflows[0]!.steps.map((s) => s.agencyCode)).toContain('LS-TTPVHCC');

    const before = await tableCounts(db);
    await seedDemoCatalog(db);
    expect(await tableCounts(db)).toEqual(before);
    expect(content(await exportJson(db))).toEqual(content(catalog));

    // The public search finds demo procedures without diacritics.
    const found = await listProcedures(db, null, listProceduresQuery.parse({ q: 'cap giay phep xay dung' }));
    expect(found.total).toBe(2);
    const cut = await reportTimeReduction(db, null, { decisionNumber: '1240/QĐ-UBND' });
    expect(cut.totals[0]).toMatchObject({ procedures: 2, reduced: 2, legalTotal: 35, publishedTotal: 24, saved: 11, percentSaved: 31.43 });
  });

  it('leaves out demo workflows whose agencies do not exist', async () => {
    await seedDemoCatalog(bare.db);
    const catalog = await exportJson(bare.db);
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(15);
    expect(catalog.procedures.every((p) => p.implementingAgencyCode === null)).toBe(true);
    const withWorkflows = catalog.procedures.filter((p) => p.workflows.length > 0);
    expect(withWorkflows.length).toBeGreaterThan(0);
    expect(withWorkflows.every((p) => p.levels.includes('commune'))).toBe(true);
  });

  it('exports and imports the whole catalog into a fresh database unchanged', async () => {
    const admin = (await userWithRole(source.db, 'admin', 'admin')).actor;
    // Some history first: an amended and an abolished procedure.
    const birth = await getProcedure(source.db, null, { code: '1.001193' });
    await amendProcedure(source.db, admin, {
      code: '1.001193',
      name: birth.current.name,
      fieldCode: birth.current.field.code,
      levels: birth.current.levels,
      implementingAgencyId: null,
      implementingAgency: birth.current.implementingAgency,
      legalDuration: 8,
      publishedDuration: 4,
      timeUnit: 'working_hours',
      fees: birth.current.fees,
      components: birth.current.components,
      onlineLevel: 'full',
      decisionNumber: '1999/QĐ-UBND',
      decisionDate: '2025-10-01',
      effectiveDate: '2025-10-01',
      resultDescription: 'Giấy khai sinh bản chính',
    });
    await abolishProcedure(source.db, admin, { code: '1.000656', decisionNumber: '2000/QĐ-UBND', decisionDate: '2025-10-02', effectiveDate: null });
    // Restarting the demo must not undo an administrator's changes.
    const history = await tableCounts(source.db);
    await seedDemoCatalog(source.db);
    expect(await tableCounts(source.db)).toEqual(history);
    expect((await getProcedure(source.db, null, { code: '1.001193' })).current.decisionNumber).toBe('1999/QĐ-UBND');
    exported = await exportJson(source.db, admin);
    expect(exported.procedures.find((p) => p.code === '1.000656')?.status).toBe('abolished');
    // What crosses the wire is JSON text.
    const wire = JSON.parse(JSON.stringify(exported)) as unknown;

    await expect(exportCatalog(target.db, (await userWithRole(target.db, 'cv', 'specialist')).actor, { format: 'json' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const tAdmin = (await userWithRole(target.db, 'admin', 'admin')).actor;
    const report = await importCatalog(target.db, tAdmin, { format: 'json', catalog: wire });
    expect(report.created).toHaveLength(exported.procedures.length);
    expect(report.fieldsCreated).toBe(exported.fields.length);
    expect(content(await exportJson(target.db))).toEqual(content(exported));
    const audits = await target.db.select().from(auditLog).where(eq(auditLog.type, 'CATALOG_IMPORTED'));
    expect(audits).toHaveLength(1);

    // Importing the same file again changes nothing at all, also when sent as the file's text.
    const before = await tableCounts(target.db);
    const again = await importCatalog(target.db, tAdmin, { format: 'json', catalog: JSON.stringify(exported, null, 2) });
    expect(again).toEqual({ fieldsCreated: 0, fieldsUpdated: 0, created: [], amended: [], unchanged: exported.procedures.length, workflowsChanged: [] });
    expect(await tableCounts(target.db)).toEqual(before);
  });

  it('makes a new version of a changed procedure only, and replaces a changed workflow in place', async () => {
    const db = target.db;
    const admin = (await userWithRole(db, 'admin2', 'admin')).actor;
    const file = structuredClone(exported);
    const permit = file.procedures.find((p) => p.code === '1.009972')!;
    permit.publishedDuration = 13;
    permit.workflows[0]!.steps[1]!.allotted = 5;
    const marriage = file.procedures.find((p) => p.code === '1.000894')!;
    marriage.workflows[0]!.steps[1]!.name = 'Kiểm tra, xác minh hồ sơ';
    const oldPermit = await getProcedure(db, null, { code: '1.009972' });
    const oldMarriage = await getProcedure(db, null, { code: '1.000894' });

    const report = await importCatalog(db, admin, { format: 'json', catalog: file });
    expect(report.amended).toEqual(['1.009972']);
    expect(report.workflowsChanged).toEqual(['1.000894']);
    expect(report.unchanged).toBe(file.procedures.length - 2);
    const newPermit = await getProcedure(db, null, { code: '1.009972' });
    expect(newPermit.current.version).toBe(oldPermit.current.version + 1);
    expect(newPermit.current.publishedDuration).toBe(13);
    expect(newPermit.current.workflows[0]!.total).toBe(13);
    const newMarriage = await getProcedure(db, null, { code: '1.000894' });
    expect(newMarriage.current.id).toBe(oldMarriage.current.id);
    expect(newMarriage.current.workflows[0]!.steps[1]!.name).toBe('Kiểm tra, xác minh hồ sơ');
    expect(newMarriage.current.workflows[0]!.id).not.toBe(oldMarriage.current.workflows[0]!.id);
    expect(content(await exportJson(db))).toEqual(content(file));
  });

  it('rejects a file with bad rows, naming each row and reason, and writes nothing', async () => {
    const db = target.db;
    const admin = (await userWithRole(db, 'admin3', 'admin')).actor;
    const before = await exportJson(db);
    const counts = await tableCounts(db);
    const file = structuredClone(before) as unknown as { procedures: Record<string, unknown>[]; fields: unknown[] };
    file.procedures[2]!.timeUnit = 'weeks';
    file.procedures[4]!.publishedDuration = 99;
    (file.procedures[5]!.workflows as { steps: { allotted: number }[] }[])[0]!.steps[0]!.allotted = 3;
    file.procedures[6]!.fieldCode = 'KHONG-CO';
    (file.procedures[7]!.workflows as { agencyCode: string | null }[])[0]!.agencyCode = 'LS-KHONG-CO';
    file.procedures.push({ ...file.procedures[0]!, name: 'Mới nhưng trùng mã' });
    // A valid new procedure in the same file must not be written either.
    file.procedures.push({ ...file.procedures[1]!, code: '9.999999', workflows: [] });

    const issues = await importError(importCatalog(db, admin, { format: 'json', catalog: file }));
    const byRow = (row: number) => issues.filter((i) => i.row === row);
    expect(byRow(3)[0]).toMatchObject({ sheet: 'procedures', path: 'procedures.2.timeUnit', procedureCode: before.procedures[2]!.code });
    expect(byRow(3)[0]!.message).toMatch(/không hợp lệ/);
    // Schema errors stop before the database checks; fix the first one to see the rest.
    file.procedures[2]!.timeUnit = before.procedures[2]!.timeUnit;
    const rest = await importError(importCatalog(db, admin, { format: 'json', catalog: file }));
    const at = (row: number) => rest.filter((i) => i.row === row).map((i) => i.message);
    expect(at(5).join()).toMatch(/Thời hạn giải quyết công bố .* không được dài hơn thời hạn theo quy định/);
    expect(at(6).join()).toMatch(/Tổng thời gian các bước của quy trình là .* không khớp/);
    expect(at(7).join()).toContain('Không có lĩnh vực mã KHONG-CO');
    expect(at(8).join()).toContain('Không có cơ quan mã LS-KHONG-CO');
    expect(at(before.procedures.length + 1).join()).toContain('xuất hiện nhiều lần');
    expect(rest.every((i) => i.sheet === 'procedures')).toBe(true);
    expect(content(await exportJson(db))).toEqual(content(before));
    expect(await tableCounts(db)).toEqual(counts);

    await expect(importCatalog(db, admin, { format: 'json', catalog: '{ "format": ' })).rejects.toMatchObject({ code: 'CATALOG_FILE_UNREADABLE' });
    // A file that is not a catalog at all.
    const wrong = await importError(importCatalog(db, admin, { format: 'json', catalog: { format: 'khac', procedures: 'x' } }));
    expect(wrong.map((i) => i.path)).toEqual(expect.arrayContaining(['format', 'formatVersion', 'procedures']));
    expect(await tableCounts(db)).toEqual(counts);
  });
});
