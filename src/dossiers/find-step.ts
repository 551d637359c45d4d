import type { Actor } from '../accounts/actor';
import { AppError } from '../shared/errors';
import type { Loaded } from './act-on-dossier';
import { canHoldStep } from './step-holder';

/** The active step the actor acts on: the one named, else the single active step they hold. */
export function findHeldStep(actor: Actor, loaded: Loaded, stepId: number | undefined) {
  const active = loaded.steps.filter((s) => s.status === 'active');
  if (stepId !== undefined) {
    const step = loaded.steps.find((s) => s.id === stepId);
    if (!step) throw new AppError('DOSSIER_STEP_NOT_FOUND', { id: stepId });
    if (step.status !== 'active') throw new AppError('DOSSIER_STEP_NOT_ACTIVE', { name: step.name });
    if (!canHoldStep(actor, step)) throw new AppError('DOSSIER_STEP_NOT_HOLDER', { name: step.name });
    return step;
  }
  const held = active.filter((s) => canHoldStep(actor, s));
  if (held.length === 0) {
    const name = active.map((s) => s.name).join(', ') || 'nào';
    throw new AppError('DOSSIER_STEP_NOT_HOLDER', { name });
  }
  return held[0]!;
}
