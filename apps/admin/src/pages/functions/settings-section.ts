import type { LazyComponent, PluginHost } from "@quartet/ui";
import type { PluginOverview } from "../../lib/api-types.ts";

/**
 * A plugin's own settings section — its admin definition's `settingsPage` — when it declares one
 * and is enabled in the organisation (the section reads the plugin's procedures, which answer only
 * then); the settings dialog shows it below the form generated from the settings schema.
 */
export function settingsSectionOf(host: PluginHost, plugin: PluginOverview): LazyComponent | undefined {
  if (plugin.state !== "enabled") return undefined;
  return host.plugins().find((p) => p.id === plugin.id)?.settingsPage;
}
