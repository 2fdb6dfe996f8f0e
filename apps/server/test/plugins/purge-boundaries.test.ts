import { afterEach, describe, expect, it } from "vitest";
import { pluginTableNames } from "../../src/host/lifecycle/purge.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { pluginWithMigrations } from "./support/boundary-plugins.ts";

const owner = userActor("owner");
const referrals = pluginWithMigrations(
  "referrals",
  ["referrals_links", "referrals_codes"],
  [["CREATE TABLE `referrals_links` (`id` text)", "CREATE TABLE `referrals_codes` (`id` text)"]],
);

describe("purge drops exactly the plugin's own tables", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("counts only the declared tables that carry the prefix", () => {
    const greedy = pluginWithMigrations("referrals", ["referrals_links", "core_tasks", "alpha_notes"], [[]]);
    expect(pluginTableNames(greedy)).toEqual(["referrals_links"]);
  });

  it("drops its tables and its migrations table, and nothing else", async () => {
    t = await createTestHost({ plugins: [referrals] });
    const orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    const handle = await t.host.orgs.get(orgId);
    const tables = async () =>
      (
        await handle.client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      ).rows.map((row) => String(row.name));
    const before = await tables();
    await t.host.lifecycle.enable(orgId, "referrals", owner);
    const enabled = await tables();
    expect(enabled.filter((name) => !before.includes(name))).toEqual([
      "__migrations_referrals",
      "referrals_codes",
      "referrals_links",
    ]);
    const { purged } = await t.host.lifecycle.uninstall(orgId, "referrals", owner, { purge: true });
    expect(purged?.tables.map((table) => table.name).sort()).toEqual(["referrals_codes", "referrals_links"]);
    expect(await tables()).toEqual(before);
  });
});
