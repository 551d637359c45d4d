/** Zod schemas of agency inputs: routes parse with them, services re-check through parseInput. */
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { isIsoDate } from './agency-dates';
import { agencyLevels } from './agency-levels';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' })
  .describe('Ngày, dạng YYYY-MM-DD');

/** Unit codes appear inside dossier codes (`<mã đơn vị>-<YYMMDD>-<NNNN>`): no spaces or slashes. */
export const agencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/, {
    message: 'Mã gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 50 ký tự)',
  });

export const agencyName = z.string().trim().min(1, { message: 'Tên không được để trống' }).max(300);

export const agencyId = z.coerce.number().int().positive();

export const createAgencyInput = z.object({
  code: agencyCode,
  name: agencyName,
  level: z.enum(agencyLevels),
  parentId: z.number().int().positive().nullish(),
  /** Alternative to parentId for scripts and seeds. */
  parentCode: agencyCode.optional(),
  divisionCode: z.string().trim().min(1).max(20).nullish(),
  /** Default: the parent's start, or 2000-01-01 at the top. */
  validFrom: isoDate.optional(),
  /** Default: the parent's end; null = no end. */
  validTo: isoDate.nullish(),
});
export type CreateAgencyInput = z.input<typeof createAgencyInput>;

export const updateAgencyInput = z
  .object({
    code: agencyCode.optional(),
    name: agencyName.optional(),
    /** Moves the agency (and its subtree); null makes it a top-level agency. */
    parentId: z.number().int().positive().nullable().optional(),
    divisionCode: z.string().trim().min(1).max(20).nullable().optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'Không có thay đổi nào' });
export type UpdateAgencyInput = z.input<typeof updateAgencyInput>;

export const succeedAgencyInput = z.object({
  predecessorId: z.number().int().positive(),
  successorId: z.number().int().positive(),
  effectiveFrom: isoDate,
  note: z.string().trim().max(1000).nullish(),
});
export type SucceedAgencyInput = z.input<typeof succeedAgencyInput>;

/** Parses a service input; bad input is a 400 with the same wording as the routes give. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${i.path.join('.') || 'dữ liệu'}: ${i.message}`).join('; ');
  throw new AppError('VALIDATION_FAILED', { detail }, result.error.issues);
}
