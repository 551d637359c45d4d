import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record-audit';
import { canonicalLevels } from '../catalog/procedure-input';
import { publishVersion, type ResolvedContent } from '../catalog/publish-version';
import { carryWorkflows, replaceWorkflow } from '../catalog/replace-workflow';
import { procedureComponents, procedureFields, procedures, procedureVersions, procedureWorkflows } from '../catalog/schema';
import { foldVietnamese } from '../catalog/search-text';
import type { Executor } from '../db/types';
import type { ProcedureLine } from './history-lines';
import { fieldKey, type ImportContext, type KnownProcedure } from './import-context';

export type ProcedureOutcome = 'created' | 'amended' | 'unchanged';

/** Implementing agency when the file names none: imported history often lacks it. */
const UNNAMED_AGENCY = 'Cơ quan có thẩm quyền (theo dữ liệu chuyển đổi)';

/** A free field code derived from the name: `Hộ tịch` → `HO-TICH` (`HO-TICH-2` when taken). */
export function fieldCodeFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldVietnamese(name)
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'LV';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

async function fieldIdFor(tx: Executor, ctx: ImportContext, name: string): Promise<{ id: number; created: boolean }> {
  const known = ctx.fieldsByName.get(fieldKey(name));
  if (known !== undefined) return { id: known, created: false };
  const code = fieldCodeFor(name, ctx.fieldCodes);
  const [row] = await tx.insert(procedureFields).values({ code, name: name.trim() }).returning({ id: procedureFields.id });
  ctx.fieldCodes.add(code);
  ctx.fieldsByName.set(fieldKey(name), row!.id);
  return { id: row!.id, created: true };
}

/** The single step that makes a procedure's workflow valid: the whole published time. */
function defaultSteps(days: number) {
  return [{ stage: 1, name: 'Giải quyết hồ sơ', role: 'specialist' as const, agencyId: null, allotted: days }];
}

function sameLevels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether the line asks for something the current version does not say. */
export function procedureChanged(line: ProcedureLine, current: NonNullable<KnownProcedure['current']>, fieldId: number | undefined, agencyId: number | null | undefined): boolean {
  return (
    current.name !== line.name ||
    fieldId === undefined ||
    current.fieldId !== fieldId ||
    current.timeUnit !== 'working_days' ||
    Math.round(current.publishedDuration * 100) !== Math.round(line.days * 100) ||
    (line.legalDays !== undefined && Math.round(current.legalDuration * 100) !== Math.round(line.legalDays * 100)) ||
    (line.levels !== undefined && !sameLevels(canonicalLevels(line.levels), canonicalLevels([...current.levels]))) ||
    (line.onlineLevel !== undefined && current.onlineLevel !== line.onlineLevel) ||
    (agencyId !== undefined && agencyId !== current.implementingAgencyId)
  );
}

async function currentContent(tx: Executor, versionId: number): Promise<ResolvedContent> {
  const [v] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, versionId));
  const components = await tx
    .select()
    .from(procedureComponents)
    .where(eq(procedureComponents.versionId, versionId))
    .orderBy(asc(procedureComponents.position));
  return {
    name: v!.name,
    fieldId: v!.fieldId,
    levels: v!.levels,
    implementingAgencyId: v!.implementingAgencyId,
    implementingAgency: v!.implementingAgency,
    legalDuration: v!.legalDuration,
    publishedDuration: v!.publishedDuration,
    timeUnit: v!.timeUnit,
    fees: v!.fees,
    components: components.map((c) => ({
      name: c.name,
      required: c.required,
      originals: c.originals,
      copies: c.copies,
      templateName: c.templateName,
      templateUrl: c.templateUrl,
      note: c.note,
    })),
    onlineLevel: v!.onlineLevel,
    decisionNumber: v!.decisionNumber,
    decisionDate: v!.decisionDate,
    effectiveDate: v!.effectiveDate,
    resultDescription: v!.resultDescription,
  };
}

/**
 * Creates the procedure of a line (first version, default one-step workflow), publishes a new version
 * when the line changes an existing one, or leaves it. `agency` is the implementing agency, if named.
 */
