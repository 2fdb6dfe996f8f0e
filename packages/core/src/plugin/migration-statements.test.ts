import { describe, expect, it } from "vitest";
import { statementProblems } from "./migration-statements.ts";

describe("statementProblems: what a plugin's migration may touch", () => {
  it.each([
    ["a table of its own", "CREATE TABLE `referrals_links` (`id` text PRIMARY KEY NOT NULL)"],
    [
      "a table referencing core",
      'CREATE TABLE "referrals_links" ("client_id" text REFERENCES "core_clients"("id") ON UPDATE no action ON DELETE cascade)',
    ],
    [
      "an index on its table",
      "CREATE UNIQUE INDEX IF NOT EXISTS `referrals_links_code` ON `referrals_links` (`code`)",
    ],
    ["a column added", "ALTER TABLE `referrals_links` ADD `note` text"],
    ["a rename inside the prefix", "ALTER TABLE referrals_links RENAME TO referrals_old_links"],
    ["a column renamed", "ALTER TABLE referrals_links RENAME COLUMN code TO token"],
    ["its own table dropped", "DROP TABLE IF EXISTS `referrals_links`"],
    ["its own index dropped", "DROP INDEX `referrals_links_code`"],
    [
      "a backfill reading core",
      "INSERT INTO referrals_links (client_id) SELECT id FROM core_clients WHERE stage = 'customer'",
    ],
    [
      "an upsert",
      "INSERT INTO referrals_links (id) VALUES ('a') ON CONFLICT(id) DO UPDATE SET id = excluded.id",
    ],
    ["an update with replace()", "UPDATE `referrals_links` SET `code` = replace(`code`, ' ', '')"],
    ["the prefix in another case", "CREATE TABLE Referrals_Links (id text)"],
    ["drizzle's pragma", "PRAGMA foreign_keys=OFF"],
    ["a string naming core", "INSERT INTO referrals_links (note) VALUES ('DROP TABLE core_tasks')"],
    [
      "a comment naming core",
      "-- DROP TABLE core_tasks\nCREATE TABLE referrals_links (id text) /* core_tasks */",
    ],
    [
      "a trigger on its table writing its table",
      "CREATE TRIGGER referrals_links_touch AFTER UPDATE OF code ON referrals_links BEGIN UPDATE referrals_links SET note = CASE WHEN new.code IS NULL THEN 'x' ELSE 'y' END WHERE id = new.id; END",
    ],
    ["a full-text table", "CREATE VIRTUAL TABLE referrals_search USING fts5(name, tokenize = 'trigram')"],
  ])("allows %s", (_, sql) => {
    expect(statementProblems("referrals", sql)).toEqual([]);
  });

  it.each([
    ["a core table dropped", "DROP TABLE `core_tasks`", "drop", "core_tasks"],
    ["a core table dropped if it exists", "DROP TABLE IF EXISTS core_tasks", "drop", "core_tasks"],
    ["another plugin's table dropped", 'DROP TABLE "prospecting_calls"', "drop", "prospecting_calls"],
    ["a table outside the prefix", "CREATE TABLE IF NOT EXISTS links (id text)", "create", "links"],
    ["a prefix without its underscore", "CREATE TABLE referralslinks (id text)", "create", "referralslinks"],
    ["a core table altered", "ALTER TABLE core_clients ADD `referrer` text", "alter", "core_clients"],
    [
      "a rename out of the prefix",
      "ALTER TABLE referrals_links RENAME TO core_links",
      "create",
      "core_links",
    ],
    [
      "an index on a core table",
      "CREATE INDEX referrals_by_inn ON core_clients (inn)",
      "alter",
      "core_clients",
    ],
    ["a core index dropped", "DROP INDEX core_clients_inn", "drop", "core_clients_inn"],
    ["a core row inserted", "INSERT INTO core_tasks (id) VALUES ('t')", "write", "core_tasks"],
    ["a core row replaced", "INSERT OR REPLACE INTO `core_tasks` (id) VALUES ('t')", "write", "core_tasks"],
    ["a core row updated", "UPDATE core_clients SET stage = 'lead'", "write", "core_clients"],
    [
      "a core row updated or ignored",
      "UPDATE OR IGNORE [core_clients] SET stage = 'lead'",
      "write",
      "core_clients",
    ],
    ["core rows deleted", "DELETE FROM main.core_tasks", "write", "main.core_tasks"],
    [
      "core rows deleted through a CTE",
      "WITH gone AS (SELECT id FROM referrals_links) DELETE FROM core_tasks WHERE id IN gone",
      "write",
      "core_tasks",
    ],
    ["the schema table written", "UPDATE sqlite_master SET sql = ''", "write", "sqlite_master"],
    [
      "a table in another schema",
      "CREATE TABLE temp.referrals_links (id text)",
      "create",
      "temp.referrals_links",
    ],
    ["a string used as a name", "DROP TABLE 'core_tasks'", "drop", "core_tasks"],
    [
      "a trigger on a core table",
      "CREATE TRIGGER referrals_watch AFTER INSERT ON core_orders BEGIN SELECT 1; END",
      "alter",
      "core_orders",
    ],
  ])("refuses %s", (_, sql, action, table) => {
    expect(statementProblems("referrals", sql)).toContainEqual({ kind: "outside", action, table });
  });

  it("refuses a trigger of its own whose body writes a core table", () => {
    const sql =
      "CREATE TRIGGER referrals_links_spill AFTER INSERT ON referrals_links BEGIN DELETE FROM core_tasks; END";
    expect(statementProblems("referrals", sql)).toEqual([
      { kind: "outside", action: "write", table: "core_tasks" },
    ]);
  });

  it("finds a second statement hidden after a semicolon in one chunk", () => {
    const sql = "CREATE TABLE referrals_links (id text); DROP TABLE core_tasks;";
    expect(statementProblems("referrals", sql)).toEqual([
      { kind: "outside", action: "drop", table: "core_tasks" },
    ]);
  });

  it("uses the id with dashes as underscores for the prefix", () => {
    expect(statementProblems("first-sale", "CREATE TABLE first_sale_deals (id text)")).toEqual([]);
    expect(statementProblems("first-sale", "CREATE TABLE first_deals (id text)")).toHaveLength(1);
  });

  it.each([
    ["ATTACH DATABASE 'other.db' AS other", "ATTACH DATABASE other.db AS"],
    ["PRAGMA writable_schema = ON", "PRAGMA writable_schema = ON"],
    ["COMMIT", "COMMIT"],
    ["VACUUM", "VACUUM"],
    ["DETACH other", "DETACH other"],
  ])("refuses a statement migrations have no business running: %s", (sql, statement) => {
    expect(statementProblems("referrals", sql)).toEqual([{ kind: "statement", statement }]);
  });
});
