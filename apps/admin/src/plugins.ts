import { loadAdminPlugins } from "@quartet/core/config";
import type { AdminPluginDefinition, PluginHost } from "@quartet/ui";
import config from "../../../quartet.config.ts";
import type { Me } from "./lib/api-types.ts";
import { can } from "./lib/permissions.ts";
import { pluginNameOf } from "./shell/plugin-name.ts";

/**
 * The admin parts of the plugins `quartet.config.ts` installs, in sidebar order (plugins without a
 * UI have none). Each plugin package exports one as the default of `./admin` (`defineAdminPlugin`).
 */
export const adminPlugins: readonly AdminPluginDefinition[] =
  await loadAdminPlugins<AdminPluginDefinition>(config);

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
