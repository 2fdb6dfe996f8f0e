import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("enabling farming", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  it("creates the farming tables in the organisation's database", async () => {
    const handle = await h.t.host.orgs.get(h.orgId);
    const rows = await handle.db.all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' and name like 'farming_%' order by name`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      "farming_accounts",
      "farming_deal_history",
      "farming_deals",
      "farming_offers",
      "farming_processed_events",
      "farming_project_orders",
      "farming_rules",
    ]);
  });
});
