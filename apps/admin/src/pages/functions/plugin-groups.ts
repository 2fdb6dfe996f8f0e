import { type SalesFunction, salesFunctions } from "@quartet/ui/pure";

/** A section of the functions page: one of the four functions, or `general` for plugins serving all. */
export type GroupKey = SalesFunction | "general";

/** Plugins of one section, in the server's order. */
export type PluginGroup<P> = { key: GroupKey; plugins: P[] };

/**
 * The functions page's sections: the four functions always (an empty one says no plugin serves
 * it), then `general` when any plugin has no function.
 */
export function groupPlugins<P extends { function: SalesFunction | null }>(
  plugins: readonly P[],
): PluginGroup<P>[] {
  const groups: PluginGroup<P>[] = salesFunctions.map((fn) => ({
    key: fn,
    plugins: plugins.filter((plugin) => plugin.function === fn),
  }));
  const general = plugins.filter((plugin) => plugin.function === null);
  return general.length > 0 ? [...groups, { key: "general", plugins: general }] : groups;
}

/** The enabled plugins among `ids`, e.g. the dependents a disable would also switch off. */
export function enabledAmong<P extends { id: string; state: string }>(
  plugins: readonly P[],
  ids: readonly string[],
): P[] {
  return plugins.filter((plugin) => ids.includes(plugin.id) && plugin.state === "enabled");
}
