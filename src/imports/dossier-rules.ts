import { diff, type ChangeRecord, type DossierState } from '../dossiers/dossier-state';
import type { DossierStatus, StepStatus } from '../dossiers/vocabulary';
import type { DossierLine, StepLine } from './history-lines';
import { lineMessages as m } from './line-messages';

/** Name shown for an imported dossier whose applicant the previous system did not give. */
export const UNKNOWN_APPLICANT = 'Không rõ (dữ liệu chuyển từ hệ thống cũ)';

/** The order of the instants of an imported dossier and its steps; every problem found, in Vietnamese. */
export function timeProblems(d: DossierLine): string[] {
  const problems: string[] = [];
  if (d.dueAt < d.receivedAt) problems.push(m.before('dueAt', d.dueAt, 'receivedAt', d.receivedAt));
  if (d.finishedAt !== null && d.outcome === null) problems.push(m.finishedWithoutOutcome());
  if (d.finishedAt === null && d.outcome !== null) problems.push(m.outcomeWithoutFinish());
  if (d.finishedAt !== null && d.finishedAt < d.receivedAt) problems.push(m.before('finishedAt', d.finishedAt, 'receivedAt', d.receivedAt));
  if (d.returnedAt !== null) {
    if (d.finishedAt === null) problems.push(m.needsFinish('returnedAt'));
    else if (d.returnedAt < d.finishedAt) problems.push(m.before('returnedAt', d.returnedAt, 'finishedAt', d.finishedAt));
  }
  if (d.resultSignedAt != null) {
    if (d.finishedAt === null) problems.push(m.needsFinish('resultSignedAt'));
    else if (d.resultSignedAt > d.finishedAt) problems.push(m.before('finishedAt', d.finishedAt, 'resultSignedAt', d.resultSignedAt));
    if (d.resultSignedAt < d.receivedAt) problems.push(m.before('resultSignedAt', d.resultSignedAt, 'receivedAt', d.receivedAt));
  }
  d.steps.forEach((s, i) => {
    if (s.startedAt < d.receivedAt) problems.push(m.step(i, m.before('startedAt', s.startedAt, 'receivedAt của hồ sơ', d.receivedAt)));
    if (s.dueAt < s.startedAt) problems.push(m.step(i, m.before('dueAt', s.dueAt, 'startedAt', s.startedAt)));
    if (s.completedAt !== null && s.completedAt < s.startedAt) {
      problems.push(m.step(i, m.before('completedAt', s.completedAt, 'startedAt', s.startedAt)));
    }
  });
  return problems;
}

/** The status an imported dossier is in: a stop outranks a hand-over, which outranks a result. */
export function importedStatus(d: Pick<DossierLine, 'outcome' | 'finishedAt' | 'returnedAt'>): DossierStatus {
  if (d.outcome === 'withdrawn') return 'withdrawn';
  if (d.returnedAt !== null) return 'returned';
  if (d.finishedAt !== null) return 'result_ready';
  return 'processing';
}

/** When the result was signed: as given, else when it was concluded (a stop has no result document). */
export function signedAt(d: Pick<DossierLine, 'resultSignedAt' | 'finishedAt' | 'outcome'>): number | null {
  if (d.resultSignedAt !== undefined) return d.resultSignedAt;
  return d.outcome === 'approved' || d.outcome === 'rejected' ? d.finishedAt : null;
}

/** A step still open when its dossier was concluded was abandoned, not waiting for anyone. */
export function importedStepStatus(step: Pick<StepLine, 'completedAt'>, dossierFinished: boolean): StepStatus {
  if (step.completedAt !== null) return 'done';
  return dossierFinished ? 'cancelled' : 'active';
}

export interface ResolvedRefs {
  readonly procedureId: number;
  readonly procedureVersionId: number | null;
  readonly agencyId: number;
  readonly agencyPath: string;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The state an imported dossier starts in: what its single IMPORTED event records. */
export function importedState(d: DossierLine, refs: ResolvedRefs): DossierState {
  const received = new Date(d.receivedAt);
  return {
    code: d.code,
    procedureId: refs.procedureId,
    procedureVersionId: refs.procedureVersionId,
    // The steps came from the previous system, not from one of our workflows.
    workflowId: null,
    agencyId: refs.agencyId,
    agencyPath: refs.agencyPath,
    deskAgencyId: refs.agencyId,
    deskAgencyPath: refs.agencyPath,
    channel: d.channel,
    status: importedStatus(d),
    applicantKind: 'person',
    applicantName: d.applicantName ?? UNKNOWN_APPLICANT,
    applicantIdNumber: null,
    applicantPhone: null,
    applicantEmail: null,
    applicantAddress: null,
    authorisedPerson: null,
    ownerUserId: null,
    requestSummary: '',
    submittedAt: received,
    receivedAt: received,
    dueAt: new Date(d.dueAt),
    dueSetAt: received,
    appointmentAt: new Date(d.dueAt),
    apologyDueAt: null,
    pausedAt: null,
    supplementCount: 0,
    finishedAt: date(d.finishedAt),
    outcome: d.outcome,
    resultSignedAt: date(signedAt(d)),
    returnedAt: date(d.returnedAt),
    returnMethod: null,
    isTest: d.test,
  };
}

/** The changes of the IMPORTED event: the whole imported state, as the event log records a creation. */
export function importedChanges(state: DossierState): ChangeRecord {
  return diff({}, state);
}
