import type { Actor, Clock, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import { DomainError, hostMessages } from "@quartet/core";
import type { AnyPlugin, LifecycleContext } from "@quartet/core/plugin";
import type { DatabaseHandle, MigrationSource } from "@quartet/db";
import type { HookKeyStore } from "../hook-keys.ts";
import type { InstallationStore } from "../installations.ts";
import type { PluginRegistry } from "../registry.ts";
import { guardMigrations } from "./migration-guard.ts";

/** What the lifecycle operations need from the host. */
export type LifecycleDeps = {
  registry: PluginRegistry;
  installations: InstallationStore;
  hookKeys: HookKeyStore;
  orgHandle(orgId: string): Promise<DatabaseHandle>;
  runtime(orgId: string): Promise<OrgRuntime>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
};

/** The installed plugin with this id, or NOT_FOUND. */
export function installedPlugin(deps: LifecycleDeps, pluginId: string): AnyPlugin {
  const plugin = deps.registry.get(pluginId);
  if (!plugin)
    throw new DomainError("NOT_FOUND", hostMessages.pluginNotInstalled, { params: { plugin: pluginId } });
  return plugin;
}

/**
 * The migrations folder of a plugin, under its own migrations table. Refused (PRECONDITION_FAILED)
 * when a migration touches a table outside the plugin's prefix, so none of them runs.
 */
export function migrationSourceOf(plugin: AnyPlugin): MigrationSource | null {
  guardMigrations(plugin);
  return plugin.db ? { owner: plugin.id, folder: plugin.db.migrationsFolder } : null;
}

/** Builds the context a lifecycle hook receives. */
export function lifecycleContext(
  deps: LifecycleDeps,
  org: OrgRuntime,
  actor: Actor,
  plugin: AnyPlugin,
  settings: unknown,
  scope: LifecycleContext["scope"],
): LifecycleContext {
  const base = { org, actor, clock: deps.clock, logger: deps.logger.child({ plugin: plugin.id }), settings };
  return { ...deps.serviceContext(base), scope };
}
