import type { PipelineTotals } from "@quartet/core/plugin";
import type { HomeDeps } from "./deps.ts";
import { askPlugins } from "./plugin-calls.ts";

/**
 * Open deals now per function whose plugin keeps a pipeline (count, sum, weighted sum, the board's
 * address), and their total in the organisation's currency. A function whose pipeline failed reads
 * null and is left out of the total.
 */
export async function pipelineTotals(deps: HomeDeps, orgId: string, currency: string) {
  const answers = await askPlugins(deps, orgId, "pipeline", (plugin, ctx) =>
    plugin.pipeline ? plugin.pipeline(ctx) : Promise.reject(new Error("no pipeline")),
  );
  const functions = answers.map((a) => ({ function: a.function, plugin: a.plugin.id, totals: a.value }));
  const known = functions.flatMap((f) => (f.totals ? [f.totals] : [])) satisfies PipelineTotals[];
  const total = {
    count: known.reduce((s, t) => s + t.count, 0),
    amountMinor: known.reduce((s, t) => s + (t.currency === currency ? t.amountMinor : 0), 0),
    weightedMinor: known.reduce((s, t) => s + (t.currency === currency ? t.weightedMinor : 0), 0),
    currency,
  };
  return { functions, total };
}
