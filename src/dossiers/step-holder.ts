import type { Actor } from '../accounts/actor';
import type { Role } from '../accounts/roles';
import { coversAny } from './dossier-access';

export interface StepRef {
  readonly role: string;
  readonly agencyPath: string;
  readonly assigneeId: number | null;
}

/**
 * Who may act on an active step: its assignee; when unassigned, an official of the step's role in
 * the step's agency; and always a leader of that agency (who may act for their staff).
 */
export function canHoldStep(actor: Actor, step: StepRef): boolean {
  if (actor.userId !== null && step.assigneeId === actor.userId) return true;
  if (coversAny(actor, ['leader', 'admin'], [step.agencyPath])) return true;
  if (step.assigneeId !== null) return false;
  return coversAny(actor, [step.role as Role], [step.agencyPath]);
}

/** Assigning a step: a leader of the step's agency, or its current holder passing it on. */
export function canAssignStep(actor: Actor, step: StepRef): boolean {
  return canHoldStep(actor, step);
}
