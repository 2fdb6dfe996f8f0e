import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../client.ts";
import { coreMigrations, runMigrations } from "../migrate.ts";
import { tempDir } from "../test-temp-dir.ts";

const opened: DatabaseHandle[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
});

// Core's migrations up to and including `last` (the journal cut there), as a folder of their own.
function coreUpTo(last: number) {
  const folder = tempDir("core-migrations");
  cpSync(coreMigrations.folder, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  journal.entries = journal.entries.filter((entry: { idx: number }) => entry.idx <= last);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { owner: "core", folder };
}

const client = (id: string, name: string, normalized: string, merged: string | null = null) => ({
  sql: `INSERT INTO core_clients (id, kind, name, name_normalized, phones, emails, tags, custom_fields, stage, tier,
        merged_into_id, created_by, created_at, updated_at)
        VALUES (?, 'company', ?, ?, '[]', '[]', '[]', '{}', 'prospect', 'standard', ?, 'usr_1', 1, 1)`,
  args: [id, name, normalized, merged],
});

describe("org migration 0016 (search and storage) on an existing database", () => {
  it("keeps every key and tag, makes their tables WITHOUT ROWID and fills the search index from them", async () => {
    const handle = await openDatabase({ url: `file:${join(tempDir("upgrade-0016"), "org.db")}` });
    opened.push(handle);
    await runMigrations(handle, [coreUpTo(15)]);
    await handle.client.batch([
      client("cli_a", "ООО «Ромашка»", "ромашка"),
      client("cli_b", "Лютик", "лютик", "cli_a"),
      "INSERT INTO core_client_keys VALUES ('phone', '+74950000123', 'cli_a'), ('email', 'ivanov@mail.ru', 'cli_a'), ('inn', '7707083893', 'cli_a')",
      "INSERT INTO core_client_tags VALUES ('опт', 'cli_a'), ('vip', 'cli_a')",
    ]);

    await runMigrations(handle, [coreMigrations]);

    const { rows: keys } = await handle.client.execute("SELECT kind, value FROM core_client_keys ORDER BY 1");
    expect(keys.map((r) => [r.kind, r.value])).toEqual([
      ["email", "ivanov@mail.ru"],
      ["inn", "7707083893"],
      ["phone", "+74950000123"],
    ]);
    const { rows: tags } = await handle.client.execute("SELECT tag FROM core_client_tags ORDER BY 1");
    expect(tags.map((r) => r.tag)).toEqual(["vip", "опт"]);
    const { rows: schema } = await handle.client.execute(
      "SELECT name, sql FROM sqlite_schema WHERE name IN ('core_client_keys', 'core_client_tags')",
    );
    for (const row of schema) expect(String(row.sql)).toMatch(/WITHOUT ROWID$/);
    const found = async (match: string) =>
      (
        await handle.client.execute({
          sql: "SELECT c.id FROM core_client_search s JOIN core_clients c ON c.rowid = s.rowid WHERE core_client_search MATCH ?",
          args: [match],
        })
      ).rows.map((r) => r.id);
    expect(await found('keys : "000012"')).toEqual(["cli_a"]);
    expect(await found('keys : "ov@mail"')).toEqual(["cli_a"]);
    expect(await found('name : "РОМАШ"')).toEqual(["cli_a"]);
    expect(await found('name : "лютик"')).toEqual([]); // merged: not searchable
  });

  it("drops a deleted client's search row with it", async () => {
    const handle = await openDatabase({ url: `file:${join(tempDir("search-delete"), "org.db")}` });
    opened.push(handle);
    await runMigrations(handle, [coreMigrations]);
    await handle.client.batch([
      client("cli_a", "Ромашка", "ромашка"),
      "INSERT INTO core_client_search (rowid, name, keys) SELECT rowid, name_normalized, '' FROM core_clients",
      "DELETE FROM core_clients WHERE id = 'cli_a'",
    ]);
    const { rows } = await handle.client.execute(
      "SELECT count(*) AS n FROM core_client_search WHERE core_client_search MATCH 'ромашка'",
    );
    expect(rows[0]?.n).toBe(0);
  });
});
