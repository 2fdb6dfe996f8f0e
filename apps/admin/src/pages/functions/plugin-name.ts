import type { AppI18n } from "../../i18n/index.ts";
import type { PluginOverview } from "../../lib/api-types.ts";

/** A plugin's name in the current language, or its id when it is not in the list. */
export function pluginName(i18n: AppI18n, plugins: readonly PluginOverview[], id: string): string {
  const plugin = plugins.find((p) => p.id === id);
  return plugin ? i18n.localized(plugin.name) : id;
}

/** Names of several plugins, joined: «Звонки, Формы». */
export function pluginNames(
  i18n: AppI18n,
  plugins: readonly PluginOverview[],
  ids: readonly string[],
): string {
  return ids.map((id) => pluginName(i18n, plugins, id)).join(", ");
}
