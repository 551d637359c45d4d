import { MAX_YEAR, MIN_YEAR } from '../calendar/vietnam-time';
import type { DossierState } from '../dossiers/dossier-state';
import { isoInstant } from '../shared/iso-instant';
import type { DossierLine, StepLine } from './history-lines';

/**
 * Fast paths for the millions of dossier lines of a province's history: the Zod schema
 * (history-lines.ts) stays the definition and gives the error messages, but a line in the usual
 * canonical form is checked here about ten times faster. Whatever this cannot vouch for returns null
 * and goes through Zod; what it accepts, Zod accepts with the same result (tested).
 */

const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;
const USERNAME = /^[a-z0-9._-]{1,50}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dossierKeys = new Set([
  'type', 'code', 'procedure', 'agency', 'channel', 'receivedAt', 'dueAt', 'finishedAt', 'outcome',
  'resultSignedAt', 'returnedAt', 'test', 'applicantName', 'steps',
]);
const stepKeys = new Set(['official', 'agency', 'startedAt', 'dueAt', 'completedAt']);
const channelSet = new Set(['online', 'direct', 'postal']);
const outcomeSet = new Set(['approved', 'rejected', 'withdrawn']);

const isCode = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max && CODE.test(v);

/** The number written by the `n` ASCII digits of `v` at `at`, or -1 if one is not a digit. */
function digits(v: string, at: number, n: number): number {
  let x = 0;
  for (let i = at; i < at + n; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:mm:ss(Z|±HH:mm)`, or null for anything else (left to the full parser).
 * Read character by character: a history holds a dozen instants per line and millions of lines.
 * Whole seconds only: fractions go through the full parser, which rounds them its own way.
 */
export function fastInstant(v: unknown): number | null {
  if (typeof v !== 'string' || (v.length !== 20 && v.length !== 25)) return null;
  if (v[4] !== '-' || v[7] !== '-' || v[10] !== 'T' || v[13] !== ':' || v[16] !== ':') return null;
  const year = digits(v, 0, 4);
  const month = digits(v, 5, 2);
  const day = digits(v, 8, 2);
  const hour = digits(v, 11, 2);
  const minute = digits(v, 14, 2);
  const second = digits(v, 17, 2);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  let offset = 0;
  if (v.length === 20) {
    if (v[19] !== 'Z') return null;
  } else {
    const sign = v[19];
    if ((sign !== '+' && sign !== '-') || v[22] !== ':') return null;
    const oh = digits(v, 20, 2);
    const om = digits(v, 23, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
    offset = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute - offset, second);
}

function instantOrNull(v: unknown): number | null | undefined {
  if (v === null) return null;
  const ms = fastInstant(v);
  return ms === null ? undefined : ms;
}

function fastStep(s: unknown): StepLine | null {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return null;
  const o = s as Record<string, unknown>;
  for (const k in o) if (!stepKeys.has(k)) return null;
  if (typeof o.official !== 'string' || !USERNAME.test(o.official) || !isCode(o.agency, 50)) return null;
  const startedAt = fastInstant(o.startedAt);
  const dueAt = fastInstant(o.dueAt);
  const completedAt = instantOrNull(o.completedAt);
  if (startedAt === null || dueAt === null || completedAt === undefined) return null;
  return { official: o.official, agency: o.agency, startedAt, dueAt, completedAt };
}

/** The parsed dossier line, or null when the line must go through the Zod schema. */
export function fastDossierLine(value: Record<string, unknown>): DossierLine | null {
  const o = value;
  for (const k in o) if (!dossierKeys.has(k)) return null;
  if (o.type !== 'dossier' || !isCode(o.code, 100) || !isCode(o.procedure, 50) || !isCode(o.agency, 50)) return null;
  if (typeof o.channel !== 'string' || !channelSet.has(o.channel)) return null;
  if (o.outcome !== null && (typeof o.outcome !== 'string' || !outcomeSet.has(o.outcome))) return null;
  if (typeof o.test !== 'boolean' || !Array.isArray(o.steps) || o.steps.length > 100) return null;
  const name = o.applicantName;
  if (name !== undefined && (typeof name !== 'string' || name.length === 0 || name.length > 300 || name.trim() !== name)) return null;
  const receivedAt = fastInstant(o.receivedAt);
  const dueAt = fastInstant(o.dueAt);
  const finishedAt = instantOrNull(o.finishedAt);
  const returnedAt = instantOrNull(o.returnedAt);
  const signed = 'resultSignedAt' in o ? instantOrNull(o.resultSignedAt) : null;
  if (receivedAt === null || dueAt === null || finishedAt === undefined || returnedAt === undefined || signed === undefined) return null;
  const steps: StepLine[] = [];
  for (const s of o.steps as unknown[]) {
    const step = fastStep(s);
    if (!step) return null;
    steps.push(step);
  }
  const line: DossierLine = {
    type: 'dossier',
    code: o.code,
    procedure: o.procedure,
    agency: o.agency,
    channel: o.channel as DossierLine['channel'],
    receivedAt,
    dueAt,
    finishedAt,
    outcome: o.outcome as DossierLine['outcome'],
    returnedAt,
    test: o.test,
    steps,
  };
  if ('resultSignedAt' in o) line.resultSignedAt = signed;
  if (name !== undefined) line.applicantName = name;
  return line;
}

const q = (s: string) => JSON.stringify(s);
const pair = (key: string, json: string) => `,"${key}":[null,${json}]`;
const str = (key: string, v: string | null) => (v === null ? '' : pair(key, q(v)));
const num = (key: string, v: number | null) => (v === null ? '' : pair(key, String(v)));
const date = (key: string, v: Date | null) => (v === null ? '' : pair(key, `"${isoInstant(v.getTime())}"`));

/**
 * `JSON.stringify(diff({}, state))` written out directly: the same text (tested), built without the
 * per-field comparisons a general diff needs.
 */
export function importedChangesJson(s: DossierState): string {
  const json =
    pair('code', q(s.code)) +
    pair('procedureId', String(s.procedureId)) +
    num('procedureVersionId', s.procedureVersionId) +
    num('workflowId', s.workflowId) +
    pair('agencyId', String(s.agencyId)) +
    pair('agencyPath', q(s.agencyPath)) +
    pair('deskAgencyId', String(s.deskAgencyId)) +
    pair('deskAgencyPath', q(s.deskAgencyPath)) +
    pair('channel', q(s.channel)) +
    pair('status', q(s.status)) +
    pair('applicantKind', q(s.applicantKind)) +
    pair('applicantName', q(s.applicantName)) +
    str('applicantIdNumber', s.applicantIdNumber) +
    str('applicantPhone', s.applicantPhone) +
    str('applicantEmail', s.applicantEmail) +
    str('applicantAddress', s.applicantAddress) +
    (s.authorisedPerson === null ? '' : pair('authorisedPerson', JSON.stringify(s.authorisedPerson))) +
    num('ownerUserId', s.ownerUserId) +
    pair('requestSummary', q(s.requestSummary)) +
    date('submittedAt', s.submittedAt) +
    date('receivedAt', s.receivedAt) +
    date('dueAt', s.dueAt) +
    date('dueSetAt', s.dueSetAt) +
    date('appointmentAt', s.appointmentAt) +
    date('apologyDueAt', s.apologyDueAt) +
    date('pausedAt', s.pausedAt) +
    pair('supplementCount', String(s.supplementCount)) +
    date('finishedAt', s.finishedAt) +
    str('outcome', s.outcome) +
    date('resultSignedAt', s.resultSignedAt) +
    date('returnedAt', s.returnedAt) +
    str('returnMethod', s.returnMethod) +
    pair('isTest', String(s.isTest));
  return `{${json.slice(1)}}`;
}
