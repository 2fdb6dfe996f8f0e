import type { LocalizedText, SalesFunction } from "@quartet/ui";
import type { ActiveOrgStore } from "../../lib/active-org.ts";
import type { GrowthStage, OrgSettings } from "../../lib/api-types.ts";
import { failureOf } from "../../lib/server-errors.ts";
import type { QuartetClient } from "../../lib/trpc.ts";
import { pluginPlan } from "./plugin-plan.ts";

/** The company basics of step 1. */
export type Basics = { name: string; defaultCurrency: string; timeZone: string; locale: "ru" | "en" };

/** What happened to one chosen function's plugins. */
export type FunctionOutcome = {
  function: SalesFunction;
  enabled: LocalizedText[];
  failed: { name: LocalizedText; message: string }[];
};

/** The organisation created and what became of each chosen function. */
export type SetupResult = { org: OrgSettings; outcomes: FunctionOutcome[] };

/**
 * Creates the organisation (`core.org.create`), makes this tab work in it, then enables the
 * installed plugins serving each chosen function (`core.plugins.enable`, one by one, so one
 * failure does not stop the others). A creation error is thrown for the form to show.
 */
export async function runSetup(
  api: { trpc: QuartetClient; org: ActiveOrgStore },
  input: { basics: Basics; stage: GrowthStage; functions: readonly SalesFunction[] },
): Promise<SetupResult> {
  const created = await api.trpc.core.org.create.mutate({ ...input.basics, growthStage: input.stage });
  api.org.set(created.id);
  const { plugins } = await api.trpc.core.plugins.list.query();
  const plan = pluginPlan(input.functions, plugins);
  const outcomes: FunctionOutcome[] = [];
  for (const fn of input.functions) {
    const outcome: FunctionOutcome = { function: fn, enabled: [], failed: [] };
    for (const pluginId of plan[fn] ?? []) {
      const plugin = plugins.find((p) => p.id === pluginId);
      if (!plugin) continue;
      try {
        await api.trpc.core.plugins.enable.mutate({ pluginId });
        outcome.enabled.push(plugin.name);
      } catch (error) {
        outcome.failed.push({ name: plugin.name, message: failureOf(error).message });
      }
    }
    outcomes.push(outcome);
  }
  return { org: created, outcomes };
}
