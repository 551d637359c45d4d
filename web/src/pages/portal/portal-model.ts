// The portal's pure logic: wording, colours, progress and request building. No I/O, unit-tested.
import type {
  AgencyNode,
  DossierEvent,
  DossierStatus,
  OnlineLevel,
  OnlineSubmission,
  ProcedureComponent,
  ProcedureLevel,
  StepStatus,
  TimeUnit,
  UploadFile,
} from './portal-types';

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** Lower case without Vietnamese diacritics (đ → d): what client-side filters compare. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const unitWords: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
};

/** A processing time as people say it: "10 ngày làm việc", "0,5 ngày làm việc", "3 tháng". */
export function durationText(amount: number, unit: TimeUnit | (string & {})): string {
  return `${decimal.format(amount)} ${(unitWords as Record<string, string>)[unit] ?? unit}`;
}

/** A fee in Vietnamese đồng; zero reads "Miễn phí". */
export function feeText(amount: number): string {
  return amount === 0 ? 'Miễn phí' : vnd.format(amount);
}

/** A date without time (YYYY-MM-DD) as dd/MM/yyyy; anything else is shown as given. */
export function formatIsoDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

export const levelLabels: Record<ProcedureLevel, string> = {
  province: 'Cấp tỉnh',
  department: 'Cấp sở, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const onlineLevelInfo: Record<OnlineLevel, { label: string; color: string; hint: string }> = {
  full: { label: 'Trực tuyến toàn trình', color: 'green', hint: 'Nộp và nhận kết quả hoàn toàn trực tuyến' },
  partial: { label: 'Trực tuyến một phần', color: 'blue', hint: 'Nộp trực tuyến, một số bước cần đến cơ quan' },
  none: { label: 'Không trực tuyến', color: 'default', hint: 'Nộp trực tiếp hoặc qua bưu chính' },
};

export function canSubmitOnline(level: OnlineLevel): boolean {
  return level !== 'none';
}

/** Each status in the applicant's words, with the tag colour and what to do next. */
export const statusInfo: Record<DossierStatus, { label: string; color: string; hint: string }> = {
  submitted: { label: 'Chờ tiếp nhận', color: 'gold', hint: 'Bộ phận Một cửa sẽ kiểm tra hồ sơ và thông báo cho bạn.' },
  intake_incomplete: {
    label: 'Cần bổ sung khi tiếp nhận',
    color: 'orange',
    hint: 'Hồ sơ chưa đủ để tiếp nhận: xem nội dung yêu cầu và nộp lại hồ sơ đầy đủ.',
  },
  intake_refused: { label: 'Từ chối tiếp nhận', color: 'red', hint: 'Hồ sơ không được tiếp nhận; xem lý do trong lịch sử xử lý.' },
  processing: { label: 'Đang xử lý', color: 'blue', hint: 'Hồ sơ đang được giải quyết theo quy trình.' },
  awaiting_supplement: {
    label: 'Cần bổ sung hồ sơ',
    color: 'orange',
    hint: 'Cơ quan yêu cầu bổ sung giấy tờ; thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung.',
  },
  result_ready: { label: 'Đã có kết quả', color: 'green', hint: 'Kết quả đã sẵn sàng: mời bạn nhận kết quả.' },
  returned: { label: 'Đã trả kết quả', color: 'default', hint: 'Hồ sơ đã hoàn tất.' },
  withdrawn: { label: 'Đã rút hồ sơ', color: 'default', hint: 'Hồ sơ đã dừng xử lý theo đề nghị của bạn.' },
  closed_no_supplement: { label: 'Đã đóng (không bổ sung)', color: 'red', hint: 'Hồ sơ đã đóng vì không được bổ sung đúng hạn.' },
};

/** Filters of "Hồ sơ của tôi", each one server-side status (or all). */
export const myDossierFilters: { key: string; label: string; status?: DossierStatus }[] = [
  { key: 'all', label: 'Tất cả' },
  { key: 'submitted', label: 'Chờ tiếp nhận', status: 'submitted' },
  { key: 'processing', label: 'Đang xử lý', status: 'processing' },
  { key: 'awaiting_supplement', label: 'Cần bổ sung', status: 'awaiting_supplement' },
  { key: 'result_ready', label: 'Đã có kết quả', status: 'result_ready' },
  { key: 'returned', label: 'Đã trả kết quả', status: 'returned' },
];

export function canWithdraw(status: DossierStatus): boolean {
  return status === 'submitted' || status === 'intake_incomplete' || status === 'processing' || status === 'awaiting_supplement';
}

export function isFinished(status: DossierStatus): boolean {
  return status === 'returned' || status === 'withdrawn' || status === 'intake_refused' || status === 'closed_no_supplement';
}

