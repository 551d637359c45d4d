import { and, asc, desc, eq, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { procedureFields, procedures, procedureVersions } from './schema';
import { computeTimeReduction, type ReductionItem, type TimeReduction } from './time-reduction';

export const timeReductionQuery = z.object({
  /** Procedures published by this decision (as that decision published them, even if amended since). */
  decisionNumber: z.string().trim().min(1).max(100).optional(),
  fieldCode: z.string().trim().min(1).max(50).optional(),
});
export type TimeReductionInput = z.output<typeof timeReductionQuery>;

/**
 * Public: how much the published times cut the statutory ones for a set of procedures — those of
 * one publication decision, of one field, or every procedure in force.
 */
export async function reportTimeReduction(db: Executor, _actor: Actor | null, input: TimeReductionInput): Promise<TimeReduction> {
  const columns = {
    code: procedures.code,
    name: procedureVersions.name,
    legalDuration: procedureVersions.legalDuration,
    publishedDuration: procedureVersions.publishedDuration,
    timeUnit: procedureVersions.timeUnit,
  };
  let rows: ReductionItem[];
  if (input.decisionNumber) {
    // An abolishing version repeats the content under the abolition decision: not a publication.
    const conditions: SQL[] = [
      eq(procedureVersions.decisionNumber, input.decisionNumber),
      ne(procedureVersions.status, 'abolished'),
    ];
    if (input.fieldCode) conditions.push(eq(procedureFields.code, input.fieldCode));
    rows = await db
      .selectDistinctOn([procedures.code], columns)
      .from(procedureVersions)
      .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
      .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
      .where(and(...conditions))
      .orderBy(asc(procedures.code), desc(procedureVersions.version));
  } else {
    const conditions: SQL[] = [eq(procedureVersions.status, 'active')];
    if (input.fieldCode) conditions.push(eq(procedureFields.code, input.fieldCode));
    rows = await db
      .select(columns)
      .from(procedures)
      .innerJoin(procedureVersions, eq(procedureVersions.id, procedures.currentVersionId))
      .innerJoin(procedureFields, eq(procedureFields.id, procedureVersions.fieldId))
      .where(and(...conditions))
      .orderBy(asc(procedures.code));
  }
  return computeTimeReduction(rows);
}
