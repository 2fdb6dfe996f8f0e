import type { Goal } from "./types.ts";

/** The median of `values` (the mean of the middle two for an even count); 0 for none. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The smallest and largest of `values` ([0, 0] for none). */
export function spreadOf(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 0];
  return [Math.min(...values), Math.max(...values)];
}

/** Whether a goal is met, and if not by how much (`missedBy`: the shortfall as a fraction of the goal). */
export type Verdict = { met: boolean; missedBy: number } | { met: null; missedBy: 0 };

/**
 * Judges `value` (a median ratio for the ratio goals, ours' median for the absolute ones) against
 * `goal`: `{ met: null }` when the figure has no goal (reported only).
 */
export function verdictOf(goal: Goal, value: number): Verdict {
  const bound = goal.ratioAtLeast ?? goal.ratioAtMost ?? goal.atLeast ?? goal.atMost;
  if (bound === undefined) return { met: null, missedBy: 0 };
  const atLeast = goal.ratioAtLeast !== undefined || goal.atLeast !== undefined;
  const met = atLeast ? value >= bound : value <= bound;
  if (met) return { met, missedBy: 0 };
  return { met, missedBy: Math.abs(value - bound) / Math.abs(bound || 1) };
}

/** Whether a goal compares ours to the baseline (ratio goals) rather than ours alone. */
export const isRatioGoal = (goal: Goal) => goal.ratioAtLeast !== undefined || goal.ratioAtMost !== undefined;

/** The goal as the summary prints it (beside the figure's name): `ratio ≥ 0.75`, `ratio ≤ 1.5×`, `≤ 1`. */
export function goalText(goal: Goal): string {
  if (goal.ratioAtLeast !== undefined) return `ratio ≥ ${goal.ratioAtLeast}`;
  if (goal.ratioAtMost !== undefined) return `ratio ≤ ${goal.ratioAtMost}×`;
  if (goal.atLeast !== undefined) return `≥ ${goal.atLeast}`;
  if (goal.atMost !== undefined) return `≤ ${goal.atMost}`;
  return "—";
}