export async function writeImportedProcedure(
  tx: Executor,
  actor: Actor,
  ctx: ImportContext,
  line: ProcedureLine,
  lineNo: number,
  agency: { id: number; name: string } | null,
): Promise<{ id: number; versionId: number; outcome: ProcedureOutcome; fieldCreated: boolean }> {
  const known = ctx.procedures.get(line.code);
  if (known?.id != null && known.versionId !== null && known.current) {
    const fieldId = ctx.fieldsByName.get(fieldKey(line.field));
    if (!procedureChanged(line, known.current, fieldId, line.agency === undefined ? undefined : (agency?.id ?? null))) {
      return { id: known.id, versionId: known.versionId, outcome: 'unchanged', fieldCreated: false };
    }
  }
  const field = await fieldIdFor(tx, ctx, line.field);
  let procedureId: number;
  let previous: ResolvedContent | null = null;
  let previousVersionId: number | null = null;
  if (known?.id != null && known.versionId !== null) {
    procedureId = known.id;
    previousVersionId = known.versionId;
    previous = await currentContent(tx, known.versionId);
  } else {
    const [row] = await tx.insert(procedures).values({ code: line.code }).returning({ id: procedures.id });
    procedureId = row!.id;
  }
  const content: ResolvedContent = {
    name: line.name,
    fieldId: field.id,
    levels: canonicalLevels(line.levels ?? previous?.levels ?? ['province']),
    implementingAgencyId: line.agency !== undefined ? (agency?.id ?? null) : (previous?.implementingAgencyId ?? null),
    implementingAgency: line.agency !== undefined && agency ? agency.name : (previous?.implementingAgency ?? UNNAMED_AGENCY),
    legalDuration: line.legalDays ?? Math.max(line.days, previous?.timeUnit === 'working_days' ? previous.legalDuration : 0),
    publishedDuration: line.days,
    timeUnit: 'working_days',
    fees: previous?.fees ?? [],
    components: previous?.components ?? [],
    onlineLevel: line.onlineLevel ?? previous?.onlineLevel ?? 'partial',
    decisionNumber: previous?.decisionNumber ?? null,
    decisionDate: previous?.decisionDate ?? null,
    effectiveDate: previous?.effectiveDate ?? null,
    resultDescription: previous?.resultDescription ?? '',
  };
  const published = await publishVersion(tx, { procedureId, procedureCode: line.code, content, status: 'active', createdBy: actor.userId });
  let hasDefault = false;
  if (previous && previousVersionId !== null) {
    await carryWorkflows(tx, {
      fromVersionId: previousVersionId,
      toVersionId: published.versionId,
      publishedDuration: content.publishedDuration,
      timeUnit: content.timeUnit,
      previousTimeUnit: previous.timeUnit,
      createdBy: actor.userId,
    });
    const [carried] = await tx
      .select({ id: procedureWorkflows.id })
      .from(procedureWorkflows)
      .where(
        and(
          eq(procedureWorkflows.procedureVersionId, published.versionId),
          isNull(procedureWorkflows.agencyId),
          isNull(procedureWorkflows.replacedAt),
        ),
      );
    hasDefault = carried !== undefined;
  }
  if (!hasDefault) {
    const workflowId = await replaceWorkflow(tx, {
      versionId: published.versionId,
      agencyId: null,
      steps: defaultSteps(line.days),
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'PROCEDURE_WORKFLOW_SET',
      actorId: actor.userId,
      subject: `procedure:${line.code}`,
      data: { versionId: published.versionId, workflowId, agencyId: null, steps: 1, source: 'history-import' },
    });
  }
  await recordAudit(tx, {
    type: 'PROCEDURE_VERSION_CREATED',
    actorId: actor.userId,
    subject: `procedure:${line.code}`,
    data: { versionId: published.versionId, version: published.version, status: 'active', source: 'history-import' },
  });
  ctx.procedures.set(line.code, {
    id: procedureId,
    versionId: published.versionId,
    code: line.code,
    line: known ? known.line : lineNo,
    current: {
      name: content.name,
      fieldId: content.fieldId,
      publishedDuration: content.publishedDuration,
      legalDuration: content.legalDuration,
      timeUnit: content.timeUnit,
      levels: content.levels,
      onlineLevel: content.onlineLevel,
      implementingAgencyId: content.implementingAgencyId,
    },
  });
  return { id: procedureId, versionId: published.versionId, outcome: previous ? 'amended' : 'created', fieldCreated: field.created };
}
