import { type Actor, DomainError, hostMessages } from "@quartet/core";
import { type AnyPlugin, declaredTableNames, ownsTable } from "@quartet/core/plugin";
import { migrationsTableName, writeTransaction } from "@quartet/db";
import { eventDeliveries, jobs } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";
import { installedPlugin, type LifecycleDeps } from "./deps.ts";
import { disablePlugin } from "./disable.ts";

/** What a purge would delete: each table of the plugin with its row count. */
export type PurgePreview = { pluginId: string; tables: { name: string; rows: number }[]; hookKeys: number };

/**
 * Names of the plugin's own tables: the ones its drizzle schema declares that carry its prefix.
 * Boot refuses a schema with any other, and purge never drops one even so.
 */
export function pluginTableNames(plugin: AnyPlugin): string[] {
  return declaredTableNames(plugin).filter((name) => ownsTable(plugin.id, name));
}

async function existingTables(deps: LifecycleDeps, orgId: string, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const handle = await deps.orgHandle(orgId);
  const rows = await handle.client.execute("SELECT name FROM sqlite_master WHERE type = 'table'");
  const present = new Set(rows.rows.map((row) => String(row.name)));
  return names.filter((name) => present.has(name));
}

/** Counts what purging the plugin in this organisation would delete. */
export async function purgePreview(
  deps: LifecycleDeps,
  input: { orgId: string; pluginId: string },
): Promise<PurgePreview> {
  const plugin = installedPlugin(deps, input.pluginId);
  const handle = await deps.orgHandle(input.orgId);
  const tables = [];
  for (const name of await existingTables(deps, input.orgId, pluginTableNames(plugin))) {
    const result = await handle.client.execute(`SELECT COUNT(*) AS n FROM "${name}"`);
    tables.push({ name, rows: Number(result.rows[0]?.n ?? 0) });
  }
  const hookKeys = await deps.hookKeys.count(input.orgId, plugin.id);
  return { pluginId: plugin.id, tables, hookKeys };
}

/**
 * Uninstalls a plugin from one organisation. Data stays unless `purge` is set; a purge
 * drops only this plugin's tables and migrations table in this organisation's database,
 * its job and delivery rows, and its hook keys.
 */
export async function uninstallPlugin(
  deps: LifecycleDeps,
  input: { orgId: string; pluginId: string; actor: Actor; cascade?: boolean; purge?: boolean },
): Promise<{ uninstalled: string[]; purged: PurgePreview | null }> {
  const plugin = installedPlugin(deps, input.pluginId);
  const { disabled } = await disablePlugin(deps, { ...input, state: "uninstalled" });
  if (!input.purge) return { uninstalled: disabled, purged: null };
  const installation = await deps.installations.get(input.orgId, plugin.id);
  if (installation?.state === "enabled") {
    throw new DomainError("CONFLICT", hostMessages.stillEnabled, { params: { plugin: plugin.id } });
  }
  const preview = await purgePreview(deps, input);
  const handle = await deps.orgHandle(input.orgId);
  const migrationsTable = migrationsTableName(plugin.id);
  await writeTransaction(handle, async (tx) => {
    await tx.run(sql`PRAGMA defer_foreign_keys = ON`);
    for (const table of [...preview.tables].reverse())
      await tx.run(sql.raw(`DROP TABLE IF EXISTS "${table.name}"`));
    await tx.run(sql.raw(`DROP TABLE IF EXISTS "${migrationsTable}"`));
    await tx.delete(jobs).where(eq(jobs.pluginId, plugin.id));
    await tx.delete(eventDeliveries).where(eq(eventDeliveries.pluginId, plugin.id));
  });
  const org = await deps.runtime(input.orgId);
  await org.write(input.actor, (scope) =>
    scope.audit({ action: "core.plugin.purge", entity: "plugin", entityId: plugin.id, before: preview }),
  );
  await deps.hookKeys.removeAll(input.orgId, plugin.id);
  await deps.installations.remove(input.orgId, plugin.id);
  deps.logger.warn({ org: input.orgId, plugin: plugin.id, tables: preview.tables }, "plugin purged");
  return { uninstalled: disabled, purged: preview };
}
