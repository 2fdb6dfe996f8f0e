import type { LocalizedText } from "@quartet/core";
import type { HomeDeps } from "./deps.ts";
import { elapsedShare, type MonthKey, monthPeriod } from "./periods.ts";
import { metricKey, type PlanState, percentOfPlan, planState, targetsInForce } from "./plan-math.ts";
import { askPlugins } from "./plugin-calls.ts";
import { targetRowsUntil } from "./targets.ts";

/** One row of the month's plan: a function's metric, its target in force, what was done, and how it stands. */
export type PlanRow = {
  function: string;
  plugin: string;
  metric: string;
  label: LocalizedText;
  unit: "count" | "money";
  /** The target in force (count, or minor units); null when none was ever set. */
  target: number | null;
  /** The month the target was set in: this one, or an earlier one it carries over from. */
  targetMonth: string | null;
  /** Null when the plugin's actuals failed (logged). */
  actual: number | null;
  percent: number | null;
  state: PlanState;
};

/**
 * The month's plan vs actual for every enabled plugin's plan metric, in the organisation's zone
 * and currency: the targets in force (carried forward), each plugin's actuals for the month, the
 * percent of plan and whether it is on pace.
 */
export async function planVsActual(deps: HomeDeps, orgId: string, timeZone: string, currency: string) {
  const now = deps.clock.now();
  const period = monthPeriod(now, timeZone);
  const org = await deps.runtime(orgId);
  const [answers, rows] = await Promise.all([
    askPlugins(
      deps,
      orgId,
      "plan",
      (plugin, ctx) => plugin.plan?.actual(ctx, period) ?? Promise.resolve<Record<string, number>>({}),
    ),
    targetRowsUntil(org.db, period.month as MonthKey),
  ]);
  const inForce = targetsInForce(rows, period.month);
  const elapsed = elapsedShare(period, now);
  const metrics: PlanRow[] = answers.flatMap(({ plugin, function: fn, value }) =>
    (plugin.plan?.metrics ?? []).map((m) => {
      const held = inForce.get(metricKey(fn, m.key));
      const target = held?.value ?? null;
      const actual = value ? (value[m.key] ?? 0) : null;
      return {
        function: fn,
        plugin: plugin.id,
        metric: m.key,
        label: m.label,
        unit: m.unit,
        target,
        targetMonth: held?.month ?? null,
        actual,
        percent: percentOfPlan(actual, target),
        state: planState(actual, target, elapsed),
      };
    }),
  );
  return {
    month: period.month,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    elapsed,
    currency,
    metrics,
  };
}