/** Where the dossier stands in its workflow: cancelled and returned-back steps do not count. */
export function stepProgress(steps: readonly { status: StepStatus }[], status: DossierStatus) {
  const counted = steps.filter((s) => s.status !== 'cancelled' && s.status !== 'returned');
  const done = counted.filter((s) => s.status === 'done').length;
  const total = counted.length;
  const active = counted.findIndex((s) => s.status === 'active');
  const finished = status === 'result_ready' || status === 'returned';
  const percent = finished ? 100 : total === 0 ? 0 : Math.round((done / total) * 100);
  return { done, total, current: active >= 0 ? active : Math.min(done, Math.max(total - 1, 0)), percent };
}

/** The steps to show: the workflow's own, without the ones cancelled or sent back. */
export function visibleSteps<T extends { status: StepStatus }>(steps: readonly T[]): T[] {
  return steps.filter((s) => s.status !== 'cancelled' && s.status !== 'returned');
}

/** The reason of the most recent supplementation request, to show above the upload form. */
export function latestSupplementRequest(events: readonly Pick<DossierEvent, 'type' | 'note' | 'at' | 'data'>[]) {
  const e = [...events].reverse().find((x) => x.type === 'SUPPLEMENT_REQUESTED' || x.type === 'INTAKE_SUPPLEMENT_REQUESTED');
  if (!e) return null;
  const fromData = typeof e.data.reason === 'string' ? e.data.reason : null;
  return { at: e.at, reason: e.note ?? fromData ?? '' };
}

const eventWords: Record<string, string> = {
  SUBMITTED: 'Nộp hồ sơ',
  RECEIVED: 'Bộ phận Một cửa tiếp nhận hồ sơ',
  INTAKE_SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung khi tiếp nhận',
  INTAKE_RESUBMITTED: 'Nộp lại hồ sơ đã bổ sung',
  INTAKE_REFUSED: 'Từ chối tiếp nhận',
  STEP_COMPLETED: 'Chuyển bước xử lý',
  STEP_RETURNED: 'Chuyển lại bước trước để xử lý lại',
  SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung hồ sơ (tạm dừng thời hạn)',
  SUPPLEMENT_RECEIVED: 'Nhận hồ sơ bổ sung (tính lại thời hạn)',
  CLOSED_NO_SUPPLEMENT: 'Đóng hồ sơ do không bổ sung',
  APOLOGY_ISSUED: 'Thư xin lỗi và hẹn lại ngày trả kết quả',
  RESULT_RECORDED: 'Có kết quả giải quyết',
  WITHDRAWN: 'Dừng xử lý theo đề nghị của người nộp',
  HANDED_OVER: 'Trả kết quả',
  IMPORTED: 'Chuyển từ hệ thống cũ',
};

/** The events an applicant cares about, in their words (internal assignments are left out). */
export function applicantTimeline<T extends Pick<DossierEvent, 'type'>>(events: readonly T[]): (T & { label: string })[] {
  return events.filter((e) => e.type in eventWords).map((e) => ({ ...e, label: eventWords[e.type]! }));
}

/** A dossier code as typed or scanned: trimmed, upper case. */
export function normaliseCode(value: string): string {
  return value.trim().toUpperCase();
}

export function isPhoneTail(value: string): boolean {
  return /^\d{4}$/.test(value.trim());
}

/** 12 digits for a personal ID, 10 (or 10-3) for a business code: the server's rule, checked early. */
export function isValidIdNumber(kind: 'person' | 'business', value: string): boolean {
  return kind === 'person' ? /^\d{12}$/.test(value.trim()) : /^\d{10}(-\d{3})?$/.test(value.trim());
}

export function isValidPhone(value: string): boolean {
  const compact = value.replace(/[\s.\-()]/g, '');
  const p = compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
  return /^0(3|5|7|8|9)\d{8}$/.test(p) || /^02\d{8,9}$/.test(p);
}

export const UPLOAD_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
const uploadTypes: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The MIME type to send for a chosen file (PDF or image), or an error to show. */
export function checkUpload(file: { name: string; size: number; type: string }): { mimeType: string } | { error: string } {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const mimeType = Object.values(uploadTypes).includes(file.type) ? file.type : uploadTypes[ext];
  if (!mimeType) return { error: `${file.name}: chỉ nhận tệp PDF hoặc ảnh (PNG, JPG).` };
  if (file.size === 0) return { error: `${file.name}: tệp rỗng.` };
  if (file.size > UPLOAD_MAX_BYTES) return { error: `${file.name}: tệp lớn hơn 10 MB.` };
  return { mimeType };
}

