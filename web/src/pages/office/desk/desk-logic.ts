import type { FileBody, ReceiveBody } from '../../../components/dossier/types';

export type Decision = 'accept' | 'request_supplement' | 'refuse';

export interface ChecklistRow {
  position: number;
  provided?: boolean;
  originals?: number | null;
  copies?: number | null;
}

/** The desk form's values, as antd Form holds them. */
export interface ReceiveValues {
  procedureCode: string;
  channel?: 'direct' | 'postal';
  applicant: {
    kind?: 'person' | 'business';
    name: string;
    idNumber: string;
    phone: string;
    email?: string | null;
    address?: string | null;
  };
  hasAuthorised?: boolean;
  authorisedPerson?: { name?: string; idNumber?: string | null; phone?: string | null } | null;
  requestSummary?: string;
  components?: ChecklistRow[];
}

const orNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** The required components not ticked as provided: what accepting would be refused for. */
export function missingRequired(components: readonly { position: number; name: string; required: boolean }[], checklist: readonly ChecklistRow[] | undefined): string[] {
  const given = new Set((checklist ?? []).filter((c) => c.provided).map((c) => c.position));
  return components.filter((c) => c.required && !given.has(c.position)).map((c) => c.name);
}

/** A first draft of the supplementation request: everything missing, listed at once. */
export function supplementDraft(missing: readonly string[]): string {
  if (missing.length === 0) return '';
  return `Đề nghị bổ sung các thành phần sau:\n${missing.map((m, i) => `${i + 1}. ${m}`).join('\n')}`;
}

/** The POST /api/dossiers body: blanks become null (the server rejects an empty e-mail), unticked rows are kept as not provided. */
export function buildReceiveBody(v: ReceiveValues, files: FileBody[], decision: Decision, reason?: string): ReceiveBody {
  const auth = v.hasAuthorised && v.authorisedPerson?.name?.trim() ? v.authorisedPerson : null;
  return {
    procedureCode: v.procedureCode,
    channel: v.channel ?? 'direct',
    applicant: {
      kind: v.applicant.kind ?? 'person',
      name: v.applicant.name.trim(),
      idNumber: v.applicant.idNumber.trim(),
      phone: v.applicant.phone.trim(),
      email: orNull(v.applicant.email),
      address: orNull(v.applicant.address),
      authorisedPerson: auth ? { name: auth.name!.trim(), idNumber: orNull(auth.idNumber), phone: orNull(auth.phone) } : null,
    },
    requestSummary: v.requestSummary?.trim() ?? '',
    components: (v.components ?? []).map((c) => ({
      position: c.position,
      provided: Boolean(c.provided),
      originals: c.originals ?? 0,
      copies: c.copies ?? 0,
    })),
    files,
    decision,
    reason: decision === 'accept' ? null : (reason?.trim() ?? null),
  };
}
