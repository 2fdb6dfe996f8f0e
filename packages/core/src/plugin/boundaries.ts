import type { AnyTRPCRouter } from "@trpc/server";
import { getTableName, isTable, type Table } from "drizzle-orm";
import type { AnyPlugin } from "./define-plugin.ts";
import { ManifestError } from "./graph.ts";
import { supportedVersionsProblem } from "./supported-versions.ts";

/**
 * The prefix every table, index, view and trigger of a plugin carries: its id with `-` as `_`,
 * then `_` (`first-sale` → `first_sale_`). Core's tables start with `core_`, so no plugin id
 * (never `core`) can reach them by its prefix.
 */
export function tablePrefixOf(pluginId: string): string {
  return `${pluginId.replace(/-/g, "_")}_`;
}

/** Whether a table (or index, view, trigger) name belongs to the plugin; SQLite names ignore case. */
export function ownsTable(pluginId: string, name: string): boolean {
  return name.toLowerCase().startsWith(tablePrefixOf(pluginId));
}

/** The names of the drizzle tables a plugin's `db.schema` declares. */
export function declaredTableNames(plugin: AnyPlugin): string[] {
  return Object.values(plugin.db?.schema ?? {})
    .filter((value) => isTable(value))
    .map((table) => getTableName(table as Table));
}

// Semantic versioning 2.0.0, the pattern the specification recommends.
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Whether `version` is a semantic version (`1.4.0`, `2.0.0-rc.1`). */
export function isSemver(version: unknown): boolean {
  return typeof version === "string" && semver.test(version);
}

/**
 * Refuses a manifest that crosses its boundaries: a version that is not semver, supported Quartet
 * versions (`quartet`) that leave this one out or are no semver range, a table outside its prefix in
 * `db.schema`, or a procedure in its router built for another plugin (`pluginProcedure("prospecting",
 * …)` in farming's router would hand out prospecting's settings).
 */
export function validateBoundaries(plugin: AnyPlugin): void {
  const fail = (why: string) => {
    throw new ManifestError(`Plugin "${plugin.id}" ${why}`, [plugin.id]);
  };
  if (!isSemver(plugin.version))
    fail(`has version "${String(plugin.version)}": a semantic version (e.g. 1.0.0) is required`);
  const unsupported = supportedVersionsProblem(plugin.quartet);
  if (unsupported) fail(unsupported);
  const prefix = tablePrefixOf(plugin.id);
  for (const name of declaredTableNames(plugin)) {
    if (!ownsTable(plugin.id, name))
      fail(`declares table "${name}" outside its prefix: its tables must start with "${prefix}"`);
  }
  for (const [path, owner] of procedureOwners(plugin.router)) {
    if (owner !== undefined && owner !== plugin.id)
      fail(
        `has procedure "${path}" built with pluginProcedure("${owner}", …): use its own id "${plugin.id}"`,
      );
  }
}

/** Each procedure of a router with the plugin its `pluginProcedure` named (undefined for core's). */
export function procedureOwners(router: AnyTRPCRouter | undefined): [string, string | undefined][] {
  if (!router) return [];
  const procedures = router._def.procedures as Record<string, { _def: { meta?: { plugin?: string } } }>;
  return Object.entries(procedures).map(([path, procedure]) => [path, procedure._def.meta?.plugin]);
}
