import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "./client.ts";
import {
  controlMigrations,
  coreMigrations,
  type MigrationSource,
  migrationsTableName,
  newestMigrationOf,
  pendingSources,
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

/** A migrations folder of owner `acme` holding the first `count` of two migrations (a table each). */
function acmeFolder(count: 1 | 2): MigrationSource {
  const folder = tempDir("acme-migrations");
  mkdirSync(join(folder, "meta"));
  const entries = ["0000_first", "0001_second"].slice(0, count).map((tag, idx) => {
    writeFileSync(join(folder, `${tag}.sql`), `CREATE TABLE \`acme_${tag.slice(5)}\` (\`id\` text);`);
    return { idx, version: "6", when: 1_700_000_000_000 + idx, tag, breakpoints: true };
  });
  writeFileSync(
    join(folder, "meta", "_journal.json"),
    JSON.stringify({ version: "7", dialect: "sqlite", entries }),
  );
  return { owner: "acme", folder };
}

async function openFile(file: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: `file:${file}` });
  opened.push(handle);
  return handle;
}

describe("runMigrations on a database that has migrated before", () => {
  it("reads each folder's newest migration from its journal", () => {
    expect(newestMigrationOf(acmeFolder(1).folder)).toBe(1_700_000_000_000);
    expect(newestMigrationOf(acmeFolder(2).folder)).toBe(1_700_000_000_001);
  });

  it("applies a migration newer than the database's newest", async () => {
    const handle = await freshDatabase();
    await runMigrations(handle, [coreMigrations, acmeFolder(1)]);
    expect(await tableNames(handle)).not.toContain("acme_second");
    await runMigrations(handle, [coreMigrations, acmeFolder(2)]);
    expect(await tableNames(handle)).toEqual(expect.arrayContaining(["acme_first", "acme_second"]));
    expect(await pendingSources(handle, [coreMigrations, acmeFolder(2)])).toEqual([]);
  });

  it("migrates a database restored from an older backup when it is opened again", async () => {
    const file = join(tempDir("restore"), "org.db");
    const backup = `${file}.backup`;
    const first = await openFile(file);
    await runMigrations(first, [coreMigrations, acmeFolder(1)]);
    await first.close();
    copyFileSync(file, backup);
    const second = await openFile(file);
    const latest = acmeFolder(2);
    await runMigrations(second, [coreMigrations, latest]);
    await second.close();
    copyFileSync(backup, file);
    const restored = await openFile(file);
    expect(await tableNames(restored)).not.toContain("acme_second");
    expect((await pendingSources(restored, [coreMigrations, latest])).map((s) => s.owner)).toEqual(["acme"]);
    await runMigrations(restored, [coreMigrations, latest]);
    expect(await tableNames(restored)).toContain("acme_second");
  });

  it("leaves an up-to-date database alone: its migration files are not even read", async () => {
    const handle = await freshDatabase();
    const acme = acmeFolder(2);
    await runMigrations(handle, [coreMigrations, acme]);
    rmSync(join(acme.folder, "0001_second.sql"));
    await expect(runMigrations(handle, [coreMigrations, acme])).resolves.toBeUndefined();
    // Drizzle's own migrate reads (and hashes) every file each time, so it fails without one.
    await expect(
      migrate(handle.db, { migrationsFolder: acme.folder, migrationsTable: migrationsTableName("acme") }),
    ).rejects.toThrow(/0001_second/);
  });

  it("sends every source through drizzle when the database has no migrations tables yet", async () => {
    const handle = await freshDatabase();
    const sources = [coreMigrations, acmeFolder(1)];
    expect(await pendingSources(handle, sources)).toEqual(sources);
  });
});
