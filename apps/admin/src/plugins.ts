import farming from "@quartet/farming/admin";
import firstSale from "@quartet/first-sale/admin";
import prospecting from "@quartet/prospecting/admin";
import type { AdminPluginDefinition, PluginHost } from "@quartet/ui";
import vip from "@quartet/vip/admin";
import type { Me } from "./lib/api-types.ts";
import { can } from "./lib/permissions.ts";
import { pluginNameOf } from "./shell/plugin-name.ts";

/**
 * The admin parts of the plugins built into this app, in sidebar order. Each plugin package
 * exports one from `./admin` (`defineAdminPlugin`); it is added here when the plugin ships its UI.
 */
export const adminPlugins: readonly AdminPluginDefinition[] = [prospecting, firstSale, farming, vip];

/**
 * The host the shell and slots consult: a plugin's parts show when the tab's organisation has
 * enabled it, and an entry with a permission only to those who hold it (`core.me`); a plugin is
 * named by its sidebar label.
 */
export function createPluginHost(me: () => Me | undefined): PluginHost {
  return {
    plugins: () => adminPlugins,
    isEnabled: (pluginId) => me()?.enabledPlugins.includes(pluginId) ?? false,
    can: (permission) => can(me()?.permissions, permission),
    pluginName: (pluginId) => pluginNameOf(adminPlugins, pluginId),
  };
}
