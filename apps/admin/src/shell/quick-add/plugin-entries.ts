import type { PluginHost, QuickAddEntry } from "@quartet/ui";

/** A "+" menu entry of a plugin, with the plugin it comes from. */
export type PluginQuickAdd = QuickAddEntry & { pluginId: string };

/** The "+" entries of the plugins the organisation enabled, those the user may use, in the plugins' order. */
export function pluginQuickAdds(host: PluginHost): PluginQuickAdd[] {
  return host
    .plugins()
    .filter((plugin) => host.isEnabled(plugin.id))
    .flatMap((plugin) => (plugin.quickAdd ?? []).map((entry) => ({ ...entry, pluginId: plugin.id })))
    .filter((entry) => host.can(entry.permission));
}
