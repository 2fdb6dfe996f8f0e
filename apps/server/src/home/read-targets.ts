import type { HomeDeps } from "./deps.ts";
import { type MonthKey, monthPeriod } from "./periods.ts";
import { metricKey, targetsInForce } from "./plan-math.ts";
import { plannedMetrics } from "./plan-metrics.ts";
import { targetRowsUntil } from "./targets.ts";

/**
 * The plan form's rows for `month` (this month when absent): every plan metric of the enabled
 * plugins with the target in force then (null when none) and the month it was set in.
 */
export async function readTargets(deps: HomeDeps, orgId: string, month?: MonthKey) {
  const org = await deps.organisation(orgId);
  const current = monthPeriod(deps.clock.now(), org.timeZone).month;
  const shown = month ?? current;
  const [metrics, rows] = await Promise.all([
    plannedMetrics(deps, orgId),
    deps.runtime(orgId).then((o) => targetRowsUntil(o.db, shown)),
  ]);
  const inForce = targetsInForce(rows, shown);
  return {
    month: shown,
    currentMonth: current,
    currency: org.defaultCurrency,
    metrics: metrics.map((m) => {
      const held = inForce.get(metricKey(m.function, m.key));
      return { ...m, value: held?.value ?? null, setIn: held?.month ?? null };
    }),
  };
}
