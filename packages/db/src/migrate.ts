import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { DatabaseHandle } from "./client.ts";

/** One package's drizzle-kit migrations: `owner` is `core`, `control` or a plugin id. */
export type MigrationSource = { owner: string; folder: string };

/**
 * The migrations table of one owner, e.g. `__migrations_first_sale`. Each owner needs its own:
 * drizzle applies only migrations newer than the newest one recorded in the table, so owners
 * sharing a table skip each other's older migrations without a word.
 */
export function migrationsTableName(owner: string): string {
  return `__migrations_${owner.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** The control database's migrations. */
export const controlMigrations: MigrationSource = {
  owner: "control",
  folder: fileURLToPath(new URL("../migrations/control", import.meta.url)),
};

/** The core tables of every organisation database; they run before any plugin's. */
export const coreMigrations: MigrationSource = {
  owner: "core",
  folder: fileURLToPath(new URL("../migrations/org", import.meta.url)),
};

/**
 * Applies each source's pending migrations in the given order (core first, then plugins in
 * dependency order), each with its own migrations table, under the handle's write lock. Sources
 * already at their newest migration are left alone (`pendingSources`): opening an up-to-date
 * database reads one row and writes nothing.
 */
export async function runMigrations(
  handle: DatabaseHandle,
  sources: readonly MigrationSource[],
): Promise<void> {
  await handle.lock.run(async () => {
    for (const source of await pendingSources(handle, sources)) {
      await migrate(handle.db, {
        migrationsFolder: source.folder,
        migrationsTable: migrationsTableName(source.owner),
      });
    }
  });
}

/**
 * The sources whose newest recorded migration is older than their journal's newest, in the given
 * order, found with one SELECT of every migrations table's newest `created_at`. Drizzle applies
 * exactly the migrations newer than that row, so a source at (or past) its journal's newest has
 * nothing to apply and skips drizzle's cost: reading and hashing every migration file, creating
 * its table if missing and committing an empty write transaction. A database restored from an
 * older backup records an older newest migration, so it migrates on its next open. When the
 * SELECT fails (a new database has no migrations tables yet) every source goes through drizzle,
 * which creates them — and meets any other failure again, to report it.
 */
export async function pendingSources(
  handle: DatabaseHandle,
  sources: readonly MigrationSource[],
): Promise<MigrationSource[]> {
  if (sources.length === 0) return [];
  const columns = sources.map(
    (source, i) => `(SELECT max(created_at) FROM "${migrationsTableName(source.owner)}") AS "${i}"`,
  );
  let row: Record<string, unknown> | undefined;
  try {
    row = (await handle.client.execute(`SELECT ${columns.join(", ")}`)).rows[0];
  } catch {
    return [...sources];
  }
  return sources.filter((source, i) => {
    const recorded = row?.[String(i)];
    return recorded == null || Number(recorded) < newestMigrationOf(source.folder);
  });
}

// Each folder's journal, read once per process: a running server's migration files do not change.
const newestByFolder = new Map<string, number>();

/** The `when` of a drizzle-kit migrations folder's newest migration, by its journal (0 when empty). */
export function newestMigrationOf(folder: string): number {
  let newest = newestByFolder.get(folder);
  if (newest === undefined) {
    const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
      entries: { when: number }[];
    };
    newest = Math.max(0, ...journal.entries.map((entry) => entry.when));
    newestByFolder.set(folder, newest);
  }
  return newest;
}
