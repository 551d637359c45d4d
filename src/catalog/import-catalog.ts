import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { procedureFields, procedures } from './schema';
import {
  catalogFileSchema,
  versionFingerprint,
  workflowFingerprint,
  type CatalogFile,
  type CatalogProcedure,
  type CatalogWorkflow,
} from './catalog-file';
import { readCatalogWorkbook, type Locator, type RowLocation } from './catalog-workbook';
import { buildCatalogFile } from './build-catalog-file';
import { publishVersion, type ResolvedContent } from './publish-version';
import { replaceWorkflow, retireWorkflow } from './replace-workflow';
import { findDurationProblem } from './validate-content';
import { findWorkflowProblem } from './validate-workflow';

export const importCatalogBody = z.discriminatedUnion('format', [
  z.object({ format: z.literal('json'), catalog: z.unknown() }),
  z.object({ format: z.literal('xlsx'), base64: z.string().min(1).max(30_000_000) }),
]);
export type ImportCatalogInput = z.output<typeof importCatalogBody>;

/** One problem of an import file, located for the person who has to fix it. */
export interface ImportIssue {
  /** Excel sheet, or `procedures` / `fields` for a JSON file. */
  readonly sheet: string | null;
  /** Excel row number, or 1-based position in the JSON array. */
  readonly row: number | null;
  readonly procedureCode: string | null;
  /** Where in the catalog object (`procedures.3.workflows.0`). */
  readonly path: string;
  readonly message: string;
}

export interface ImportReport {
  readonly fieldsCreated: number;
  readonly fieldsUpdated: number;
  readonly created: readonly string[];
  readonly amended: readonly string[];
  readonly unchanged: number;
  /** Procedures whose content was unchanged but whose workflows were set or retired. */
  readonly workflowsChanged: readonly string[];
}

const vietnameseMessages = z.locales.vi().localeError;

const jsonLocator: Locator = (path) => {
  const [section, index] = path;
  if ((section === 'procedures' || section === 'fields') && typeof index === 'number') return { sheet: section, row: index + 1 };
  return { sheet: null, row: null };
};

function codeAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  if (path[0] !== 'procedures' || typeof path[1] !== 'number') return null;
  const list = (raw as { procedures?: unknown } | null)?.procedures;
  const code = Array.isArray(list) ? (list[path[1]] as { code?: unknown } | undefined)?.code : undefined;
  return typeof code === 'string' ? code : null;
}

interface Plan {
  readonly newFields: { code: string; name: string }[];
  readonly renamedFields: { code: string; name: string }[];
  readonly fieldIds: Map<string, number>;
  readonly agencyIds: Map<string, number>;
  readonly procedures: CatalogProcedure[];
}

