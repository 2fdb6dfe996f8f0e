import type { SalesFunction } from "@quartet/ui";
import type { InstalledPlugin } from "../../lib/healthz.ts";

/** One leg of the stool: a sales function and the installed plugins that serve it. */
export type Leg = { function: SalesFunction; plugins: InstalledPlugin[] };

/** A leg per function, in the given order, each with the plugins serving it; a leg without plugins is missing. */
export function legsOf(functions: readonly SalesFunction[], plugins: readonly InstalledPlugin[]): Leg[] {
  return functions.map((fn) => ({ function: fn, plugins: plugins.filter((p) => p.function === fn) }));
}

/** How many legs have at least one plugin. */
export function standingLegs(legs: readonly Leg[]): number {
  return legs.filter((leg) => leg.plugins.length > 0).length;
}
