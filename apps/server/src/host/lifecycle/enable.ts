import { type Actor, DomainError, hostMessages } from "@quartet/core";
import { type AnyPlugin, dependencyClosure } from "@quartet/core/plugin";
import { type MigrationSource, runMigrations } from "@quartet/db";
import { parseSubmittedSettings } from "../settings.ts";
import { installedPlugin, type LifecycleDeps, lifecycleContext, migrationSourceOf } from "./deps.ts";

/** Thrown inside the enable transaction to remember which plugin's hook failed. */
class HookFailure extends Error {
  constructor(
    readonly plugin: AnyPlugin,
    readonly original: unknown,
  ) {
    super((original as Error)?.message ?? String(original));
  }
}

/**
 * Enables a plugin for one organisation with everything it depends on: checks that their
 * migrations stay inside their prefixes (before any of them runs), migrates their tables, runs
 * every `onEnable` in one transaction, then records them as enabled. A hook that throws rolls
 * the whole transaction back and leaves that plugin `failed`.
 */
export async function enablePlugin(
  deps: LifecycleDeps,
  input: { orgId: string; pluginId: string; actor: Actor; settings?: unknown },
): Promise<{ enabled: string[] }> {
  installedPlugin(deps, input.pluginId);
  const enabled = await deps.installations.enabledIds(input.orgId);
  const toEnable = dependencyClosure(deps.registry.plugins, input.pluginId).filter((p) => !enabled.has(p.id));
  if (toEnable.length === 0) return { enabled: [] };

  const settings = new Map<string, unknown>();
  for (const plugin of toEnable) {
    const stored = (await deps.installations.get(input.orgId, plugin.id))?.settings;
    const raw = plugin.id === input.pluginId && input.settings !== undefined ? input.settings : stored;
    settings.set(plugin.id, parseSubmittedSettings(plugin, raw ?? {}));
  }

  const sources = new Map<AnyPlugin, MigrationSource | null>();
  for (const plugin of toEnable) {
    try {
      sources.set(plugin, migrationSourceOf(plugin));
    } catch (error) {
      await markFailed(deps, input.orgId, plugin, error);
      throw error;
    }
  }

  const handle = await deps.orgHandle(input.orgId);
  for (const plugin of toEnable) {
    const source = sources.get(plugin);
    try {
      if (source) await runMigrations(handle, [source]);
    } catch (error) {
      await markFailed(deps, input.orgId, plugin, error);
      throw new DomainError("PRECONDITION_FAILED", hostMessages.migrateFailed, {
        params: { plugin: plugin.id, error: (error as Error).message },
        cause: error,
      });
    }
  }

  const org = await deps.runtime(input.orgId);
  try {
    await org.write(input.actor, async (scope) => {
      for (const plugin of toEnable) {
        const ctx = lifecycleContext(deps, org, input.actor, plugin, settings.get(plugin.id), scope);
        try {
          await plugin.lifecycle?.onEnable?.(ctx);
        } catch (error) {
          throw new HookFailure(plugin, error);
        }
        await scope.audit({
          action: "core.plugin.enable",
          entity: "plugin",
          entityId: plugin.id,
          after: { version: plugin.version },
        });
      }
    });
  } catch (error) {
    if (!(error instanceof HookFailure)) throw error;
    await markFailed(deps, input.orgId, error.plugin, error.original);
    throw new DomainError("PRECONDITION_FAILED", hostMessages.enableFailed, {
      params: { plugin: error.plugin.id, error: error.message },
      cause: error.original,
    });
  }

  for (const plugin of toEnable) {
    await deps.installations.put(input.orgId, plugin.id, {
      state: "enabled",
      version: plugin.version,
      settings: settings.get(plugin.id),
      lastError: null,
    });
  }
  deps.logger.info({ org: input.orgId, plugins: toEnable.map((p) => p.id) }, "plugins enabled");
  return { enabled: toEnable.map((p) => p.id) };
}

async function markFailed(
  deps: LifecycleDeps,
  orgId: string,
  plugin: AnyPlugin,
  error: unknown,
): Promise<void> {
  const message = (error as Error)?.message ?? String(error);
  deps.logger.error({ org: orgId, plugin: plugin.id, err: error }, "plugin failed to enable");
  await deps.installations.put(orgId, plugin.id, {
    state: "failed",
    version: plugin.version,
    lastError: message,
  });
}
