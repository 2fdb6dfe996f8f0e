import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import type { Client } from "@libsql/client";
import type { MigrationSource } from "@quartet/db";
import { appliedStamps, readJournal } from "./journal.ts";
import { migrationGap } from "./migration-gap.ts";

/** One database copied into a backup: where, its checksum, its rows per table and newest migration per owner. */
export type BackedUpDatabase = {
  kind: "control" | "organisation";
  org: { id: string; slug: string; name: string } | null;
  /** Relative to the backup directory: `control.db`, `orgs/<id>.db`. */
  file: string;
  sha256: string;
  bytes: number;
  tables: Record<string, number>;
  migrations: Record<string, string | null>;
};

/** A file copied as it is (the cookie secret, uploaded imports). */
export type BackedUpFile = { file: string; sha256: string; bytes: number };

/** `manifest.json` of a backup; written last, so a backup without it is unfinished. */
export type BackupManifest = {
  format: 1;
  /** The version of Quartet that wrote it. */
  quartet: string;
  createdAt: string;
  databases: BackedUpDatabase[];
  files: BackedUpFile[];
};

/** The manifest's file name inside a backup directory. */
export const manifestName = "manifest.json";

/** The hex SHA-256 of a file. */
export const sha256Of = (path: string): string =>
  createHash("sha256").update(readFileSync(path)).digest("hex");

/** A file's entry: checksum and size. */
export const fileEntry = (path: string, file: string): BackedUpFile => ({
  file,
  sha256: sha256Of(path),
  bytes: statSync(path).size,
});

/** Rows per table of a database (migrations tables included), by name. */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    counts[name] = Number((await client.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0]?.n ?? 0);
  }
  return counts;
}

/** The newest applied migration of each owner, by its tag. */
export async function migrationTags(
  client: Client,
  sources: readonly MigrationSource[],
): Promise<Record<string, string | null>> {
  const tags: Record<string, string | null> = {};
  for (const source of sources)
    tags[source.owner] = migrationGap(
      readJournal(source.folder),
      await appliedStamps(client, source),
    ).current;
  return tags;
}
