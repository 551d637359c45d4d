import { z } from 'zod';
import { timeUnits } from './time-unit';
import { onlineLevels, procedureLevels, stepRoles, versionStatuses } from './vocabulary';

/** What the catalog's read services return; the schemas double as HTTP response schemas. */

export const fieldDto = z.object({ id: z.number(), code: z.string(), name: z.string() });
export type FieldDto = z.infer<typeof fieldDto>;

const agencyRef = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const workflowStepDto = z.object({
  id: z.number(),
  position: z.number(),
  stage: z.number(),
  name: z.string(),
  role: z.enum(stepRoles),
  /** Null = the receiving agency. */
  agency: agencyRef.nullable(),
  allotted: z.number(),
});
export type WorkflowStepDto = z.infer<typeof workflowStepDto>;

export const workflowDto = z.object({
  id: z.number(),
  /** The receiving agency it applies to; null = default for any agency. */
  agency: agencyRef.nullable(),
  total: z.number(),
  steps: z.array(workflowStepDto),
});
export type WorkflowDto = z.infer<typeof workflowDto>;

export const componentDto = z.object({
  position: z.number(),
  name: z.string(),
  required: z.boolean(),
  originals: z.number(),
  copies: z.number(),
  templateName: z.string().nullable(),
  templateUrl: z.string().nullable(),
  note: z.string().nullable(),
});
export type ComponentDto = z.infer<typeof componentDto>;

export const feeDto = z.object({ name: z.string(), amount: z.number(), note: z.string().nullable() });

/** The summary of a version shown in lists. */
export const versionSummaryDto = z.object({
  id: z.number(),
  version: z.number(),
  name: z.string(),
  field: fieldDto,
  levels: z.array(z.enum(procedureLevels)),
  implementingAgencyId: z.number().nullable(),
  implementingAgency: z.string(),
  legalDuration: z.number(),
  publishedDuration: z.number(),
  timeUnit: z.enum(timeUnits),
  onlineLevel: z.enum(onlineLevels),
  status: z.enum(versionStatuses),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
});
export type VersionSummaryDto = z.infer<typeof versionSummaryDto>;

export const versionDetailDto = versionSummaryDto.extend({
  procedureId: z.number(),
  procedureCode: z.string(),
  fees: z.array(feeDto),
  resultDescription: z.string(),
  createdAt: z.string(),
  createdBy: z.number().nullable(),
  components: z.array(componentDto),
  /** Current (not replaced) workflows of this version. */
  workflows: z.array(workflowDto),
});
export type VersionDetailDto = z.infer<typeof versionDetailDto>;

export const procedureListItemDto = z.object({
  id: z.number(),
  code: z.string(),
  current: versionSummaryDto,
});
export type ProcedureListItemDto = z.infer<typeof procedureListItemDto>;

export const procedureDetailDto = z.object({
  id: z.number(),
  code: z.string(),
  createdAt: z.string(),
  /** Highest active version, or the latest (abolished) one when none is active. */
  current: versionDetailDto,
  versions: z.array(
    z.object({
      id: z.number(),
      version: z.number(),
      status: z.enum(versionStatuses),
      decisionNumber: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type ProcedureDetailDto = z.infer<typeof procedureDetailDto>;

export const procedurePageDto = z.object({
  items: z.array(procedureListItemDto),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ProcedurePageDto = z.infer<typeof procedurePageDto>;
