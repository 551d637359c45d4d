import type { DossierDetail, DossierStep, FormNumber, Urgency } from './types';

/** What an official can do to a dossier from its page. */
export type ActionKey =
  | 'intake_accept'
  | 'intake_supplement'
  | 'intake_refuse'
  | 'complete'
  | 'return'
  | 'assign'
  | 'supplement_request'
  | 'supplement_receive'
  | 'apology'
  | 'approve'
  | 'reject'
  | 'hand_over'
  | 'withdraw';

export interface Viewer {
  readonly roles: readonly string[];
}

type StepLike = Pick<DossierStep, 'id' | 'stage' | 'role' | 'status' | 'name' | 'heldByViewer'>;
type DetailLike = { dossier: Pick<DossierDetail['dossier'], 'status' | 'apologyDueAt'>; viewer: DossierDetail['viewer']; steps: readonly StepLike[] };

const has = (v: Viewer, ...roles: string[]) => roles.some((r) => v.roles.includes(r));

/** The final step that only hands the result back at the desk: it closes with the hand-over. */
export function isReturnStep(step: Pick<StepLike, 'role' | 'stage'>, steps: readonly Pick<StepLike, 'stage'>[]): boolean {
  const last = Math.max(0, ...steps.map((s) => s.stage));
  return step.role === 'receiving_officer' && step.stage === last && last > 1;
}

/**
 * The active processing steps the viewer holds (never the final return-at-the-desk step), as the server
 * decided with its own holder rule, agency subtree included.
 */
export function heldSteps(steps: readonly StepLike[]): StepLike[] {
  return steps.filter((s) => s.heldByViewer && !isReturnStep(s, steps));
}

/** The steps that start when `step` is completed: the next waiting stage, if `step` closes its stage. */
export function nextStepsAfter(step: StepLike, steps: readonly StepLike[]): StepLike[] {
  const sameStageOpen = steps.filter((s) => s.stage === step.stage && s.status === 'active' && s.id !== step.id);
  if (sameStageOpen.length > 0) return [];
  const waiting = steps.filter((s) => s.status === 'waiting' && s.stage > step.stage);
  const stage = Math.min(...waiting.map((s) => s.stage));
  return waiting.filter((s) => s.stage === stage);
}

/** Whether the apology letter may be issued now: once, when late or due within about a working day. */
export function apologyDue(urgency: { urgency: Urgency; workingMsLeft: number | null } | null | undefined): boolean {
  if (!urgency) return false;
  if (urgency.urgency === 'overdue' || urgency.urgency === 'due_today') return true;
  return urgency.workingMsLeft !== null && urgency.workingMsLeft <= 8 * 3_600_000;
}

/**
 * The actions that apply to the dossier's status and the viewer's roles, in the order the bar shows
 * them (main action first). The server re-checks every one.
 */
export function availableActions(
  detail: DetailLike,
  viewer: Viewer,
  urgency?: { urgency: Urgency; workingMsLeft: number | null } | null,
): ActionKey[] {
  const { status } = detail.dossier;
  const desk = has(viewer, 'receiving_officer', 'admin');
  const official = has(viewer, 'receiving_officer', 'specialist', 'leader', 'admin');
  const canWithdraw = has(viewer, 'receiving_officer', 'leader', 'admin');
  const actions: ActionKey[] = [];
  switch (status) {
    case 'submitted':
      if (desk) actions.push('intake_accept', 'intake_supplement', 'intake_refuse');
      if (canWithdraw) actions.push('withdraw');
      break;
    case 'intake_incomplete':
      if (desk) actions.push('intake_refuse');
      if (canWithdraw) actions.push('withdraw');
      break;
    case 'processing': {
      const held = heldSteps(detail.steps);
      const heldIds = new Set(held.map((s) => s.id));
      // A result can be recorded once nothing but the viewer's own steps (and the return step) is open.
      const othersOpen = detail.steps.filter(
        (s) => (s.status === 'active' || s.status === 'waiting') && !isReturnStep(s, detail.steps) && !heldIds.has(s.id),
      );
      const concludes = official && (detail.viewer.leadsAgency || (held.length > 0 && othersOpen.length === 0));
      if (concludes) actions.push('approve');
      if (held.length > 0 && !concludes) actions.push('complete');
      if (held.length > 0) {
        if (held.some((s) => detail.steps.some((p) => p.stage < s.stage && p.status === 'done'))) actions.push('return');
        actions.push('supplement_request', 'assign');
      }
      if (concludes) actions.push('reject');
      if (official && !detail.dossier.apologyDueAt && apologyDue(urgency)) actions.push('apology');
      if (canWithdraw) actions.push('withdraw');
      break;
    }
    case 'awaiting_supplement':
      if (official) actions.push('supplement_receive');
      if (official && !detail.dossier.apologyDueAt && apologyDue(urgency)) actions.push('apology');
      if (canWithdraw) actions.push('withdraw');
      break;
    case 'result_ready':
      if (desk) actions.push('hand_over');
      break;
    case 'intake_refused':
    case 'returned':
    case 'withdrawn':
    case 'closed_no_supplement':
      break;
  }
  return actions;
}

/** The printable forms that exist for the dossier, from the events that produce them. */
export function availableForms(detail: { dossier: { receivedAt: string | null }; events: readonly { type: string }[] }): FormNumber[] {
  const seen = new Set(detail.events.map((e) => e.type));
  const forms: FormNumber[] = [];
  if (seen.has('RECEIVED')) forms.push('01');
  if (seen.has('INTAKE_SUPPLEMENT_REQUESTED') || seen.has('SUPPLEMENT_REQUESTED')) forms.push('02');
  if (seen.has('INTAKE_REFUSED')) forms.push('03');
  if (seen.has('APOLOGY_ISSUED')) forms.push('04');
  if (seen.has('WITHDRAWN')) forms.push('05');
  if (detail.dossier.receivedAt) forms.push('06');
  return forms;
}

export function formUrl(code: string, form: FormNumber, format: 'html' | 'docx' = 'html'): string {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}?format=${format}`;
}
