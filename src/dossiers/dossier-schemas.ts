import { z } from 'zod';
import { applicantKinds, channels, dossierStatuses, outcomes, returnMethods, stepStatuses } from './vocabulary';
import { inboxBuckets, inboxViews } from './list-dossiers';

const instant = z.date().nullable();

export const dossierSchema = z.object({
  id: z.number(),
  code: z.string(),
  procedureId: z.number(),
  procedureVersionId: z.number().nullable(),
  workflowId: z.number().nullable(),
  agencyId: z.number(),
  deskAgencyId: z.number(),
  channel: z.enum(channels),
  status: z.enum(dossierStatuses),
  applicantKind: z.enum(applicantKinds),
  applicantName: z.string(),
  applicantIdNumber: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  applicantEmail: z.string().nullable(),
  applicantAddress: z.string().nullable(),
  authorisedPerson: z.object({ name: z.string(), idNumber: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  ownerUserId: z.number().nullable(),
  requestSummary: z.string(),
  submittedAt: z.date(),
  receivedAt: instant,
  dueAt: instant.describe('Hạn giải quyết dùng cho thống kê (chỉ thay đổi khi bổ sung hồ sơ)'),
  appointmentAt: instant.describe('Ngày hẹn trả ghi trên phiếu tiếp nhận'),
  apologyDueAt: instant.describe('Ngày hẹn mới theo văn bản xin lỗi'),
  pausedAt: instant,
  supplementCount: z.number(),
  finishedAt: instant,
  outcome: z.enum(outcomes).nullable(),
  resultSignedAt: instant,
  returnedAt: instant,
  returnMethod: z.enum(returnMethods).nullable(),
  isTest: z.boolean(),
  version: z.number().describe('Gửi lại trong expectedVersion để phát hiện xung đột'),
});

const personRef = z.object({ id: z.number(), username: z.string(), fullName: z.string() }).nullable();
const agencyRef = z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable();

export const stepSchema = z.object({
  id: z.number(),
  position: z.number(),
  stage: z.number(),
  name: z.string(),
  role: z.string(),
  agencyId: z.number(),
  agency: agencyRef,
  assignee: personRef,
  completedByUser: personRef,
  status: z.enum(stepStatuses),
  allotted: z.number().nullable(),
  startedAt: instant,
  dueAt: instant,
  completedAt: instant,
  note: z.string().nullable(),
  /** Whether the signed-in official may act on this step now (active, and theirs to hold). */
  heldByViewer: z.boolean(),
});

export const dossierDetailSchema = z.object({
  dossier: dossierSchema,
  /** What the signed-in user may do beyond holding steps: conclude early as a leader of the lead agency. */
  viewer: z.object({ leadsAgency: z.boolean() }),
  procedure: z.object({ code: z.string(), name: z.string(), timeUnit: z.string(), publishedDuration: z.number() }).nullable(),
  agency: agencyRef,
  desk: agencyRef,
  steps: z.array(stepSchema),
  components: z.array(
    z.object({ position: z.number(), name: z.string(), required: z.boolean(), provided: z.boolean(), originals: z.number(), copies: z.number() }),
  ),
  files: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      fileName: z.string(),
      mimeType: z.string(),
      size: z.number(),
      uploadedAt: z.date(),
      componentPosition: z.number().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      seq: z.number(),
      type: z.string(),
      at: z.date(),
      actor: personRef,
      fromStatus: z.enum(dossierStatuses).nullable(),
      toStatus: z.enum(dossierStatuses),
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
      data: z.record(z.string(), z.unknown()),
      note: z.string().nullable(),
    }),
  ),
});

export const listQuery = z.object({
  view: z.enum(inboxViews).default('all'),
  bucket: z.enum(inboxBuckets).optional(),
  status: z.enum(dossierStatuses).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const listResponse = z.object({
  counts: z.object({ total: z.number(), overdue: z.number(), dueToday: z.number(), dueSoon: z.number(), awaitingSupplement: z.number() }),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({
      code: z.string(),
      status: z.enum(dossierStatuses),
      channel: z.enum(channels),
      applicantName: z.string(),
      procedureCode: z.string(),
      procedureName: z.string().nullable(),
      agencyId: z.number(),
      submittedAt: z.date(),
      receivedAt: instant,
      dueAt: instant,
      apologyDueAt: instant,
      pausedAt: instant,
      finishedAt: instant,
      outcome: z.enum(outcomes).nullable(),
      isTest: z.boolean(),
      version: z.number(),
      urgency: z.enum(['overdue', 'due_today', 'due_soon', 'on_track', 'paused', 'closed']),
      workingMsLeft: z.number().nullable().describe('Thời gian làm việc còn lại đến hạn (ms); âm khi quá hạn'),
    }),
  ),
});

export const lookupQuery = z.object({
  code: z.string().trim().min(5).max(80),
  phone: z.string().trim().min(4).max(20).describe('4 số cuối điện thoại của người nộp'),
});

export const lookupResponse = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  agencyName: z.string(),
  channel: z.enum(channels),
  status: z.enum(dossierStatuses),
  submittedAt: z.date(),
  receivedAt: instant,
  dueAt: instant,
  apologyDueAt: instant,
  finishedAt: instant,
  outcome: z.enum(outcomes).nullable(),
  returnedAt: instant,
  steps: z.array(
    z.object({ name: z.string(), status: z.enum(stepStatuses), agencyName: z.string(), startedAt: instant, dueAt: instant, completedAt: instant }),
  ),
});

export const codeParams = z.object({ code: z.string().trim().min(5).max(80) });

export const assignableQuery = z.object({ stepId: z.coerce.number().int().min(1).describe('Bước xử lý (đang xử lý hoặc bước kế tiếp)') });

export const assignableResponse = z.object({
  step: z.object({ id: z.number(), name: z.string(), role: z.string(), status: z.enum(stepStatuses), agency: agencyRef }),
  officials: z.array(z.object({ username: z.string(), fullName: z.string(), agencyName: z.string() })),
});
