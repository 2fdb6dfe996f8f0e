import type { Actor, Locale } from "@quartet/core";
import type { LifecycleDeps } from "./deps.ts";
import { describePlugins, updateSettings } from "./describe.ts";
import { disablePlugin } from "./disable.ts";
import { enablePlugin } from "./enable.ts";
import { purgePreview, uninstallPlugin } from "./purge.ts";

export type { PluginOverview } from "./describe.ts";
export type { PurgePreview } from "./purge.ts";

/** Plugin lifecycle per organisation: enable, disable, uninstall, purge, settings. */
export function createLifecycle(deps: LifecycleDeps) {
  return {
    enable: (orgId: string, pluginId: string, actor: Actor, settings?: unknown) =>
      enablePlugin(deps, { orgId, pluginId, actor, settings }),
    disable: (orgId: string, pluginId: string, actor: Actor, options: { cascade?: boolean } = {}) =>
      disablePlugin(deps, { orgId, pluginId, actor, ...options }),
    uninstall: (
      orgId: string,
      pluginId: string,
      actor: Actor,
      options: { cascade?: boolean; purge?: boolean } = {},
    ) => uninstallPlugin(deps, { orgId, pluginId, actor, ...options }),
    purgePreview: (orgId: string, pluginId: string) => purgePreview(deps, { orgId, pluginId }),
    updateSettings: (orgId: string, pluginId: string, actor: Actor, settings: unknown) =>
      updateSettings(deps, { orgId, pluginId, actor, settings }),
    describe: (orgId: string, locale?: Locale) => describePlugins(deps, orgId, locale),
  };
}

/** The lifecycle's type. */
export type Lifecycle = ReturnType<typeof createLifecycle>;
