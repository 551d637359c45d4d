import { z } from 'zod';
import { applicantKinds, returnMethods } from './vocabulary';

export const applicantInput = z.object({
  kind: z.enum(applicantKinds).default('person'),
  name: z.string().trim().min(2, 'Họ tên quá ngắn').max(200),
  idNumber: z.string().trim().min(1, 'Cần số định danh'),
  phone: z.string().trim().min(1, 'Cần số điện thoại'),
  email: z.email('Email không hợp lệ').nullish(),
  address: z.string().trim().max(500).nullish(),
  authorisedPerson: z
    .object({ name: z.string().trim().min(2).max(200), idNumber: z.string().trim().nullish(), phone: z.string().trim().nullish() })
    .nullish(),
});
export type ApplicantInput = z.infer<typeof applicantInput>;

export const componentInput = z.object({
  position: z.number().int().min(1),
  provided: z.boolean(),
  originals: z.number().int().min(0).max(100).default(0),
  copies: z.number().int().min(0).max(100).default(0),
});

export const fileInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().min(1).max(120),
  /** Base64 content, at most ~10 MB decoded. */
  contentBase64: z.string().min(1).max(14_000_000),
  componentPosition: z.number().int().min(1).nullish(),
});
export type FileInput = z.infer<typeof fileInput>;

export const intakeDecision = z.enum(['accept', 'request_supplement', 'refuse']);
export type IntakeDecision = z.infer<typeof intakeDecision>;

/** A dossier brought to the counter or by post and checked on the spot. */
export const receiveInput = z.object({
  procedureCode: z.string().trim().min(1),
  channel: z.enum(['direct', 'postal']).default('direct'),
  /** The one-stop desk receiving it; defaults to the officer's own agency. */
  deskAgencyCode: z.string().trim().min(1).nullish(),
  /** The agency responsible for the result; defaults to the procedure's implementing agency, else the desk. */
  leadAgencyCode: z.string().trim().min(1).nullish(),
  applicant: applicantInput,
  requestSummary: z.string().trim().max(2000).default(''),
  components: z.array(componentInput).default([]),
  files: z.array(fileInput).max(50).default([]),
  decision: intakeDecision.default('accept'),
  /** Everything missing (request_supplement) or the reasons (refuse). */
  reason: z.string().trim().max(4000).nullish(),
});
export type ReceiveInput = z.input<typeof receiveInput>;

/** A citizen's online submission. */
export const submitOnlineInput = receiveInput
  .omit({ channel: true, decision: true, reason: true, deskAgencyCode: true })
  .extend({ deskAgencyCode: z.string().trim().min(1) });
export type SubmitOnlineInput = z.input<typeof submitOnlineInput>;

export const intakeCheckInput = z.object({
  decision: intakeDecision,
  reason: z.string().trim().max(4000).nullish(),
  expectedVersion: z.number().int().optional(),
});

export const versionedInput = z.object({
  expectedVersion: z.number().int().optional(),
  note: z.string().trim().max(4000).nullish(),
});

export const reasonInput = versionedInput.extend({ reason: z.string().trim().min(1, 'Cần nêu lý do').max(4000) });

export const assignInput = versionedInput.extend({ assigneeUsername: z.string().trim().min(1) });

export const apologyInput = versionedInput.extend({
  reason: z.string().trim().min(1, 'Cần nêu lý do chậm').max(4000),
  newAppointmentAt: z.coerce.date(),
});

export const resultInput = versionedInput.extend({
  outcome: z.enum(['approved', 'rejected']),
  /** When the result document was signed; defaults to now. Cannot be in the future. */
  signedAt: z.coerce.date().nullish(),
  /** Required when refusing (not eligible). */
  reason: z.string().trim().max(4000).nullish(),
  files: z.array(fileInput).max(20).default([]),
});

export const handOverInput = versionedInput.extend({ method: z.enum(returnMethods).default('counter') });

export const supplementInput = versionedInput.extend({ files: z.array(fileInput).max(50).default([]) });

export const markTestInput = z.object({ isTest: z.boolean(), reason: z.string().trim().min(1).max(1000) });
