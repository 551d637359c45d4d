import type { AuthorisedPerson } from './schema';
import type { ApplicantKind, Channel, DossierStatus, Outcome, ReturnMethod } from './vocabulary';

/** The fields of a dossier that events change; the `dossiers` row is their projection. */
export interface DossierState {
  code: string;
  procedureId: number;
  procedureVersionId: number | null;
  workflowId: number | null;
  agencyId: number;
  agencyPath: string;
  deskAgencyId: number;
  deskAgencyPath: string;
  channel: Channel;
  status: DossierStatus;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  applicantEmail: string | null;
  applicantAddress: string | null;
  authorisedPerson: AuthorisedPerson | null;
  ownerUserId: number | null;
  requestSummary: string;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  dueSetAt: Date | null;
  appointmentAt: Date | null;
  apologyDueAt: Date | null;
  pausedAt: Date | null;
  supplementCount: number;
  finishedAt: Date | null;
  outcome: Outcome | null;
  resultSignedAt: Date | null;
  returnedAt: Date | null;
  returnMethod: ReturnMethod | null;
  isTest: boolean;
}

export type StateChanges = Partial<DossierState>;

/** The fields a dossier's clock and outcome are made of: all empty until it is received. */
type ClockFields =
  | 'workflowId'
  | 'receivedAt'
  | 'dueAt'
  | 'dueSetAt'
  | 'appointmentAt'
  | 'apologyDueAt'
  | 'pausedAt'
  | 'supplementCount'
  | 'finishedAt'
  | 'outcome'
  | 'resultSignedAt'
  | 'returnedAt'
  | 'returnMethod';

/** A dossier as submitted (at a counter, by post or online): who, what, where, and no clock yet. */
export function newDossierState(submitted: Omit<DossierState, ClockFields>): DossierState {
  return {
    ...submitted,
    workflowId: null,
    receivedAt: null,
    dueAt: null,
    dueSetAt: null,
    appointmentAt: null,
    apologyDueAt: null,
    pausedAt: null,
    supplementCount: 0,
    finishedAt: null,
    outcome: null,
    resultSignedAt: null,
    returnedAt: null,
    returnMethod: null,
  };
}

/** The stored form of an event's changes: `{ field: [before, after] }`, dates as ISO strings. */
export type ChangeRecord = Record<string, [unknown, unknown]>;

const dateFields = new Set<keyof DossierState>([
  'submittedAt',
  'receivedAt',
  'dueAt',
  'dueSetAt',
  'appointmentAt',
  'apologyDueAt',
  'pausedAt',
  'finishedAt',
  'resultSignedAt',
  'returnedAt',
]);

function encode(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function decode(field: string, value: unknown): unknown {
  return dateFields.has(field as keyof DossierState) && typeof value === 'string' ? new Date(value) : value;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The before/after record of what `changes` does to `state` (unchanged fields left out). */
export function diff(state: Partial<DossierState>, changes: StateChanges): ChangeRecord {
  const record: ChangeRecord = {};
  for (const [field, after] of Object.entries(changes)) {
    const before = (state as Record<string, unknown>)[field] ?? null;
    if (!same(before, after)) record[field] = [encode(before), encode(after ?? null)];
  }
  return record;
}

/** Applies one stored event's changes: the reducer of the event log. */
export function applyChanges(state: Partial<DossierState>, changes: ChangeRecord): Partial<DossierState> {
  const next: Record<string, unknown> = { ...state };
  for (const [field, pair] of Object.entries(changes)) next[field] = decode(field, pair[1]);
  return next;
}

/** Rebuilds a dossier's state from its events, in order. */
export function replay(events: readonly { changes: ChangeRecord }[]): Partial<DossierState> {
  return events.reduce<Partial<DossierState>>((state, e) => applyChanges(state, e.changes), {});
}
