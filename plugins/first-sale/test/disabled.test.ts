import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { lead, newClient } from "./support/samples.ts";

describe("with first sale disabled", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
  });
  afterEach(() => h.close());

  it("refuses its procedures, ignores leads, and keeps its deals for when it is enabled again", async () => {
    const client = await newClient(h);
    const deal = await (await h.as(h.owner)).firstSale.deals.create({ clientId: client.id, title: "Сыр" });

    await h.t.host.lifecycle.disable(h.orgId, "first-sale", h.ownerActor);
    const api = (await h.as(h.owner)).firstSale;
    await expect(api.deals.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Plugin not enabled"),
    });
    await expect(api.deals.create({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await h.emitLead(lead(client.id, "req_while_off"));
    await h.deliver();

    await h.t.host.lifecycle.enable(h.orgId, "first-sale", h.ownerActor);
    const again = (await h.as(h.owner)).firstSale;
    expect((await again.deals.get({ dealId: deal.id })).deal.title).toBe("Сыр");
    expect(await again.pipelines.list()).toHaveLength(1);
  });

  it("creates the default pipeline once, however often it is enabled", async () => {
    for (let i = 0; i < 2; i++) {
      await h.t.host.lifecycle.disable(h.orgId, "first-sale", h.ownerActor);
      await h.t.host.lifecycle.enable(h.orgId, "first-sale", h.ownerActor);
    }
    const pipelines = await (await h.as(h.owner)).firstSale.pipelines.list();
    expect(pipelines.map((p) => [p.name, p.isDefault, p.stages.length])).toEqual([["Продажи", true, 7]]);
  });
});
