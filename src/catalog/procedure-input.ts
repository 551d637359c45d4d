import { z } from 'zod';
import { timeUnits } from './time-unit';
import { hasAtMostTwoDecimals } from './quantity';
import { onlineLevels, procedureLevels, stepRoles, type ProcedureLevel } from './vocabulary';

/** Input shapes shared by the API, the import file and the demo catalog. */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null).transform((v) => v || null);

export const procedureCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,49}$/, 'Mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch ngang (ví dụ 1.001612).');

export const fieldCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,49}$/, 'Mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch ngang.');

export const durationSchema = z
  .number()
  .positive()
  .max(100_000)
  .refine(hasAtMostTwoDecimals, 'Tối đa hai chữ số thập phân.');

const isoDate = z.iso.date().nullable().default(null);

export const feeSchema = z.object({
  name: text(500),
  /** In VND. */
  amount: z.number().int().min(0).max(1e12),
  note: optionalText(1000),
});
export type FeeInput = z.output<typeof feeSchema>;

export const componentSchema = z.object({
  name: text(1000),
  required: z.boolean().default(true),
  originals: z.number().int().min(0).max(100).default(1),
  copies: z.number().int().min(0).max(100).default(0),
  templateName: optionalText(500),
  templateUrl: optionalText(2000),
  note: optionalText(2000),
});
export type ComponentInput = z.output<typeof componentSchema>;

const levelOrder = new Map(procedureLevels.map((l, i) => [l, i]));

/** Levels in their canonical order, without repeats, so equal sets compare equal. */
export function canonicalLevels(levels: readonly ProcedureLevel[]): ProcedureLevel[] {
  return [...new Set(levels)].sort((a, b) => (levelOrder.get(a) ?? 0) - (levelOrder.get(b) ?? 0));
}

export const levelsSchema = z.array(z.enum(procedureLevels)).min(1).transform(canonicalLevels);

/** Everything a version publishes, apart from how the implementing agency is referenced. */
export const versionContentShape = {
  name: text(1000),
  fieldCode: fieldCodeSchema,
  levels: levelsSchema,
  /** Free-text name of the implementing agency; defaults to the referenced agency's name. */
  implementingAgency: optionalText(500),
  legalDuration: durationSchema,
  publishedDuration: durationSchema,
  timeUnit: z.enum(timeUnits),
  fees: z.array(feeSchema).max(100).default([]),
  components: z.array(componentSchema).max(200).default([]),
  onlineLevel: z.enum(onlineLevels),
  decisionNumber: optionalText(100),
  decisionDate: isoDate,
  effectiveDate: isoDate,
  resultDescription: z.string().trim().max(2000).default(''),
};

/** Content of a new version through the API: the implementing agency by id. */
export const procedureContentSchema = z.object({
  ...versionContentShape,
  implementingAgencyId: z.number().int().positive().nullable().default(null),
});
export type ProcedureContent = z.output<typeof procedureContentSchema>;

export const createProcedureSchema = procedureContentSchema.extend({ code: procedureCodeSchema });
export type CreateProcedureInput = z.output<typeof createProcedureSchema>;

export const decisionSchema = z.object({
  decisionNumber: optionalText(100),
  decisionDate: isoDate,
  effectiveDate: isoDate,
});
export type DecisionInput = z.output<typeof decisionSchema>;

export const workflowStepSchema = z.object({
  stage: z.number().int().min(1).max(100),
  name: text(500),
  role: z.enum(stepRoles),
  /** Null = the receiving agency of the dossier. */
  agencyId: z.number().int().positive().nullable().default(null),
  allotted: durationSchema,
});
export type WorkflowStepInput = z.output<typeof workflowStepSchema>;

export const setWorkflowSchema = z.object({
  /** The receiving agency this workflow is for; null = default for any agency. */
  agencyId: z.number().int().positive().nullable().default(null),
  steps: z.array(workflowStepSchema).max(50),
});
export type SetWorkflowInput = z.output<typeof setWorkflowSchema>;
