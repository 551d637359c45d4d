/**
 * Live arithmetic of the workflow editor, the same rule as the server: stages run one after
 * another, the steps of a stage in parallel, so a stage lasts as long as its longest step. Sums run
 * on integer hundredths so that 0,1 + 0,2 is exactly 0,3.
 */

export interface StepTiming {
  readonly stage: number;
  /** Null or undefined while the user has not typed it yet. */
  readonly allotted: number | null | undefined;
}

export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

export interface StageDuration {
  readonly stage: number;
  readonly duration: number;
  readonly steps: number;
}

/** Each stage's length (its longest step) in stage order. */
export function stageDurations(steps: readonly StepTiming[]): StageDuration[] {
  const byStage = new Map<number, { longest: number; steps: number }>();
  for (const s of steps) {
    const entry = byStage.get(s.stage) ?? { longest: 0, steps: 0 };
    entry.longest = Math.max(entry.longest, toHundredths(s.allotted ?? 0));
    entry.steps += 1;
    byStage.set(s.stage, entry);
  }
  return [...byStage.entries()]
    .sort(([a], [b]) => a - b)
    .map(([stage, e]) => ({ stage, duration: e.longest / 100, steps: e.steps }));
}

export function workflowTotal(steps: readonly StepTiming[]): number {
  return stageDurations(steps).reduce((sum, s) => sum + toHundredths(s.duration), 0) / 100;
}

export interface WorkflowBalance {
  readonly total: number;
  readonly expected: number;
  /** total − expected: negative when time is missing, positive when there is too much. */
  readonly difference: number;
  readonly matches: boolean;
}

export function balanceOf(steps: readonly StepTiming[], expected: number): WorkflowBalance {
  const total = workflowTotal(steps);
  const diff = toHundredths(total) - toHundredths(expected);
  return { total, expected, difference: diff / 100, matches: diff === 0 && steps.length > 0 };
}

/** Stages must not go backwards in the listed order (the server refuses otherwise). */
export function firstOutOfOrder(steps: readonly StepTiming[]): number | null {
  for (let i = 1; i < steps.length; i++) if (steps[i]!.stage < steps[i - 1]!.stage) return i;
  return null;
}

/** The list with the item at `index` moved by `delta` places (unchanged at the ends). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}

/** Where a step parallel to the step at `index` goes: after the last step of the same stage. */
export function parallelInsertIndex(steps: readonly StepTiming[], index: number): number {
  const stage = steps[index]?.stage;
  let at = index + 1;
  while (at < steps.length && steps[at]!.stage === stage) at++;
  return at;
}

/** The stage of a step appended at the end: one after the last stage. */
export function nextStage(steps: readonly StepTiming[]): number {
  return steps.reduce((max, s) => Math.max(max, s.stage), 0) + 1;
}

/** Renumbers stages 1, 2, 3… in listed order, keeping parallel steps together. */
export function compactStages<T extends StepTiming>(steps: readonly T[]): T[] {
  const numbers = new Map<number, number>();
  return steps.map((s) => {
    if (!numbers.has(s.stage)) numbers.set(s.stage, numbers.size + 1);
    return { ...s, stage: numbers.get(s.stage)! };
  });
}
