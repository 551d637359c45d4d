import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { procedureComponents, procedureFields, procedures, procedureVersions } from './schema';
import { loadWorkflows } from './load-versions';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type CatalogFile, type CatalogProcedure } from './catalog-file';

/** The whole catalog in the exchange format: every procedure with its current version. */
export async function buildCatalogFile(db: Executor, exportedAt = new Date()): Promise<CatalogFile> {
  const fields = await db
    .select({ code: procedureFields.code, name: procedureFields.name })
    .from(procedureFields)
    .orderBy(asc(procedureFields.code));
  const rows = await db
    .select({
      code: procedures.code,
      versionId: procedureVersions.id,
      name: procedureVersions.name,
      fieldCode: procedureFields.code,
      levels: procedureVersions.levels,
      implementingAgencyCode: agencies.code,
      implementingAgency: procedureVersions.implementingAgency,
      legalDuration: procedureVersions.legalDuration,
      publishedDuration: procedureVersions.publishedDuration,
      timeUnit: procedureVersions.timeUnit,
      fees: procedureVersions.fees,
      onlineLevel: procedureVersions.onlineLevel,
      status: procedureVersions.status,
      decisionNumber: procedureVersions.decisionNumber,
      decisionDate: procedureVersions.decisionDate,
      effectiveDate: procedureVersions.effectiveDate,
      resultDescription: procedureVersions.resultDescription,
    })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
    .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
    .leftJoin(agencies, eq(agencies.id, procedureVersions.implementingAgencyId))
    .orderBy(asc(procedures.code));
  const versionIds = rows.map((r) => r.versionId);
  const components =
    versionIds.length === 0
      ? []
      : await db
          .select()
          .from(procedureComponents)
          .where(inArray(procedureComponents.versionId, versionIds))
          .orderBy(asc(procedureComponents.versionId), asc(procedureComponents.position));
  const componentsOf = new Map<number, CatalogProcedure['components']>();
  for (const c of components) {
    const list = componentsOf.get(c.versionId) ?? [];
    list.push({
      name: c.name,
      required: c.required,
      originals: c.originals,
      copies: c.copies,
      templateName: c.templateName,
      templateUrl: c.templateUrl,
      note: c.note,
    });
    componentsOf.set(c.versionId, list);
  }
  const workflows = await loadWorkflows(db, versionIds);
  return {
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    fields,
    procedures: rows.map(
      (r): CatalogProcedure => ({
        code: r.code,
        name: r.name,
        fieldCode: r.fieldCode,
        levels: r.levels,
        implementingAgencyCode: r.implementingAgencyCode,
        implementingAgency: r.implementingAgency,
        legalDuration: r.legalDuration,
        publishedDuration: r.publishedDuration,
        timeUnit: r.timeUnit,
        fees: r.fees.map((f) => ({ name: f.name, amount: f.amount, note: f.note ?? null })),
        components: componentsOf.get(r.versionId) ?? [],
        onlineLevel: r.onlineLevel,
        // A current version is never `amended`: that status only marks superseded ones.
        status: r.status === 'abolished' ? 'abolished' : 'active',
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate,
        effectiveDate: r.effectiveDate,
        resultDescription: r.resultDescription,
        workflows: (workflows.get(r.versionId) ?? []).map((w) => ({
          agencyCode: w.agency?.code ?? null,
          steps: w.steps.map((s) => ({
            stage: s.stage,
            name: s.name,
            role: s.role,
            agencyCode: s.agency?.code ?? null,
            allotted: s.allotted,
          })),
        })),
      }),
    ),
  };
}
