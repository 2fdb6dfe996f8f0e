import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { silentLogger } from "@quartet/core";
import { afterEach, describe, expect, it } from "vitest";
import { checkDatabase } from "../../src/cli/commands/ops/check-database.ts";
import {
  controlDatabase,
  localFile,
  openForReading,
  organisationDatabases,
} from "../../src/cli/commands/ops/instance.ts";
import { readJournal } from "../../src/cli/commands/ops/journal.ts";
import { type BackupManifest, tableCounts } from "../../src/cli/commands/ops/manifest.ts";
import { restoreCommand } from "../../src/cli/commands/restore.ts";
import { loadConfig } from "../../src/config.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { tempDir } from "../support/quartet-cli.ts";
import { createTestHost } from "../support/test-host.ts";
import { expectBackfilled, seedBeforeBackfills } from "./upgrade-backfills.ts";

// Every released schema kept as a `quartet backup` (see fixtures/schemas/generate.ts).
const schemasDir = fileURLToPath(new URL("../fixtures/schemas/", import.meta.url));
const fixtures = readdirSync(schemasDir).filter((name) =>
  existsSync(join(schemasDir, name, "manifest.json")),
);

// Values a user would miss, read with plain SQL so the same query works before and after.
async function keyValues(path: string) {
  const db = openForReading(localFile(path));
  try {
    const one = async (sql: string) =>
      (await db.execute(sql)).rows.map((row) => Object.values(row).join(" | "));
    return {
      clients: await one("SELECT name, inn, stage FROM core_clients ORDER BY id"),
      payments: await one(
        "SELECT count(*), sum(amount_minor), min(paid_on), max(paid_on) FROM core_payments",
      ),
      orderLines: await one("SELECT count(*), sum(quantity), sum(total_minor) FROM core_order_lines"),
      deals: await one("SELECT id, title, status, amount_minor FROM first_sale_deals ORDER BY id"),
    };
  } finally {
    db.close();
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("upgrading a database of every released schema", () => {
  it("has at least today's fixture", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)(
    "%s upgrades to the current migrations with nothing lost",
    { timeout: 300_000 },
    async (name) => {
      const fixture = join(schemasDir, name);
      const manifest = JSON.parse(readFileSync(join(fixture, "manifest.json"), "utf8")) as BackupManifest;
      const dataDir = tempDir("upgrade");
      dirs.push(dataDir);
      const config = { ...loadConfig({}), dataDir };
      await restoreCommand(config, "en", [fixture], {});
      const path = (file: string) => join(dataDir, file);
      const before = new Map(
        await Promise.all(
          manifest.databases
            .filter((d) => d.org)
            .map(async (d) => [d.file, await keyValues(path(d.file))] as const),
        ),
      );

      // Old-style rows for the migrations that move data (backfills), added to the restored files.
      const added = new Map<string, Record<string, number>>();
      for (const d of manifest.databases)
        if (d.org) added.set(d.file, await seedBeforeBackfills(path(d.file)));

      const t = await createTestHost({ plugins: installedPlugins, dataDir, logger: silentLogger });
      for (const database of manifest.databases) if (database.org) await t.host.orgs.get(database.org.id);
      await t.host.close();

      const control = controlDatabase(config);
      const client = openForReading(control);
      const databases = [control, ...(await organisationDatabases(client, installedPlugins))];
      client.close();
      for (const entry of manifest.databases) {
        const database = databases.find((d) => (d.org?.id ?? null) === (entry.org?.id ?? null));
        if (!database?.path) throw new Error(`${entry.file} is not in the upgraded instance`);
        const db = openForReading(database);
        const report = await checkDatabase(db, database.path, database.sources);
        const counts = await tableCounts(db);
        db.close();
        // Every migration of this build applied, nothing damaged or dangling.
        expect(report.findings, entry.file).toEqual([]);
        for (const source of database.sources)
          expect(report.migrations).toContain(`${source.owner} ${readJournal(source.folder).at(-1)?.tag}`);
        // Every row of every table is still there (a migration that moves rows must say so here).
        for (const [table, rows] of Object.entries(entry.tables)) {
          if (table.startsWith("__migrations_")) expect(counts[table], table).toBeGreaterThanOrEqual(rows);
          else
            expect(counts[table], `${entry.file}: ${table}`).toBe(
              rows + (added.get(entry.file)?.[table] ?? 0),
            );
        }
        if (entry.org) expect(await keyValues(database.path)).toEqual(before.get(entry.file));
        if (entry.org) await expectBackfilled(database.path, added.get(entry.file) ?? {});
      }
    },
  );
});
