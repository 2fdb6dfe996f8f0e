import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AnyPlugin, definePlugin, minimalManifest } from "@quartet/core/plugin";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A drizzle-kit migrations folder in a fresh temporary directory: one migration per entry, each a
 * list of statements joined by drizzle's breakpoints, with the journal that names them.
 *
 * @example migrationsFolder([["CREATE TABLE `referrals_links` (`id` text)"], ["DROP TABLE `core_tasks`"]])
 */
export function migrationsFolder(migrations: readonly (readonly string[])[]): string {
  const folder = mkdtempSync(join(tmpdir(), "quartet-migrations-"));
  mkdirSync(join(folder, "meta"));
  const entries = migrations.map((statements, idx) => {
    const tag = `${String(idx).padStart(4, "0")}_step`;
    writeFileSync(join(folder, `${tag}.sql`), statements.join("\n--> statement-breakpoint\n"));
    return { idx, version: "6", when: 1_600_000_000_000 + idx, tag, breakpoints: true };
  });
  writeFileSync(
    join(folder, "meta", "_journal.json"),
    JSON.stringify({ version: "7", dialect: "sqlite", entries }),
  );
  return folder;
}

/** A one-column drizzle table named `name`. */
export const table = (name: string) => sqliteTable(name, { id: text("id").primaryKey() });

/** A plugin with nothing but a manifest; `overrides` adds tables, a router, settings … */
export const barePlugin = (id: string, overrides: Partial<AnyPlugin> = {}): AnyPlugin =>
  definePlugin(minimalManifest(id, overrides));

/** A plugin whose tables are `tables` and whose migrations are `migrations` (see `migrationsFolder`). */
export function pluginWithMigrations(
  id: string,
  tables: readonly string[],
  migrations: readonly (readonly string[])[],
  overrides: Partial<AnyPlugin> = {},
): AnyPlugin {
  const schema = Object.fromEntries(tables.map((name) => [name, table(name)]));
  return barePlugin(id, { db: { schema, migrationsFolder: migrationsFolder(migrations) }, ...overrides });
}