/** Checks the references and rules a schema cannot see; returns what to write. */
async function plan(tx: Executor, file: CatalogFile, issue: (path: PropertyKey[], message: string) => void): Promise<Plan> {
  const fileFields = new Map<string, string>();
  file.fields.forEach((f, i) => {
    if (fileFields.has(f.code)) issue(['fields', i, 'code'], `Mã lĩnh vực ${f.code} bị lặp.`);
    fileFields.set(f.code, f.name);
  });
  const dbFields = await tx.select().from(procedureFields);
  const fieldIds = new Map(dbFields.map((f) => [f.code, f.id]));
  const dbFieldNames = new Map(dbFields.map((f) => [f.code, f.name]));

  const agencyCodes = new Set<string>();
  for (const p of file.procedures) {
    if (p.implementingAgencyCode) agencyCodes.add(p.implementingAgencyCode);
    for (const w of p.workflows) {
      if (w.agencyCode) agencyCodes.add(w.agencyCode);
      for (const s of w.steps) if (s.agencyCode) agencyCodes.add(s.agencyCode);
    }
  }
  const found =
    agencyCodes.size === 0
      ? []
      : await tx.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(inArray(agencies.code, [...agencyCodes]));
  const agencyIds = new Map(found.map((a) => [a.code, a.id]));
  const agencyNames = new Map(found.map((a) => [a.code, a.name]));
  const agencyIssue = (path: PropertyKey[], code: string | null) => {
    if (code !== null && !agencyIds.has(code)) issue(path, new AppError('CATALOG_AGENCY_NOT_FOUND', { ref: `mã ${code}` }).message);
  };

  const seen = new Set<string>();
  const normalised = file.procedures.map((p, i): CatalogProcedure => {
    if (seen.has(p.code)) issue(['procedures', i, 'code'], `Mã thủ tục ${p.code} xuất hiện nhiều lần trong tệp.`);
    seen.add(p.code);
    if (!fileFields.has(p.fieldCode) && !fieldIds.has(p.fieldCode)) {
      issue(['procedures', i, 'fieldCode'], new AppError('PROCEDURE_FIELD_NOT_FOUND', { code: p.fieldCode }).message);
    }
    agencyIssue(['procedures', i, 'implementingAgencyCode'], p.implementingAgencyCode);
    const durationProblem = findDurationProblem(p);
    if (durationProblem) issue(['procedures', i, 'publishedDuration'], durationProblem.message);
    const implementingAgency = p.implementingAgency ?? (p.implementingAgencyCode ? agencyNames.get(p.implementingAgencyCode) : null) ?? null;
    if (!implementingAgency) issue(['procedures', i, 'implementingAgency'], new AppError('IMPLEMENTING_AGENCY_REQUIRED').message);
    const workflowAgencies = new Set<string>();
    p.workflows.forEach((w, j) => {
      const key = w.agencyCode ?? '';
      if (workflowAgencies.has(key)) {
        issue(
          ['procedures', i, 'workflows', j],
          new AppError('WORKFLOW_DUPLICATE_AGENCY', { code: p.code, agency: w.agencyCode ?? '(mặc định)' }).message,
        );
      }
      workflowAgencies.add(key);
      agencyIssue(['procedures', i, 'workflows', j, 'agencyCode'], w.agencyCode);
      w.steps.forEach((s, k) => agencyIssue(['procedures', i, 'workflows', j, 'steps', k, 'agencyCode'], s.agencyCode));
      const problem = findWorkflowProblem(w.steps, p.publishedDuration, p.timeUnit);
      if (problem) issue(['procedures', i, 'workflows', j], problem.message);
    });
    return { ...p, implementingAgency };
  });

  const newFields: { code: string; name: string }[] = [];
  const renamedFields: { code: string; name: string }[] = [];
  for (const [code, name] of fileFields) {
    const existing = dbFieldNames.get(code);
    if (existing === undefined) newFields.push({ code, name });
    else if (existing !== name) renamedFields.push({ code, name });
  }
  return { newFields, renamedFields, fieldIds, agencyIds, procedures: normalised };
}

function contentOf(p: CatalogProcedure, fieldIds: Map<string, number>, agencyIds: Map<string, number>): ResolvedContent {
  return {
    name: p.name,
    fieldId: fieldIds.get(p.fieldCode)!,
    levels: p.levels,
    implementingAgencyId: p.implementingAgencyCode ? agencyIds.get(p.implementingAgencyCode)! : null,
    implementingAgency: p.implementingAgency!,
    legalDuration: p.legalDuration,
    publishedDuration: p.publishedDuration,
    timeUnit: p.timeUnit,
    fees: p.fees,
    components: p.components,
    onlineLevel: p.onlineLevel,
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    effectiveDate: p.effectiveDate,
    resultDescription: p.resultDescription,
  };
}

function invalid(issues: ImportIssue[]): AppError {
  return new AppError('CATALOG_IMPORT_INVALID', { count: issues.length }, issues);
}

/**
 * Imports the catalog from JSON or Excel. Idempotent by procedure code: an unchanged procedure is
 * left alone, a changed one gets a new version; procedures absent from the file are kept. Every
 * problem is reported with its row, and a file with any problem writes nothing.
 */