export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${decimal.format(Math.round(bytes / 102.4) / 10)} KB`;
  return `${decimal.format(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}

/** Desks a dossier can be submitted to: communes for commune procedures, the service centre for provincial ones. */
export function deskOptions(levels: readonly ProcedureLevel[], tree: readonly AgencyNode[]): { value: string; label: string; group: string }[] {
  const all = flatten(tree);
  const local = levels.includes('commune') || levels.includes('district');
  const provincial = levels.includes('province') || levels.includes('department') || !local;
  const centres = provincial ? all.filter(isServiceCentre) : [];
  const communes = local ? all.filter((a) => a.level === 'commune' && a.validTo === null) : [];
  return [
    ...centres.map((a) => ({ value: a.code, label: a.name, group: 'Trung tâm Phục vụ hành chính công' })),
    ...communes
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((a) => ({ value: a.code, label: a.name, group: 'Ủy ban nhân dân cấp xã' })),
  ];
}

function isServiceCentre(a: AgencyNode): boolean {
  return a.level === 'department' && (foldVietnamese(a.name).includes('phuc vu hanh chinh cong') || /-TTPVHCC$/i.test(a.code));
}

function flatten(nodes: readonly AgencyNode[]): AgencyNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The province (the root) an agency tree describes, for headings. */
export function provinceOf(tree: readonly AgencyNode[]): AgencyNode | null {
  return flatten(tree).find((a) => a.level === 'province') ?? null;
}

/** "Ủy ban nhân dân tỉnh Lạng Sơn" → "tỉnh Lạng Sơn". */
export function provinceName(name: string): string {
  return name.replace(/^Ủy ban nhân dân\s+/i, '');
}

export interface SubmissionDraft {
  deskAgencyCode: string;
  kind: 'person' | 'business';
  name: string;
  idNumber: string;
  phone: string;
  email?: string | null | undefined;
  address?: string | null | undefined;
  requestSummary?: string | undefined;
  /** Positions of the components the applicant ticked. */
  provided: readonly number[];
}

/** The body of POST /api/dossiers/online: every component listed, files tied to their component. */
export function buildSubmission(
  procedureCode: string,
  components: readonly Pick<ProcedureComponent, 'position' | 'originals' | 'copies'>[],
  draft: SubmissionDraft,
  files: readonly UploadFile[],
): OnlineSubmission {
  const withFile = new Set(files.map((f) => f.componentPosition).filter((p): p is number => typeof p === 'number'));
  const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    procedureCode,
    deskAgencyCode: draft.deskAgencyCode,
    applicant: {
      kind: draft.kind,
      name: draft.name.trim(),
      idNumber: draft.idNumber.trim(),
      phone: draft.phone.trim(),
      email: blank(draft.email),
      address: blank(draft.address),
    },
    requestSummary: draft.requestSummary?.trim() ?? '',
    components: components.map((c) => {
      const provided = draft.provided.includes(c.position) || withFile.has(c.position);
      return { position: c.position, provided, originals: provided ? c.originals : 0, copies: provided ? c.copies : 0 };
    }),
    files: [...files],
  };
}

/** Required components not ticked and without a file: the applicant is warned before submitting. */
export function missingRequired(
  components: readonly Pick<ProcedureComponent, 'position' | 'name' | 'required'>[],
  provided: readonly number[],
  files: readonly UploadFile[],
): string[] {
  const withFile = new Set(files.map((f) => f.componentPosition));
  return components.filter((c) => c.required && !provided.includes(c.position) && !withFile.has(c.position)).map((c) => c.name);
}

/** The months whose late lists are published: the last `count` months that have ended (YYYY-MM), newest first. */
export function endedMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 1; i <= count; i++) {
    const index = y * 12 + (m - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** "2026-03" → "Tháng 03/2026". */
export function monthText(month: string): string {
  const [y, m] = month.split('-');
  return `Tháng ${m}/${y}`;
}

/** A share as a Vietnamese percentage with up to two decimals; no denominator reads "—". */
export function rateText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${decimal.format(Math.round((part / whole) * 10_000) / 100)}%`;
}

const roleWords: Record<'receiving_officer' | 'specialist' | 'leader', string> = {
  receiving_officer: 'Bộ phận Một cửa',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo phê duyệt',
};

/** A published workflow by stage: parallel steps (same stage) read as one stage lasting as long as the slowest. */
export function workflowStages(
  steps: readonly { stage: number; name: string; role: 'receiving_officer' | 'specialist' | 'leader'; allotted: number; agency: { name: string } | null }[],
): { stage: number; title: string; who: string[]; allotted: number }[] {
  const byStage = new Map<number, typeof steps>();
  for (const s of [...steps].sort((a, b) => a.stage - b.stage)) byStage.set(s.stage, [...(byStage.get(s.stage) ?? []), s]);
  return [...byStage.entries()].map(([stage, group]) => ({
    stage,
    title: group.map((s) => s.name).join(' · '),
    who: [...new Set(group.map((s) => s.agency?.name ?? roleWords[s.role]))],
    allotted: Math.max(...group.map((s) => s.allotted)),
  }));
}
