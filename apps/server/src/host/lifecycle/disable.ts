import { type Actor, DomainError, hostMessages } from "@quartet/core";
import { dependentsOf } from "@quartet/core/plugin";
import type { InstallationState } from "@quartet/db/control";
import { installedPlugin, type LifecycleDeps, lifecycleContext } from "./deps.ts";

/**
 * Disables a plugin for one organisation. Refused with the list of enabled dependents
 * unless `cascade` is set, in which case they are disabled first. Never touches data; an
 * `onDisable` hook that throws is logged and recorded, and the plugin is disabled anyway.
 */
export async function disablePlugin(
  deps: LifecycleDeps,
  input: { orgId: string; pluginId: string; actor: Actor; cascade?: boolean; state?: InstallationState },
): Promise<{ disabled: string[] }> {
  const plugin = installedPlugin(deps, input.pluginId);
  const enabled = await deps.installations.enabledIds(input.orgId);
  const dependents = dependentsOf(deps.registry.plugins, plugin.id).filter((p) => enabled.has(p.id));
  if (dependents.length > 0 && !input.cascade) {
    const names = dependents.map((p) => p.id);
    throw new DomainError("CONFLICT", hostMessages.dependents, {
      params: { plugin: plugin.id, dependents: names.join(", ") },
      details: { dependents: names },
    });
  }
  const state = input.state ?? "disabled";
  const org = await deps.runtime(input.orgId);
  const done: string[] = [];
  for (const target of [...dependents.reverse(), plugin]) {
    const installation = await deps.installations.get(input.orgId, target.id);
    if (!installation) continue;
    let lastError: string | null = null;
    try {
      await org.write(input.actor, async (scope) => {
        if (installation.state === "enabled") {
          await target.lifecycle?.onDisable?.(
            lifecycleContext(deps, org, input.actor, target, installation.settings, scope),
          );
        }
        const verb = state === "uninstalled" ? "uninstall" : "disable";
        await scope.audit({ action: `core.plugin.${verb}`, entity: "plugin", entityId: target.id });
      });
    } catch (error) {
      lastError = `onDisable failed: ${(error as Error).message}`;
      deps.logger.error(
        { org: input.orgId, plugin: target.id, err: error },
        "onDisable failed; disabling anyway",
      );
    }
    await deps.installations.put(input.orgId, target.id, { state, version: target.version, lastError });
    done.push(target.id);
  }
  return { disabled: done };
}
