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
 * dependency order), each with its own migrations table, under the handle's write lock.
 */
export async function runMigrations(
  handle: DatabaseHandle,
  sources: readonly MigrationSource[],
): Promise<void> {
  await handle.lock.run(async () => {
    for (const source of sources) {
      await migrate(handle.db, {
        migrationsFolder: source.folder,
        migrationsTable: migrationsTableName(source.owner),
      });
    }
  });
}
