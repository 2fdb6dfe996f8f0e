import { wordMessage } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { pluginWithMigrations } from "./support/boundary-plugins.ts";

const owner = userActor("owner");
const ownTable = "CREATE TABLE `referrals_links` (`id` text PRIMARY KEY NOT NULL)";

/** The referrals plugin with a first migration of its own and then `second`. */
const referrals = (...second: string[]) =>
  pluginWithMigrations("referrals", ["referrals_links"], [[ownTable], second]);

describe("a plugin's migrations stay inside its prefix", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  async function enabling(plugin: AnyPlugin) {
    t = await createTestHost({ plugins: [plugin] });
    const orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    const handle = await t.host.orgs.get(orgId);
    const snapshot = async () =>
      (await handle.client.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")).rows.map(
        (r) => ({ ...r }),
      );
    const clientCount = async () =>
      Number((await handle.client.execute("SELECT COUNT(*) AS n FROM core_clients")).rows[0]?.n);
    const before = await snapshot();
    const refusal = await t.host.lifecycle.enable(orgId, "referrals", owner).then(
      () => null,
      (error: unknown) => error as { code: string; key: string; params: Record<string, unknown> },
    );
    const state = (await t.host.lifecycle.describe(orgId)).find((p) => p.id === "referrals")?.state;
    return { refusal, before, after: await snapshot(), state, clientCount };
  }

  it("enables a plugin whose migrations touch only its tables", async () => {
    const { refusal, after, state } = await enabling(
      referrals("ALTER TABLE `referrals_links` ADD `code` text"),
    );
    expect(refusal).toBeNull();
    expect(state).toBe("enabled");
    expect(after.map((row) => row.name)).toContain("referrals_links");
  });

  it("refuses a migration that drops core_tasks and leaves the organisation's database as it was", async () => {
    const { refusal, before, after, state } = await enabling(referrals("DROP TABLE `core_tasks`"));
    expect(refusal).toMatchObject({
      code: "PRECONDITION_FAILED",
      key: "core.host.migrationOutsidePrefix",
      params: { migration: "0001_step", table: "core_tasks", prefix: "referrals_" },
    });
    expect(after).toEqual(before);
    expect(after.map((row) => row.name)).not.toContain("referrals_links");
    expect(after.map((row) => row.name)).not.toContain("__migrations_referrals");
    expect(state).toBe("failed");
  });

  it("words the refusal in both languages", async () => {
    const { refusal } = await enabling(referrals("DROP TABLE `core_tasks`"));
    const { key, params } = refusal as { key: string; params: Record<string, string> };
    expect(wordMessage("en", key, params)).toBe(
      'Plugin "referrals" is refused: its migration 0001_step would drop table "core_tasks", but a plugin changes only its own tables (starting with "referrals_")',
    );
    expect(wordMessage("ru", key, params)).toBe(
      "Модуль «referrals» не допущен: его миграция 0001_step пытается удалить таблицу «core_tasks», а модулю можно менять только свои таблицы (начинающиеся с «referrals_»)",
    );
  });

  it.each([
    ["writes core rows", "DELETE FROM `core_clients`", "core_clients"],
    ["alters a core table", "ALTER TABLE `core_clients` ADD `referrer` text", "core_clients"],
    ["creates a table outside its prefix", "CREATE TABLE `links` (`id` text)", "links"],
    ["indexes a core table", "CREATE INDEX `referrals_by_inn` ON `core_clients` (`inn`)", "core_clients"],
    [
      "hides a core write in a trigger",
      "CREATE TRIGGER `referrals_spill` AFTER INSERT ON `referrals_links` BEGIN DELETE FROM core_tasks; END",
      "core_tasks",
    ],
  ])("refuses a migration that %s, before running any of it", async (_, statement, table) => {
    const { refusal, before, after } = await enabling(referrals(statement));
    expect(refusal).toMatchObject({ code: "PRECONDITION_FAILED", params: { table } });
    expect(after).toEqual(before);
  });

  it("refuses a statement a migration may not run at all", async () => {
    const { refusal, before, after } = await enabling(referrals("ATTACH DATABASE ':memory:' AS side"));
    expect(refusal).toMatchObject({
      code: "PRECONDITION_FAILED",
      key: "core.host.migrationStatement",
      params: { migration: "0001_step", statement: "ATTACH DATABASE :memory: AS" },
    });
    expect(after).toEqual(before);
  });

  it("switches off an enabled plugin whose update brings a refused migration, and the organisation still opens", async () => {
    const first = await createTestHost({
      plugins: [pluginWithMigrations("referrals", ["referrals_links"], [[ownTable]])],
    });
    const orgId = (await first.host.createOrganisation({ name: "Org" })).id;
    await first.host.lifecycle.enable(orgId, "referrals", owner);
    await first.close(false);
    t = await createTestHost({ plugins: [referrals("DROP TABLE `core_tasks`")], dataDir: first.dataDir });
    const runtime = await t.host.runtime(orgId);
    expect(await runtime.db.all(sql`SELECT COUNT(*) AS n FROM core_tasks`)).toEqual([{ n: 0 }]);
    const installation = await t.host.installations.get(orgId, "referrals");
    expect(installation).toMatchObject({ state: "failed", lastError: expect.stringContaining("core_tasks") });
    await expect((await t.caller(owner, orgId)).core.clients.list({})).resolves.toBeDefined();
  });
});
