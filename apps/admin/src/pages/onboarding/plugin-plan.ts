import type { SalesFunction } from "@quartet/ui";

/** A plugin as the plan needs it. */
export type PlannedPlugin = { id: string; function: SalesFunction | null; state: string };

/**
 * For each chosen function, the installed plugins serving it that are not enabled yet, in the
 * server's (dependency) order. A function with no plugin installed maps to an empty list.
 *
 * @example pluginPlan(["vip"], plugins) // { vip: ["vip"] }
 */
export function pluginPlan(
  chosen: readonly SalesFunction[],
  plugins: readonly PlannedPlugin[],
): Partial<Record<SalesFunction, string[]>> {
  return Object.fromEntries(
    chosen.map((fn) => [
      fn,
      plugins
        .filter((plugin) => plugin.function === fn && plugin.state !== "enabled")
        .map((plugin) => plugin.id),
    ]),
  );
}
