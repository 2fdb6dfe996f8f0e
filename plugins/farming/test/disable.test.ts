import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys, openTasks, today } from "./support/account-samples.ts";
import { newClient } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("disabling and enabling farming", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  it("keeps the accounts while disabled and resumes without a second late task", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-01-12", "2026-02-11", "2026-03-13", "2026-04-12"]);
    const api = (await h.as(h.owner)).farming.accounts;
    await api.setCadence({ clientId: client.id, days: 10 });
    const lateTasks = async () =>
      (await openTasks(h, client.id)).items.filter((t) => t.function === "farming");
    expect(await lateTasks()).toHaveLength(1);

    await h.t.host.lifecycle.disable(h.orgId, "farming", h.ownerActor);
    const off = (await h.as(h.owner)).farming.accounts;
    await expect(off.portfolio({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await buys(h, client.id, ["2026-05-20"]);
    const handle = await h.t.host.orgs.get(h.orgId);
    const kept = await handle.db.all<{ n: number }>(sql`select count(*) as n from farming_accounts`);
    expect(kept).toEqual([{ n: 1 }]);

    today(h, "2026-06-02");
    await h.t.host.lifecycle.enable(h.orgId, "farming", h.ownerActor);
    const widget = await (await h.as(h.owner)).farming.accounts.client({ clientId: client.id });
    expect(widget.account?.cadence).toMatchObject({ overrideDays: 10, days: 10 });
    expect(widget.account?.nextPurchase.lastOrderOn).toBe("2026-05-20");
    expect(await lateTasks()).toHaveLength(1);
  });

  it("enabled again with the client still late raises nothing new", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-01-12", "2026-02-11", "2026-03-13", "2026-04-12"]);
    for (let i = 0; i < 2; i++) {
      await h.t.host.lifecycle.disable(h.orgId, "farming", h.ownerActor);
      await h.t.host.lifecycle.enable(h.orgId, "farming", h.ownerActor);
    }
    await h.runJob("recompute");
    expect((await openTasks(h, client.id)).items.filter((t) => t.function === "farming")).toHaveLength(1);
  });
});
