import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { type MigrationSource, migrationsTableName } from "@quartet/db";
import type { JournalEntry } from "./migration-gap.ts";

/** The migrations a drizzle-kit folder ships, from its `meta/_journal.json`, oldest first. */
export function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/** The stamps recorded in an owner's migrations table; none when the table does not exist yet. */
export async function appliedStamps(client: Client, source: MigrationSource): Promise<number[]> {
  const table = migrationsTableName(source.owner);
  const exists = await client.execute({
    sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
    args: [table],
  });
  if (exists.rows.length === 0) return [];
  const rows = await client.execute(`SELECT created_at FROM "${table}"`);
  return rows.rows.map((row) => Number(row.created_at));
}
