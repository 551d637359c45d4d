import { z } from 'zod';
import { agencyLevels } from '../agencies/agency-levels';
import { isIsoDate } from '../agencies/agency-dates';
import { onlineLevels, procedureLevels } from '../catalog/vocabulary';
import { hasAtMostTwoDecimals } from '../catalog/quantity';
import { parseInstant } from '../calendar/vietnam-time';
import { channels, outcomes } from '../dossiers/vocabulary';

/**
 * The lines of a history file (docs/import-format.md): one JSON object each, told apart by `type`.
 * Instants are parsed to epoch milliseconds here, once, so the rest of the import compares numbers.
 */

const code = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'Mã chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.')
    .max(max);
const text = (max: number) => z.string().trim().min(1).max(max);

/** An ISO 8601 date and time; without an offset it is read as Vietnam time. */
const instant = z.string().transform((value, ctx) => {
  // A bare date would silently mean midnight: history always has the time of day.
  const parsed = /[T ]\d{2}:\d{2}/.test(value) ? parseInstant(value) : null;
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: `"${value}" không phải ngày giờ ISO 8601 (ví dụ 2025-03-14T09:30:00+07:00).` });
    return z.NEVER;
  }
  return parsed.getTime();
});

const isoDate = z.string().refine(isIsoDate, 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.');

const workingDays = z.number().positive().max(2000).refine(hasAtMostTwoDecimals, 'Tối đa hai chữ số thập phân.');

export const agencyLine = z.strictObject({
  type: z.literal('agency'),
  code: code(50),
  name: text(300),
  parent: code(50).nullable(),
  level: z.enum(agencyLevels),
  /** Optional extensions: validity, and the unit that took over a merged one. */
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
  successor: code(50).optional(),
  successorFrom: isoDate.optional(),
});

export const procedureLine = z.strictObject({
  type: z.literal('procedure'),
  code: code(50),
  name: text(1000),
  /** The field (lĩnh vực) by name; created when missing. */
  field: text(300),
  /** Published processing time in working days. */
  days: workingDays,
  /** Statutory time; the published time when absent. */
  legalDays: workingDays.optional(),
  levels: z.array(z.enum(procedureLevels)).min(1).optional(),
  onlineLevel: z.enum(onlineLevels).optional(),
  /** Implementing agency by code. */
  agency: code(50).optional(),
});

export const officialLine = z.strictObject({
  type: z.literal('official'),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.'),
  name: text(200),
  agency: code(50),
});

export const stepLine = z.strictObject({
  official: z.string().trim().toLowerCase().min(1).max(50),
  agency: code(50),
  startedAt: instant,
  dueAt: instant,
  completedAt: instant.nullable(),
});

export const dossierLine = z.strictObject({
  type: z.literal('dossier'),
  code: code(100),
  procedure: code(50),
  agency: code(50),
  channel: z.enum(channels),
  receivedAt: instant,
  dueAt: instant,
  finishedAt: instant.nullable(),
  outcome: z.enum(outcomes).nullable(),
  /** Absent: signed when finished (approved or rejected); null: not known. */
  resultSignedAt: instant.nullable().optional(),
  returnedAt: instant.nullable(),
  test: z.boolean(),
  /** Optional extension: the applicant's name (personal data; never logged). */
  applicantName: text(300).optional(),
  steps: z.array(stepLine).max(100),
});

export const historyLine = z.discriminatedUnion('type', [agencyLine, procedureLine, officialLine, dossierLine]);

export type AgencyLine = z.output<typeof agencyLine>;
export type ProcedureLine = z.output<typeof procedureLine>;
export type OfficialLine = z.output<typeof officialLine>;
export type DossierLine = z.output<typeof dossierLine>;
export type StepLine = z.output<typeof stepLine>;
export type HistoryLine = z.output<typeof historyLine>;

export const historyLineTypes = ['agency', 'procedure', 'official', 'dossier'] as const;
