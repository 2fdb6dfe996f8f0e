import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Client, createClient } from "@libsql/client";
import type { AnyPlugin } from "@quartet/core/plugin";
import {
  controlDatabaseUrl,
  controlMigrations,
  coreMigrations,
  filePathOf,
  type MigrationSource,
} from "@quartet/db";
import type { ServerConfig } from "../../../config.ts";

/** One database of the instance, as the ops commands (doctor, backup) visit it. */
export type InstanceDatabase = {
  kind: "control" | "organisation";
  /** The organisation's id, slug and name; empty for the control database. */
  org: { id: string; slug: string; name: string } | null;
  url: string;
  authToken: string | null;
  /** The file of an embedded database; null on a libSQL server. */
  path: string | null;
  /** Whose migrations it carries: control, or core then the enabled plugins with tables. */
  sources: MigrationSource[];
};

/** Opens a database for reading without creating it or migrating it (the host would do both). */
export function openForReading(database: Pick<InstanceDatabase, "url" | "authToken">): Client {
  return createClient({
    url: database.url,
    ...(database.authToken ? { authToken: database.authToken } : {}),
  });
}

/** A database file to open by path (a copy in a backup, a restored file). */
export const localFile = (path: string) => ({ url: pathToFileURL(path).href, authToken: null });

/** The control database of the configuration, not opened yet. */
export function controlDatabase(config: ServerConfig): InstanceDatabase {
  const url = config.controlDbUrl ?? controlDatabaseUrl(config.dataDir);
  return {
    kind: "control",
    org: null,
    url,
    authToken: config.controlDbAuthToken,
    path: filePathOf(url),
    sources: [controlMigrations],
  };
}

/** True when the database is reachable without creating it: a remote URL, or a file that exists. */
export const databaseExists = (database: InstanceDatabase): boolean =>
  database.path === null || existsSync(database.path);

/**
 * Every organisation the control database knows, with the migrations its database should carry
 * (core, then each enabled plugin that has tables).
 */
export async function organisationDatabases(
  control: Client,
  plugins: readonly AnyPlugin[],
): Promise<InstanceDatabase[]> {
  const orgs = await control.execute(
    "SELECT id, slug, name, db_url, db_auth_token FROM organisations ORDER BY created_at",
  );
  const enabled = await control.execute(
    "SELECT org_id, plugin_id FROM plugin_installations WHERE state = 'enabled'",
  );
  return orgs.rows.map((row) => {
    const id = String(row.id);
    const on = new Set(enabled.rows.filter((e) => e.org_id === id).map((e) => String(e.plugin_id)));
    const pluginSources = plugins
      .filter((plugin) => on.has(plugin.id) && plugin.db)
      .map((plugin) => ({ owner: plugin.id, folder: plugin.db?.migrationsFolder ?? "" }));
    const url = String(row.db_url);
    return {
      kind: "organisation" as const,
      org: { id, slug: String(row.slug), name: String(row.name) },
      url,
      authToken: row.db_auth_token === null ? null : String(row.db_auth_token),
      path: filePathOf(url),
      sources: [coreMigrations, ...pluginSources],
    };
  });
}
