import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./client.ts";
import {
  controlMigrations,
  coreMigrations,
  type MigrationSource,
  migrationsTableName,
  runMigrations,
} from "./migrate.ts";
import { tempDir } from "./test-temp-dir.ts";

const opened: DatabaseHandle[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
});

async function freshDatabase(): Promise<DatabaseHandle> {
  const dir = tempDir("migrate");
  const handle = await openDatabase({ url: `file:${join(dir, "org.db")}` });
  opened.push(handle);
  return handle;
}

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await handle.client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  return result.rows.map((row) => String(row.name));
}

/** A plugin's migrations folder generated before core's newest migration. */
function olderPluginFolder(): MigrationSource {
  const coreJournal = JSON.parse(readFileSync(join(coreMigrations.folder, "meta", "_journal.json"), "utf8"));
  const coreNewest = Math.max(...coreJournal.entries.map((entry: { when: number }) => entry.when));
  const folder = tempDir("plugin-migrations");
  mkdirSync(join(folder, "meta"));
  const entry = {
    idx: 0,
    version: "6",
    when: coreNewest - 86_400_000,
    tag: "0000_widgets",
    breakpoints: true,
  };
  writeFileSync(
    join(folder, "meta", "_journal.json"),
    JSON.stringify({ version: "7", dialect: "sqlite", entries: [entry] }),
  );
  writeFileSync(
    join(folder, "0000_widgets.sql"),
    "CREATE TABLE `acme_widgets` (`id` text PRIMARY KEY NOT NULL);",
  );
  return { owner: "acme-widgets", folder };
}

describe("migrationsTableName", () => {
  it("gives each owner its own SQL-safe table", () => {
    expect(migrationsTableName("core")).toBe("__migrations_core");
    expect(migrationsTableName("first-sale")).toBe("__migrations_first_sale");
  });
});

describe("runMigrations", () => {
  it("creates the core tables, and is a no-op the second time", async () => {
    const handle = await freshDatabase();
    await runMigrations(handle, [coreMigrations]);
    await runMigrations(handle, [coreMigrations]);
    const tables = await tableNames(handle);
    expect(tables).toEqual(
      expect.arrayContaining(["core_outbox", "core_event_deliveries", "core_jobs", "core_audit_log"]),
    );
    const applied = await handle.client.execute("SELECT count(*) AS n FROM __migrations_core");
    const journal = JSON.parse(readFileSync(join(coreMigrations.folder, "meta/_journal.json"), "utf8"));
    expect(applied.rows[0]?.n).toBe(journal.entries.length);
  });

  it("creates the control tables", async () => {
    const handle = await freshDatabase();
    await runMigrations(handle, [controlMigrations]);
    expect(await tableNames(handle)).toEqual(
      expect.arrayContaining(["organisations", "plugin_installations", "hook_keys", "__migrations_control"]),
    );
  });

  it("applies a plugin generated before core's newest migration (STACK-NOTES trap 5)", async () => {
    const plugin = olderPluginFolder();
    const handle = await freshDatabase();
    await runMigrations(handle, [coreMigrations, plugin]);
    expect(await tableNames(handle)).toContain("acme_widgets");
    expect(await tableNames(handle)).toContain("__migrations_acme_widgets");
  });

  it("documents the trap: with one shared migrations table that plugin is skipped silently", async () => {
    const plugin = olderPluginFolder();
    const handle = await freshDatabase();
    await migrate(handle.db, { migrationsFolder: coreMigrations.folder, migrationsTable: "__shared" });
    await migrate(handle.db, { migrationsFolder: plugin.folder, migrationsTable: "__shared" });
    expect(await tableNames(handle)).not.toContain("acme_widgets");
  });
});