export async function importCatalog(db: Executor, actor: Actor, input: ImportCatalogInput): Promise<ImportReport> {
  authorize(actor, { anyOf: ['admin'] });
  let raw: unknown;
  let locate: Locator;
  const issues: ImportIssue[] = [];
  if (input.format === 'json') {
    raw = input.catalog;
    // A client may send the file's text as it is instead of the parsed object.
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch (e) {
        throw new AppError('CATALOG_FILE_UNREADABLE', { detail: e instanceof Error ? e.message : String(e) });
      }
    }
    locate = jsonLocator;
  } else {
    const data = Buffer.from(input.base64, 'base64');
    if (data.length === 0) throw new AppError('CATALOG_FILE_UNREADABLE', { detail: 'tệp rỗng.' });
    const read = await readCatalogWorkbook(data);
    raw = read.raw;
    locate = read.locate;
    issues.push(...read.issues.map((i) => ({ ...i, path: '' })));
  }
  const at = (path: readonly PropertyKey[]): RowLocation & { procedureCode: string | null; path: string } => ({
    ...locate(path),
    procedureCode: codeAt(raw, path),
    path: path.map(String).join('.'),
  });
  const parsed = catalogFileSchema.safeParse(raw, { error: vietnameseMessages });
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ ...at(i.path), message: i.message });
  }
  if (issues.length > 0 || !parsed.success) throw invalid(issues);
  const file = parsed.data;

  return db.transaction(async (tx) => {
    const p = await plan(tx, file, (path, message) => issues.push({ ...at(path), message }));
    if (issues.length > 0) throw invalid(issues);

    for (const f of p.newFields) {
      const [row] = await tx.insert(procedureFields).values(f).returning({ id: procedureFields.id });
      p.fieldIds.set(f.code, row!.id);
    }
    for (const f of p.renamedFields) await tx.update(procedureFields).set({ name: f.name }).where(eq(procedureFields.code, f.code));

    const existing = new Map((await buildCatalogFile(tx)).procedures.map((e) => [e.code, e]));
    const ids = new Map(
      (await tx.select({ id: procedures.id, code: procedures.code, currentVersionId: procedures.currentVersionId }).from(procedures)).map(
        (r) => [r.code, r],
      ),
    );
    const created: string[] = [];
    const amended: string[] = [];
    const workflowsChanged: string[] = [];
    let unchanged = 0;
    const agencyOf = (code: string | null) => (code === null ? null : p.agencyIds.get(code)!);
    const install = (versionId: number, w: CatalogWorkflow) =>
      replaceWorkflow(tx, {
        versionId,
        agencyId: agencyOf(w.agencyCode),
        steps: w.steps.map((s) => ({ ...s, agencyId: agencyOf(s.agencyCode) })),
        createdBy: actor.userId,
      });

    for (const proc of p.procedures) {
      const before = existing.get(proc.code);
      const content = contentOf(proc, p.fieldIds, p.agencyIds);
      if (!before || versionFingerprint(before) !== versionFingerprint(proc)) {
        let procedureId = ids.get(proc.code)?.id;
        if (procedureId === undefined) {
          const [row] = await tx.insert(procedures).values({ code: proc.code }).returning({ id: procedures.id });
          procedureId = row!.id;
        }
        const published = await publishVersion(tx, {
          procedureId,
          procedureCode: proc.code,
          content,
          status: proc.status,
          createdBy: actor.userId,
        });
        for (const w of proc.workflows) await install(published.versionId, w);
        (before ? amended : created).push(proc.code);
        continue;
      }
      const versionId = ids.get(proc.code)!.currentVersionId!;
      const old = new Map(before.workflows.map((w) => [w.agencyCode ?? '', workflowFingerprint(w)]));
      const incoming = new Map(proc.workflows.map((w) => [w.agencyCode ?? '', w]));
      let touched = false;
      for (const [key, w] of incoming) {
        if (old.get(key) === workflowFingerprint(w)) continue;
        await install(versionId, w);
        touched = true;
      }
      for (const key of old.keys()) {
        if (incoming.has(key)) continue;
        // The file no longer has this agency's workflow; the agency itself need not be in the file.
        const [agency] = key === '' ? [null] : await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, key));
        await retireWorkflow(tx, versionId, agency?.id ?? null);
        touched = true;
      }
      if (touched) workflowsChanged.push(proc.code);
      else unchanged += 1;
    }

    const report: ImportReport = {
      fieldsCreated: p.newFields.length,
      fieldsUpdated: p.renamedFields.length,
      created,
      amended,
      unchanged,
      workflowsChanged,
    };
    const changed = report.fieldsCreated + report.fieldsUpdated + created.length + amended.length + workflowsChanged.length;
    // A re-import that changes nothing leaves no trace, not even in the audit log.
    if (changed > 0) {
      await recordAudit(tx, { type: 'CATALOG_IMPORTED', actorId: actor.userId, subject: 'catalog', data: { format: input.format, ...report } });
    }
    return report;
  });
}
