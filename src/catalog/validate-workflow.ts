import { AppError } from '../shared/errors';
import { formatDuration, fromHundredths, hasAtMostTwoDecimals, toHundredths } from './quantity';
import type { TimeUnit } from './time-unit';

/** What validation needs of a step; steps are given in their order (position = index + 1). */
export interface WorkflowStepTiming {
  readonly stage: number;
  readonly name: string;
  readonly allotted: number;
}

/**
 * Total time of a workflow: stages run one after another, the steps of one stage in parallel, so a
 * stage lasts as long as its longest step.
 */
export function workflowTotal(steps: readonly WorkflowStepTiming[]): number {
  const longest = new Map<number, number>();
  for (const s of steps) longest.set(s.stage, Math.max(longest.get(s.stage) ?? 0, toHundredths(s.allotted)));
  let sum = 0;
  for (const v of longest.values()) sum += v;
  return fromHundredths(sum);
}

/**
 * The first problem of a workflow against the procedure's published time, or null when valid:
 * at least one step, positive times, stages in non-decreasing order, and stage times adding up
 * exactly to the published time.
 */
export function findWorkflowProblem(
  steps: readonly WorkflowStepTiming[],
  publishedDuration: number,
  unit: TimeUnit,
): AppError | null {
  if (steps.length === 0) return new AppError('WORKFLOW_EMPTY');
  let previous = 0;
  for (const [i, s] of steps.entries()) {
    if (!(s.allotted > 0) || !hasAtMostTwoDecimals(s.allotted)) {
      return new AppError('WORKFLOW_STEP_TIME_INVALID', { position: i + 1, name: s.name });
    }
    if (s.stage < previous) {
      return new AppError('WORKFLOW_STAGE_ORDER', { position: i + 1, name: s.name, stage: s.stage, previous });
    }
    previous = s.stage;
  }
  const total = workflowTotal(steps);
  if (toHundredths(total) !== toHundredths(publishedDuration)) {
    return new AppError('WORKFLOW_TOTAL_MISMATCH', {
      sum: formatDuration(total, unit),
      expected: formatDuration(publishedDuration, unit),
    });
  }
  return null;
}

export function assertValidWorkflow(steps: readonly WorkflowStepTiming[], publishedDuration: number, unit: TimeUnit): void {
  const problem = findWorkflowProblem(steps, publishedDuration, unit);
  if (problem) throw problem;
}
