import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { createTestDatabase, dbKind } from '../support/test-db';
import type { Database } from '../../src/db/open-database';
import type { Db } from '../../src/db/types';
import { systemActor } from '../../src/accounts/actor';
import { auditLog } from '../../src/audit/schema';
import { procedureVersions, procedureWorkflows } from '../../src/catalog/schema';
import { seedDemoCatalog } from '../../src/catalog/demo-catalog';
import { exportCatalog } from '../../src/catalog/export-catalog';
import { importCatalog, type ImportIssue } from '../../src/catalog/import-catalog';
import { workbookLayout } from '../../src/catalog/catalog-workbook';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { AppError } from '../../src/shared/errors';
import { insertAgency, insertDemoAgencies } from './catalog-fixtures';

async function exportBoth(db: Db): Promise<{ json: CatalogFile; xlsx: Buffer }> {
  const j = await exportCatalog(db, systemActor, { format: 'json' });
  const x = await exportCatalog(db, systemActor, { format: 'xlsx' });
  if (j.format !== 'json' || x.format !== 'xlsx') throw new Error('unexpected format');
  return { json: j.catalog, xlsx: x.workbook };
}

const content = ({ exportedAt: _t, ...rest }: CatalogFile) => rest;

async function counts(db: Db) {
  const [v] = await db.select({ n: count() }).from(procedureVersions);
  const [w] = await db.select({ n: count() }).from(procedureWorkflows);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return [v?.n, w?.n, a?.n];
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

/** The 1-based column of a header in a sheet of the layout. */
function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

async function rejection(promise: Promise<unknown>): Promise<ImportIssue[]> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect(e).toMatchObject({ code: 'CATALOG_IMPORT_INVALID' });
  return (e as AppError).details as ImportIssue[];
}

