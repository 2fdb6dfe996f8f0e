import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys } from "./support/account-samples.ts";
import { refusal } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("whitespace offers", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  /**
   * Builders: five peers buy cable and lamps, one only cable, two only paint; a retailer buys cable
   * and paint. Our builder buys cable and never lamps: 5 of the 6 peers buying cable buy lamps.
   */
  async function builders() {
    const core = (await h.core()).core;
    const category = (name: string) => core.catalog.categories.create({ name });
    const product = (sku: string, categoryId: string) =>
      core.catalog.products.create({
        sku,
        name: sku,
        unit: "шт",
        price: { amountMinor: 10_000 },
        categoryId,
      });
    const [cable, lamps, paint] = [
      await category("Кабель"),
      await category("Светильники"),
      await category("Краска"),
    ];
    const [cableP, lampP, paintP] = [
      await product("C-1", cable.id),
      await product("L-1", lamps.id),
      await product("P-1", paint.id),
    ];
    const farmer = await h.member("Фёдор", "member");
    const client = async (name: string, productIds: string[], industry = "Строительство") => {
      const c = await core.clients.create({ name, industry });
      await buys(h, c.id, ["2026-05-01"], { productIds });
      return c;
    };
    for (const i of [1, 2, 3, 4, 5]) await client(`Стройка ${i}`, [cableP.id, lampP.id]);
    await client("Стройка 6", [cableP.id]);
    await client("Стройка 7", [paintP.id]);
    await client("Стройка 8", [paintP.id]);
    await client("Магазин", [paintP.id, cableP.id], "Розница");
    const ours = await client("ООО Наш клиент", [cableP.id]);
    await core.clients.setOwner({ clientId: ours.id, function: "farming", userId: farmer.id });
    await h.runJob("recompute");
    const api = (await h.as(farmer)).farming;
    return { farmer, api, ours, cable, lamps, paint, cableP, client };
  }

  it("offers what the client's industry peers buy with what it buys, with the evidence numbers", async () => {
    const { api, ours, cable, lamps } = await builders();
    const { items } = await api.whitespace.offers({ clientId: ours.id });
    expect(items).toEqual([
      {
        categoryId: lamps.id,
        categoryName: "Светильники",
        basedOn: cable.id,
        basedOnName: "Кабель",
        group: "Строительство",
        peers: 6,
        peersWithBoth: 5,
        support: 5 / 8,
        confidence: 5 / 6,
        lift: 5 / 6 / (5 / 8),
      },
    ]);
    expect((await api.accounts.client({ clientId: ours.id })).offers.map((o) => o.categoryId)).toEqual([
      lamps.id,
    ]);
  });

  it("finds a new buyer's offers among its peers' stored baskets as soon as it pays, before the nightly recompute", async () => {
    const { cable, lamps, cableP, client } = await builders();
    const newcomer = await client("ООО Новостройка", [cableP.id]);
    const api = (await h.as(h.owner)).farming;
    const [offer] = (await api.whitespace.offers({ clientId: newcomer.id })).items;
    expect(offer).toMatchObject({ categoryId: lamps.id, basedOn: cable.id, peers: 7, peersWithBoth: 5 });
    expect((await api.accounts.client({ clientId: newcomer.id })).offers).toEqual([offer]);
  });

  it("hides a dismissed offer for good", async () => {
    const { api, ours, lamps } = await builders();
    const dismissed = await api.whitespace.dismiss({ clientId: ours.id, categoryId: lamps.id });
    expect(dismissed).toMatchObject({ status: "dismissed", offerId: expect.stringMatching(/^ofr_/) });
    expect(await api.whitespace.dismiss({ clientId: ours.id, categoryId: lamps.id })).toEqual(dismissed);
    expect((await api.whitespace.offers({ clientId: ours.id })).items).toEqual([]);
    await h.runJob("recompute");
    expect((await api.whitespace.offers({ clientId: ours.id })).items).toEqual([]);
  });

  it("turns an accepted offer into one cross-sell deal per client and category", async () => {
    const { api, farmer, ours, lamps } = await builders();
    const accepted = await api.whitespace.accept({
      clientId: ours.id,
      categoryId: lamps.id,
      amountMinor: 250_000,
    });
    expect(accepted).toMatchObject({ created: true, dealId: expect.stringMatching(/^deal_/) });
    const again = await api.whitespace.accept({ clientId: ours.id, categoryId: lamps.id });
    expect(again).toEqual({ ...accepted, created: false });
    const { deal } = await api.deals.get({ dealId: accepted.dealId });
    expect(deal).toMatchObject({
      clientId: ours.id,
      kind: "cross-sell",
      categoryId: lamps.id,
      farmerId: farmer.id,
      status: "open",
      amount: { amountMinor: 250_000, currency: "RUB" },
    });
    expect((await api.whitespace.offers({ clientId: ours.id })).items).toEqual([]);
    expect((await api.deals.list({ clientId: ours.id })).items).toHaveLength(1);
  });

  it("refuses to accept a category that is not offered, naming it, and creates nothing", async () => {
    const { api, ours, paint } = await builders();
    const refused = await refusal(api.whitespace.accept({ clientId: ours.id, categoryId: paint.id }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { categoryId: expect.any(String) } });
    const missing = await refusal(api.whitespace.dismiss({ clientId: ours.id, categoryId: "cat_missing" }));
    expect(missing).toMatchObject({ code: "BAD_REQUEST", fields: { categoryId: expect.any(String) } });
    expect((await api.deals.list({ clientId: ours.id })).items).toEqual([]);
  });

  it("shows who buys what among the clients the caller sees", async () => {
    const { api, cable, lamps, paint } = await builders();
    expect((await api.whitespace.matrix({})).rows.map((r) => r.clientName)).toEqual(["ООО Наш клиент"]);
    const m = await (await h.as(h.owner)).farming.whitespace.matrix({ industry: "Строительство", limit: 3 });
    expect(m.total).toBe(9);
    expect(m.categories.map((c) => [c.name, c.buyers])).toEqual([
      ["Кабель", 7],
      ["Светильники", 5],
      ["Краска", 2],
    ]);
    expect(m.categories.map((c) => c.categoryId)).toEqual([cable.id, lamps.id, paint.id]);
    expect(m.rows.map((r) => [r.clientName, r.cells])).toEqual([
      ["Стройка 1", [true, true, false]],
      ["Стройка 2", [true, true, false]],
      ["Стройка 3", [true, true, false]],
    ]);
  });
});
