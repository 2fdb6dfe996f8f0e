import {
  type Actor,
  DomainError,
  type FieldErrors,
  hostMessages,
  type Locale,
  type LocalizedText,
  type SalesFunction,
  wordFields,
} from "@quartet/core";
import { dependentsOf } from "@quartet/core/plugin";
import { z } from "zod";
import { maskSecrets, mergeSecrets, parseSubmittedSettings, readSettings } from "../settings.ts";
import { installedPlugin, type LifecycleDeps } from "./deps.ts";

/** A plugin as the functions page shows it for one organisation. */
export type PluginOverview = {
  id: string;
  function: SalesFunction | null;
  name: LocalizedText;
  description: LocalizedText;
  adds: LocalizedText[];
  version: string;
  dependsOn: string[];
  dependents: string[];
  state: "available" | "enabled" | "disabled" | "failed" | "uninstalled";
  lastError: string | null;
  /** Field errors when stored settings no longer pass the plugin's schema. */
  misconfigured: FieldErrors | null;
  settings: unknown;
  settingsSchema: unknown;
  secretSettings: string[];
};

/** Every installed plugin with its state in this organisation, field problems worded in `locale`. */
export async function describePlugins(
  deps: LifecycleDeps,
  orgId: string,
  locale: Locale = "en",
): Promise<PluginOverview[]> {
  const rows = await deps.installations.list(orgId);
  return deps.registry.plugins.map((plugin) => {
    const row = rows.find((r) => r.pluginId === plugin.id);
    const reading = readSettings(plugin, row?.settings);
    return {
      id: plugin.id,
      function: plugin.function,
      name: plugin.name,
      description: plugin.description,
      adds: plugin.adds ?? [],
      version: plugin.version,
      dependsOn: [...plugin.dependsOn],
      dependents: dependentsOf(deps.registry.plugins, plugin.id).map((p) => p.id),
      state: row?.state ?? "available",
      lastError: row?.lastError ?? null,
      misconfigured: row && !reading.ok ? wordFields(locale, reading.fields) : null,
      settings: maskSecrets(plugin, reading.ok ? reading.value : row?.settings),
      settingsSchema: plugin.settings
        ? z.toJSONSchema(plugin.settings, { io: "input", unrepresentable: "any" })
        : null,
      secretSettings: [...(plugin.secretSettings ?? [])],
    };
  });
}

/** Validates and stores new settings; a masked secret submitted back keeps its stored value. */
export async function updateSettings(
  deps: LifecycleDeps,
  input: { orgId: string; pluginId: string; actor: Actor; settings: unknown },
): Promise<void> {
  const plugin = installedPlugin(deps, input.pluginId);
  const row = await deps.installations.get(input.orgId, plugin.id);
  if (!row)
    throw new DomainError("PRECONDITION_FAILED", hostMessages.enableFirst, { params: { plugin: plugin.id } });
  const merged = mergeSecrets(plugin, input.settings, row.settings);
  const settings = parseSubmittedSettings(plugin, merged);
  const org = await deps.runtime(input.orgId);
  await org.write(input.actor, (scope) =>
    scope.audit({
      action: "core.plugin.settings",
      entity: "plugin",
      entityId: plugin.id,
      before: maskSecrets(plugin, row.settings),
      after: maskSecrets(plugin, settings),
    }),
  );
  await deps.installations.put(input.orgId, plugin.id, { state: row.state, version: row.version, settings });
}
