import type { AdminPluginDefinition, PluginHost } from "@quartet/ui";
import type { Accessor } from "solid-js";

/**
 * The admin parts of the plugins built into this app, in sidebar order. Each plugin package
 * exports one from `./admin` (`defineAdminPlugin`); it is added here when the plugin ships its UI.
 */
export const adminPlugins: readonly AdminPluginDefinition[] = [];

/**
 * The host the shell and slots consult. Until sign-in exists, a plugin counts as enabled when
 * the server reports it installed, and every permission is granted.
 */
export function createPluginHost(installedIds: Accessor<readonly string[]>): PluginHost {
  return {
    plugins: () => adminPlugins,
    isEnabled: (pluginId) => installedIds().includes(pluginId),
    can: () => true,
  };
}
