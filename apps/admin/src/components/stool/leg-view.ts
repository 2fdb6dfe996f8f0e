import type { SalesFunction } from "@quartet/ui";

/**
 * How a leg stands: someone covers it, everyone on it is paused, nobody covers it, or people do but
 * its plugin is off (the health page counts only legs with both).
 */
export type LegStatus = "covered" | "all-paused" | "missing" | "no-plugin";

/** One leg as the stool and its legend draw it. */
export type LegView = {
  function: SalesFunction;
  status: LegStatus;
  /** Who holds it up: people's names, or plugin names when only plugins are known. */
  holders: string[];
  /** Whether a plugin serving the function is enabled; null when not known. */
  pluginEnabled: boolean | null;
};

/** A leg as `core.staffing.coverage` reports it. */
export type CoverageLeg = {
  function: SalesFunction;
  status: Exclude<LegStatus, "no-plugin">;
  pluginEnabled: boolean;
  people: readonly { name: string; paused: boolean }[];
};

/** The legs from `core.staffing.coverage`: people hold them up. */
export function legsFromCoverage(legs: readonly CoverageLeg[]): LegView[] {
  return legs.map((leg) => ({
    function: leg.function,
    status: leg.status,
    holders: leg.people.map((person) => person.name),
    pluginEnabled: leg.pluginEnabled,
  }));
}

/** The legs from the installed plugins, when who covers them is not visible to the user. */
export function legsFromPlugins(
  functions: readonly SalesFunction[],
  plugins: readonly { function: SalesFunction | null; name: string }[],
): LegView[] {
  return functions.map((fn) => {
    const holders = plugins.filter((plugin) => plugin.function === fn).map((plugin) => plugin.name);
    return { function: fn, status: holders.length > 0 ? "covered" : "missing", holders, pluginEnabled: null };
  });
}

/** The legs as the health page counts them: a leg people cover whose plugin is off does not stand (`no-plugin`). */
export function needingPlugins(legs: readonly LegView[]): LegView[] {
  return legs.map((leg) =>
    leg.pluginEnabled === false && leg.status !== "missing" ? { ...leg, status: "no-plugin" } : leg,
  );
}

/** The functions of the legs in each state, in stool order. */
export function legSummary(legs: readonly LegView[]): Record<LegStatus, SalesFunction[]> {
  const of = (status: LegStatus) => legs.filter((leg) => leg.status === status).map((leg) => leg.function);
  return {
    covered: of("covered"),
    "all-paused": of("all-paused"),
    missing: of("missing"),
    "no-plugin": of("no-plugin"),
  };
}
