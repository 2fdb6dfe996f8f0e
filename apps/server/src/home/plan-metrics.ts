import type { SalesFunction } from "@quartet/core";
import type { PlanMetric } from "@quartet/core/plugin";
import type { HomeDeps } from "./deps.ts";

/** A plan metric the organisation can set a target for: its function, plugin and declaration. */
export type PlannedMetric = PlanMetric & { function: SalesFunction; plugin: string };

/** The plan metrics of the plugins enabled for the organisation, in the plugins' order. */
export async function plannedMetrics(deps: HomeDeps, orgId: string): Promise<PlannedMetric[]> {
  const enabled = await deps.enabledIds(orgId);
  return deps.plugins.flatMap((p) =>
    p.function && p.plan && enabled.has(p.id)
      ? p.plan.metrics.map((m) => ({ ...m, function: p.function as SalesFunction, plugin: p.id }))
      : [],
  );
}
