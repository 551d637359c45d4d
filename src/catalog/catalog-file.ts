import { z } from 'zod';
import {
  durationSchema,
  fieldCodeSchema,
  procedureCodeSchema,
  versionContentShape,
} from './procedure-input';
import { stepRoles } from './vocabulary';

/**
 * The exchange format of the whole catalog (JSON; the Excel workbook carries the same data).
 *
 * ```
 * { "format": "motcua-catalog", "formatVersion": 1, "exportedAt": "2026-01-05T02:00:00.000Z",
 *   "fields": [{ "code": "HT", "name": "Hộ tịch" }],
 *   "procedures": [{
 *     "code": "1.001193", "name": "Thủ tục đăng ký khai sinh", "fieldCode": "HT",
 *     "levels": ["commune"], "implementingAgencyCode": null, "implementingAgency": "Ủy ban nhân dân cấp xã",
 *     "legalDuration": 8, "publishedDuration": 4, "timeUnit": "working_hours",
 *     "fees": [{ "name": "Lệ phí đăng ký khai sinh", "amount": 0, "note": "Miễn lệ phí …" }],
 *     "components": [{ "name": "Tờ khai đăng ký khai sinh", "required": true, "originals": 1, "copies": 0,
 *                      "templateName": "Mẫu tờ khai", "templateUrl": null, "note": null }],
 *     "onlineLevel": "full", "status": "active",
 *     "decisionNumber": "1234/QĐ-UBND", "decisionDate": "2025-07-01", "effectiveDate": "2025-07-01",
 *     "resultDescription": "Giấy khai sinh",
 *     "workflows": [{ "agencyCode": null, "steps": [
 *       { "stage": 1, "name": "Tiếp nhận hồ sơ", "role": "receiving_officer", "agencyCode": null, "allotted": 0.5 } ] }]
 *   }] }
 * ```
 * Each procedure carries its current version only; agencies are referenced by `code`; a workflow
 * or step with `agencyCode: null` means the default workflow / the receiving agency. Version 1.
 */
export const CATALOG_FORMAT = 'motcua-catalog';
export const CATALOG_FORMAT_VERSION = 1;

const nullableCode = z.string().trim().max(100).nullable().default(null).transform((v) => v || null);

export const catalogStepSchema = z.object({
  stage: z.number().int().min(1).max(100),
  name: z.string().trim().min(1).max(500),
  role: z.enum(stepRoles),
  agencyCode: nullableCode,
  allotted: durationSchema,
});

export const catalogWorkflowSchema = z.object({
  agencyCode: nullableCode,
  steps: z.array(catalogStepSchema).max(50),
});

export const catalogProcedureSchema = z.object({
  code: procedureCodeSchema,
  ...versionContentShape,
  implementingAgencyCode: nullableCode,
  status: z.enum(['active', 'abolished']).default('active'),
  workflows: z.array(catalogWorkflowSchema).max(200).default([]),
});

export const catalogFieldSchema = z.object({
  code: fieldCodeSchema,
  name: z.string().trim().min(1).max(500),
});

export const catalogFileSchema = z.object({
  format: z.literal(CATALOG_FORMAT),
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  fields: z.array(catalogFieldSchema).default([]),
  procedures: z.array(catalogProcedureSchema),
});

export type CatalogFile = z.output<typeof catalogFileSchema>;
export type CatalogProcedure = z.output<typeof catalogProcedureSchema>;
export type CatalogWorkflow = z.output<typeof catalogWorkflowSchema>;
export type CatalogStep = z.output<typeof catalogStepSchema>;
export type CatalogField = z.output<typeof catalogFieldSchema>;

/** The content of a procedure that makes a new version when it changes (everything but workflows). */
export function versionFingerprint(p: CatalogProcedure): string {
  return JSON.stringify([
    p.name,
    p.fieldCode,
    p.levels,
    p.implementingAgencyCode,
    p.implementingAgency,
    p.legalDuration,
    p.publishedDuration,
    p.timeUnit,
    p.fees.map((f) => [f.name, f.amount, f.note]),
    p.components.map((c) => [c.name, c.required, c.originals, c.copies, c.templateName, c.templateUrl, c.note]),
    p.onlineLevel,
    p.status,
    p.decisionNumber,
    p.decisionDate,
    p.effectiveDate,
    p.resultDescription,
  ]);
}

/** One workflow's steps, for telling whether an import changes it. */
export function workflowFingerprint(w: CatalogWorkflow): string {
  return JSON.stringify(w.steps.map((s) => [s.stage, s.name, s.role, s.agencyCode, s.allotted]));
}
