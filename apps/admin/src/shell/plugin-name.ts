import type { AdminPluginDefinition, LocalizedText } from "@quartet/ui";

/**
 * A plugin's name as the sidebar shows it, for the error card of a failed page or widget: the
 * label of its one sidebar entry. A plugin with several entries (or a label from the app's
 * dictionary) has no single name here, and the card then names no plugin rather than its id.
 *
 * @example pluginNameOf([farming], "farming") // { en: "Farming", ru: "Развитие" }
 */
export function pluginNameOf(
  plugins: readonly Pick<AdminPluginDefinition, "id" | "nav">[],
  pluginId: string,
): LocalizedText | undefined {
  const nav = plugins.find((plugin) => plugin.id === pluginId)?.nav ?? [];
  const only = nav.length === 1 ? nav[0]?.label : undefined;
  return typeof only === "object" ? only : undefined;
}
