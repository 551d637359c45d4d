import { and, eq, max, ne } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { procedureComponents, procedureFields, procedures, procedureVersions, type ProcedureFee } from './schema';
import type { ComponentInput, ProcedureContent } from './procedure-input';
import { procedureSearchText } from './search-text';
import type { TimeUnit } from './time-unit';
import { findDurationProblem } from './validate-content';
import type { OnlineLevel, ProcedureLevel } from './vocabulary';

/** Version content with its references resolved to ids; what a version row stores. */
export interface ResolvedContent {
  readonly name: string;
  readonly fieldId: number;
  readonly levels: readonly ProcedureLevel[];
  readonly implementingAgencyId: number | null;
  readonly implementingAgency: string;
  readonly legalDuration: number;
  readonly publishedDuration: number;
  readonly timeUnit: TimeUnit;
  readonly fees: readonly ProcedureFee[];
  readonly components: readonly ComponentInput[];
  readonly onlineLevel: OnlineLevel;
  readonly decisionNumber: string | null;
  readonly decisionDate: string | null;
  readonly effectiveDate: string | null;
  readonly resultDescription: string;
}

/** Checks an API content input against the database and the duration rule. */
export async function resolveContent(db: Executor, content: ProcedureContent): Promise<ResolvedContent> {
  const durationProblem = findDurationProblem(content);
  if (durationProblem) throw durationProblem;
  const [field] = await db
    .select({ id: procedureFields.id })
    .from(procedureFields)
    .where(eq(procedureFields.code, content.fieldCode));
  if (!field) throw new AppError('PROCEDURE_FIELD_NOT_FOUND', { code: content.fieldCode });
  let agencyName: string | null = null;
  if (content.implementingAgencyId !== null) {
    const [agency] = await db
      .select({ name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, content.implementingAgencyId));
    if (!agency) throw new AppError('CATALOG_AGENCY_NOT_FOUND', { ref: `id ${content.implementingAgencyId}` });
    agencyName = agency.name;
  }
  const implementingAgency = content.implementingAgency ?? agencyName;
  if (!implementingAgency) throw new AppError('IMPLEMENTING_AGENCY_REQUIRED');
  return {
    name: content.name,
    fieldId: field.id,
    levels: content.levels,
    implementingAgencyId: content.implementingAgencyId,
    implementingAgency,
    legalDuration: content.legalDuration,
    publishedDuration: content.publishedDuration,
    timeUnit: content.timeUnit,
    fees: content.fees,
    components: content.components,
    onlineLevel: content.onlineLevel,
    decisionNumber: content.decisionNumber,
    decisionDate: content.decisionDate,
    effectiveDate: content.effectiveDate,
    resultDescription: content.resultDescription,
  };
}

export interface PublishedVersion {
  readonly versionId: number;
  readonly version: number;
  /** The version this one supersedes, if any. */
  readonly previousVersionId: number | null;
}

/**
 * Writes a new version of a procedure and makes it current; older active versions become
 * `amended` (superseded). Run inside a transaction: it locks the procedure row so two publications
 * cannot take the same version number.
 */
export async function publishVersion(
  tx: Executor,
  args: {
    readonly procedureId: number;
    readonly procedureCode: string;
    readonly content: ResolvedContent;
    readonly status: 'active' | 'abolished';
    readonly createdBy: number | null;
  },
): Promise<PublishedVersion> {
  const durationProblem = findDurationProblem(args.content);
  if (durationProblem) throw durationProblem;
  const [locked] = await tx
    .select({ currentVersionId: procedures.currentVersionId })
    .from(procedures)
    .where(eq(procedures.id, args.procedureId))
    .for('update');
  if (!locked) throw new AppError('PROCEDURE_NOT_FOUND', { code: args.procedureCode });
  const [last] = await tx
    .select({ n: max(procedureVersions.version) })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, args.procedureId));
  const version = (last?.n ?? 0) + 1;
  const c = args.content;
  const [row] = await tx
    .insert(procedureVersions)
    .values({
      procedureId: args.procedureId,
      version,
      name: c.name,
      fieldId: c.fieldId,
      levels: [...c.levels],
      implementingAgencyId: c.implementingAgencyId,
      implementingAgency: c.implementingAgency,
      legalDuration: c.legalDuration,
      publishedDuration: c.publishedDuration,
      timeUnit: c.timeUnit,
      fees: c.fees.map((f) => ({ name: f.name, amount: f.amount, note: f.note })),
      onlineLevel: c.onlineLevel,
      status: args.status,
      decisionNumber: c.decisionNumber,
      decisionDate: c.decisionDate,
      effectiveDate: c.effectiveDate,
      resultDescription: c.resultDescription,
      searchText: procedureSearchText(c.name, args.procedureCode),
      createdBy: args.createdBy,
    })
    .returning({ id: procedureVersions.id });
  const versionId = row!.id;
  if (c.components.length > 0) {
    await tx.insert(procedureComponents).values(
      c.components.map((comp, i) => ({
        versionId,
        position: i + 1,
        name: comp.name,
        required: comp.required,
        originals: comp.originals,
        copies: comp.copies,
        templateName: comp.templateName,
        templateUrl: comp.templateUrl,
        note: comp.note,
      })),
    );
  }
  await tx
    .update(procedureVersions)
    .set({ status: 'amended' })
    .where(
      and(
        eq(procedureVersions.procedureId, args.procedureId),
        eq(procedureVersions.status, 'active'),
        ne(procedureVersions.id, versionId),
      ),
    );
  // The new version is the highest; with older ones superseded it is also the current one.
  await tx.update(procedures).set({ currentVersionId: versionId }).where(eq(procedures.id, args.procedureId));
  return { versionId, version, previousVersionId: locked.currentVersionId };
}