describe(`catalog Excel import/export (${dbKind})`, () => {
  let source: Database;
  let target: Database;
  let exported: { json: CatalogFile; xlsx: Buffer };

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await insertDemoAgencies(source.db);
    await seedDemoCatalog(source.db);
    // Different ids in the target: the workbook refers to agencies by code only.
    await insertAgency(target.db, 'KHAC', 'Cơ quan khác', 'province');
    await insertDemoAgencies(target.db);
    exported = await exportBoth(source.db);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('writes one sheet per kind of row with Vietnamese headers and labels', async () => {
    const wb = await loadWorkbook(exported.xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lĩnh vực', 'Thủ tục', 'Phí, lệ phí', 'Thành phần hồ sơ', 'Quy trình']);
    const sheet = wb.getWorksheet('Thủ tục')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã thủ tục');
    expect(sheet.rowCount - 1).toBe(exported.json.procedures.length);
    const row = exported.json.procedures.findIndex((p) => p.code === '1.001193') + 2;
    expect(sheet.getRow(row).getCell(column(sheet, 'Đơn vị thời gian')).value).toBe('Giờ làm việc');
    expect(sheet.getRow(row).getCell(column(sheet, 'Cấp thực hiện')).value).toBe('Cấp xã');
    expect(sheet.getRow(row).getCell(column(sheet, 'Ngày ban hành quyết định')).value).toBe('01/07/2025');
    const steps = wb.getWorksheet('Quy trình')!;
    const stepCount = exported.json.procedures.reduce((n, p) => n + p.workflows.reduce((m, w) => m + w.steps.length, 0), 0);
    expect(steps.rowCount - 1).toBe(stepCount);
    expect(steps.getRow(2).getCell(column(steps, 'Vai trò')).value).toBe('Cán bộ tiếp nhận');
  });

  it('imports the exported workbook into a fresh database as the same catalog; re-import changes nothing', async () => {
    const report = await importCatalog(target.db, systemActor, { format: 'xlsx', base64: exported.xlsx.toString('base64') });
    expect(report.created).toHaveLength(exported.json.procedures.length);
    const { json } = await exportBoth(target.db);
    expect(content(json)).toEqual(content(exported.json));

    const before = await counts(target.db);
    const again = await importCatalog(target.db, systemActor, { format: 'xlsx', base64: exported.xlsx.toString('base64') });
    expect(again.unchanged).toBe(exported.json.procedures.length);
    expect([...again.created, ...again.amended, ...again.workflowsChanged]).toEqual([]);
    expect(await counts(target.db)).toEqual(before);
  });

  it('reads hand-edited cells: decimal commas, typed dates, codes instead of labels, shuffled rows', async () => {
    const wb = await loadWorkbook(exported.xlsx);
    const procs = wb.getWorksheet('Thủ tục')!;
    const code = '1.009972';
    const row = exported.json.procedures.findIndex((p) => p.code === code) + 2;
    procs.getRow(row).getCell(column(procs, 'Thời hạn công bố')).value = '13,5';
    procs.getRow(row).getCell(column(procs, 'Đơn vị thời gian')).value = 'working_days';
    // A date typed as a date cell (Excel stores it as UTC midnight whatever the machine's zone).
    procs.getRow(row).getCell(column(procs, 'Ngày có hiệu lực')).value = new Date(Date.UTC(2025, 11, 31));
    const steps = wb.getWorksheet('Quy trình')!;
    const codeCol = column(steps, 'Mã thủ tục');
    const firstStep = [...Array(steps.rowCount).keys()].map((i) => i + 1).find((r) => steps.getRow(r).getCell(codeCol).value === code)!;
    // The second step (appraisal) takes half a day less … written with a comma.
    steps.getRow(firstStep + 1).getCell(column(steps, 'Thời gian thực hiện')).value = '5,5';
    // Rows out of order are put back by their step number.
    const a = steps.getRow(firstStep).values as ExcelJS.CellValue[];
    const b = steps.getRow(firstStep + 1).values as ExcelJS.CellValue[];
    steps.getRow(firstStep).values = b;
    steps.getRow(firstStep + 1).values = a;
    const data = Buffer.from(await wb.xlsx.writeBuffer());

    const report = await importCatalog(target.db, systemActor, { format: 'xlsx', base64: data.toString('base64') });
    expect(report.amended).toEqual([code]);
    const { json } = await exportBoth(target.db);
    const p = json.procedures.find((x) => x.code === code)!;
    expect(p.publishedDuration).toBe(13.5);
    expect(p.effectiveDate).toBe('2025-12-31');
    expect(p.workflows[0]!.steps.map((s) => s.allotted)).toEqual([0.5, 5.5, 4, 3, 1, 2, 0.5]);
  });

  it('reports bad rows by sheet and row number, and writes nothing', async () => {
    const before = await counts(target.db);
    const { json: catalogBefore } = await exportBoth(target.db);
    const wb = await loadWorkbook(exported.xlsx);
    const procs = wb.getWorksheet(workbookLayout.procedures.sheet)!;
    procs.getRow(4).getCell(column(procs, 'Đơn vị thời gian')).value = 'tuần';
    procs.getRow(6).getCell(column(procs, 'Thời hạn theo quy định')).value = 'mười lăm';
    const comps = wb.getWorksheet(workbookLayout.components.sheet)!;
    comps.getRow(3).getCell(column(comps, 'Tên giấy tờ')).value = null;
    comps.getRow(5).getCell(column(comps, 'Mã thủ tục')).value = '0.000000';
    const steps = wb.getWorksheet(workbookLayout.steps.sheet)!;
    steps.getRow(7).getCell(column(steps, 'Vai trò')).value = 'Bảo vệ';
    const data = Buffer.from(await wb.xlsx.writeBuffer());

    const issues = await rejection(importCatalog(target.db, systemActor, { format: 'xlsx', base64: data.toString('base64') }));
    const where = issues.map((i) => `${i.sheet}:${i.row}`);
    expect(where).toEqual(
      expect.arrayContaining(['Thủ tục:4', 'Thủ tục:6', 'Thành phần hồ sơ:3', 'Thành phần hồ sơ:5', 'Quy trình:7']),
    );
    expect(issues.find((i) => i.sheet === 'Thành phần hồ sơ' && i.row === 5)?.message).toContain('Mã thủ tục 0.000000 không có');
    expect(issues.find((i) => i.sheet === 'Thủ tục' && i.row === 4)?.procedureCode).toBe(exported.json.procedures[2]!.code);
    expect(await counts(target.db)).toEqual(before);
    expect(content((await exportBoth(target.db)).json)).toEqual(content(catalogBefore));

    // Rules beyond the schema are located too: a workflow no longer adding up, on its first step row.
    const wb2 = await loadWorkbook(exported.xlsx);
    const steps2 = wb2.getWorksheet(workbookLayout.steps.sheet)!;
    steps2.getRow(3).getCell(column(steps2, 'Thời gian thực hiện')).value = 9;
    const code = steps2.getRow(3).getCell(column(steps2, 'Mã thủ tục')).value as string;
    let first = 3;
    while (first > 2 && steps2.getRow(first - 1).getCell(column(steps2, 'Mã thủ tục')).value === code) first--;
    const data2 = Buffer.from(await wb2.xlsx.writeBuffer());
    const issues2 = await rejection(importCatalog(target.db, systemActor, { format: 'xlsx', base64: data2.toString('base64') }));
    expect(issues2).toHaveLength(1);
    expect(issues2[0]).toMatchObject({ sheet: 'Quy trình', row: first, procedureCode: code });
    expect(issues2[0]!.message).toContain('Tổng thời gian các bước');
    expect(await counts(target.db)).toEqual(before);
  });

  it('refuses a file that is not a workbook, or lacks the procedures sheet', async () => {
    await expect(
      importCatalog(target.db, systemActor, { format: 'xlsx', base64: Buffer.from('không phải excel').toString('base64') }),
    ).rejects.toMatchObject({ code: 'CATALOG_FILE_UNREADABLE', status: 400 });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang tính 1');
    const empty = Buffer.from(await wb.xlsx.writeBuffer());
    const issues = await rejection(importCatalog(target.db, systemActor, { format: 'xlsx', base64: empty.toString('base64') }));
    expect(issues[0]?.message).toBe('Thiếu trang "Thủ tục".');
  });
});
