import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { procedureComponents, procedureFields, procedureVersions, procedures, procedureWorkflows, workflowSteps } from './schema';
import type { ComponentDto, VersionDetailDto, VersionSummaryDto, WorkflowDto } from './procedure-dto';
import { workflowTotal } from './validate-workflow';

/** Columns of a version summary; join procedure_fields as well. */
export const versionSummaryColumns = {
  id: procedureVersions.id,
  version: procedureVersions.version,
  name: procedureVersions.name,
  fieldId: procedureFields.id,
  fieldCode: procedureFields.code,
  fieldName: procedureFields.name,
  levels: procedureVersions.levels,
  implementingAgencyId: procedureVersions.implementingAgencyId,
  implementingAgency: procedureVersions.implementingAgency,
  legalDuration: procedureVersions.legalDuration,
  publishedDuration: procedureVersions.publishedDuration,
  timeUnit: procedureVersions.timeUnit,
  onlineLevel: procedureVersions.onlineLevel,
  status: procedureVersions.status,
  decisionNumber: procedureVersions.decisionNumber,
  decisionDate: procedureVersions.decisionDate,
  effectiveDate: procedureVersions.effectiveDate,
};

export function toVersionSummary(r: {
  id: number;
  version: number;
  name: string;
  fieldId: number;
  fieldCode: string;
  fieldName: string;
  levels: VersionSummaryDto['levels'];
  implementingAgencyId: number | null;
  implementingAgency: string;
  legalDuration: number;
  publishedDuration: number;
  timeUnit: VersionSummaryDto['timeUnit'];
  onlineLevel: VersionSummaryDto['onlineLevel'];
  status: VersionSummaryDto['status'];
  decisionNumber: string | null;
  decisionDate: string | null;
  effectiveDate: string | null;
}): VersionSummaryDto {
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    field: { id: r.fieldId, code: r.fieldCode, name: r.fieldName },
    levels: r.levels,
    implementingAgencyId: r.implementingAgencyId,
    implementingAgency: r.implementingAgency,
    legalDuration: r.legalDuration,
    publishedDuration: r.publishedDuration,
    timeUnit: r.timeUnit,
    onlineLevel: r.onlineLevel,
    status: r.status,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    effectiveDate: r.effectiveDate,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The current workflows of the given versions, keyed by version id. */
export async function loadWorkflows(db: Executor, versionIds: readonly number[]): Promise<Map<number, WorkflowDto[]>> {
  const result = new Map<number, WorkflowDto[]>();
  if (versionIds.length === 0) return result;
  const wa = alias(agencies, 'workflow_agency');
  const workflows = await db
    .select({
      id: procedureWorkflows.id,
      versionId: procedureWorkflows.procedureVersionId,
      agencyId: wa.id,
      agencyCode: wa.code,
      agencyName: wa.name,
    })
    .from(procedureWorkflows)
    .leftJoin(wa, eq(wa.id, procedureWorkflows.agencyId))
    .where(and(inArray(procedureWorkflows.procedureVersionId, [...versionIds]), isNull(procedureWorkflows.replacedAt)))
    .orderBy(asc(procedureWorkflows.id));
  if (workflows.length === 0) return result;
  const sa = alias(agencies, 'step_agency');
  const steps = await db
    .select({
      id: workflowSteps.id,
      workflowId: workflowSteps.workflowId,
      position: workflowSteps.position,
      stage: workflowSteps.stage,
      name: workflowSteps.name,
      role: workflowSteps.role,
      allotted: workflowSteps.allotted,
      agencyId: sa.id,
      agencyCode: sa.code,
      agencyName: sa.name,
    })
    .from(workflowSteps)
    .leftJoin(sa, eq(sa.id, workflowSteps.agencyId))
    .where(
      inArray(
        workflowSteps.workflowId,
        workflows.map((w) => w.id),
      ),
    )
    .orderBy(asc(workflowSteps.workflowId), asc(workflowSteps.position));
  const stepsOf = new Map<number, WorkflowDto['steps']>();
  for (const s of steps) {
    const list = stepsOf.get(s.workflowId) ?? [];
    list.push({
      id: s.id,
      position: s.position,
      stage: s.stage,
      name: s.name,
      role: s.role,
      agency: s.agencyId === null ? null : { id: s.agencyId, code: s.agencyCode ?? '', name: s.agencyName ?? '' },
      allotted: s.allotted,
    });
    stepsOf.set(s.workflowId, list);
  }
  // Default workflow (no agency) first, then by agency code.
  workflows.sort((a, b) => a.versionId - b.versionId || compareText(a.agencyCode ?? '', b.agencyCode ?? ''));
  for (const w of workflows) {
    const wSteps = stepsOf.get(w.id) ?? [];
    const list = result.get(w.versionId) ?? [];
    list.push({
      id: w.id,
      agency: w.agencyId === null ? null : { id: w.agencyId, code: w.agencyCode ?? '', name: w.agencyName ?? '' },
      total: workflowTotal(wSteps),
      steps: wSteps,
    });
    result.set(w.versionId, list);
  }
  return result;
}

/** Full details of the given versions (components, fees, current workflows), keyed by version id. */
export async function loadVersionDetails(db: Executor, versionIds: readonly number[]): Promise<Map<number, VersionDetailDto>> {
  const result = new Map<number, VersionDetailDto>();
  if (versionIds.length === 0) return result;
  const ids = [...versionIds];
  const rows = await db
    .select({
      ...versionSummaryColumns,
      procedureId: procedures.id,
      procedureCode: procedures.code,
      fees: procedureVersions.fees,
      resultDescription: procedureVersions.resultDescription,
      createdAt: procedureVersions.createdAt,
      createdBy: procedureVersions.createdBy,
    })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
    .where(inArray(procedureVersions.id, ids));
  const components = await db
    .select()
    .from(procedureComponents)
    .where(inArray(procedureComponents.versionId, ids))
    .orderBy(asc(procedureComponents.versionId), asc(procedureComponents.position));
  const componentsOf = new Map<number, ComponentDto[]>();
  for (const c of components) {
    const list = componentsOf.get(c.versionId) ?? [];
    list.push({
      position: c.position,
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
  const workflows = await loadWorkflows(db, ids);
  for (const r of rows) {
    result.set(r.id, {
      ...toVersionSummary(r),
      procedureId: r.procedureId,
      procedureCode: r.procedureCode,
      fees: r.fees.map((f) => ({ name: f.name, amount: f.amount, note: f.note ?? null })),
      resultDescription: r.resultDescription,
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdBy,
      components: componentsOf.get(r.id) ?? [],
      workflows: workflows.get(r.id) ?? [],
    });
  }
  return result;
}
