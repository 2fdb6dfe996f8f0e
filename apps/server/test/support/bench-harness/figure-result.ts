import { goalText, isRatioGoal, medianOf, spreadOf, verdictOf } from "./stats.ts";
import type { FigureResult, Goal } from "./types.ts";

/**
 * One goal's outcome from its figure's rounds: `ours[i]` and `baseline[i]` ran back to back in
 * round i (`baseline` null when only our side reports the figure). The ratio is the median of the
 * per-round ratios; the spread is theirs, or ours' figures' for an absolute goal or no baseline.
 */
export function figureResult(
  bench: string,
  goal: Goal,
  ours: readonly number[],
  baseline: readonly number[] | null,
): FigureResult {
  const ratios = baseline ? ours.map((v, i) => v / (baseline[i] || Number.NaN)) : null;
  if (isRatioGoal(goal) && !ratios)
    throw new Error(`${bench}: a ratio goal for ${goal.metric} needs a baseline`);
  const ratio = ratios ? medianOf(ratios) : null;
  const absolute = goal.atLeast !== undefined || goal.atMost !== undefined;
  return {
    bench,
    metric: goal.metric,
    goal: goalText(goal),
    ours: medianOf(ours),
    baseline: baseline ? medianOf(baseline) : null,
    ratio,
    spread: spreadOf(ratios && !absolute ? ratios : ours),
    ...verdictOf(goal, absolute || ratio === null ? medianOf(ours) : ratio),
    rounds: ours.map((v, i) => ({ ours: v, baseline: baseline?.[i] ?? null })),
    ...(goal.note ? { note: goal.note } : {}),
  };
}
