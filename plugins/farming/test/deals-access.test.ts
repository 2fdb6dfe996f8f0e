import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newClient, refusal, sampleCatalog } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("who may see and work expansion deals", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  it("shows a farmer whose record scope is `own` only the deals of their clients", async () => {
    const role = await (await h.core()).core.roles.create({
      name: "Фермер: свои клиенты",
      permissions: ["farming.deals.read", "farming.deals.write"],
      scope: "own",
    });
    const fedor = await h.member("Фёдор", role.id);
    const gleb = await h.member("Глеб", role.id);
    const his = await newClient(h, "ООО Вектор", fedor);
    const glebs = await newClient(h, "ИП Сидоров", gleb);
    const owner = (await h.as(h.owner)).farming.deals;
    const mine = await owner.create({ clientId: his.id, kind: "upsell", amountMinor: 10_000 });
    const hidden = await owner.create({ clientId: glebs.id, kind: "upsell", amountMinor: 99_000 });

    const deals = (await h.as(fedor)).farming.deals;
    expect(mine.farmerId).toBe(fedor.id);
    const list = await deals.list({});
    expect(list.items.map((d) => d.id)).toEqual([mine.id]);
    expect([list.total, list.sum.amountMinor]).toEqual([1, 10_000]);
    expect((await deals.list({ clientId: glebs.id })).total).toBe(0);
    const board = await deals.board({});
    expect(board.totals).toMatchObject({ count: 1, sum: { amountMinor: 10_000 } });
    for (const call of [
      () => deals.get({ dealId: hidden.id }),
      () => deals.move({ dealId: hidden.id, stageKey: "proposal" }),
      () => deals.lose({ dealId: hidden.id, reason: "price" }),
      () => deals.update({ dealId: hidden.id, amountMinor: 1 }),
    ]) {
      expect(await refusal(call())).toMatchObject({ code: "NOT_FOUND", fields: { dealId: "No such deal" } });
    }
    expect(await refusal(deals.create({ clientId: glebs.id, kind: "upsell", amountMinor: 1 }))).toMatchObject(
      {
        code: "NOT_FOUND",
        fields: { clientId: "No such client" },
      },
    );
    expect((await owner.get({ dealId: hidden.id })).deal).toMatchObject({
      stageKey: "idea",
      amount: { amountMinor: 99_000 },
    });
    expect(await deals.move({ dealId: mine.id, stageKey: "proposal" })).toMatchObject({
      stageKey: "proposal",
    });
  });

  it("refuses every write to a viewer, who still reads the deals", async () => {
    const { cableProduct } = await sampleCatalog(h);
    const client = await newClient(h, "ООО Вектор");
    const owner = (await h.as(h.owner)).farming.deals;
    const deal = await owner.create({ clientId: client.id, kind: "upsell", amountMinor: 10_000 });
    const lost = await owner.create({ clientId: client.id, kind: "upsell", amountMinor: 5_000 });
    await owner.lose({ dealId: lost.id, reason: "timing" });

    const deals = (await h.as(await h.member("Вера", "viewer"))).farming.deals;
    expect((await deals.list({})).total).toBe(2);
    const writes = {
      create: () => deals.create({ clientId: client.id, kind: "upsell", amountMinor: 1 }),
      update: () => deals.update({ dealId: deal.id, amountMinor: 1 }),
      move: () => deals.move({ dealId: deal.id, stageKey: "proposal" }),
      lose: () => deals.lose({ dealId: deal.id, reason: "price" }),
      reopen: () => deals.reopen({ dealId: lost.id }),
      issueInvoice: () =>
        deals.issueInvoice({ dealId: deal.id, lines: [{ productId: cableProduct.id, quantity: 1 }] }),
    };
    for (const [name, call] of Object.entries(writes)) {
      expect(await refusal(call()), name).toMatchObject({
        code: "FORBIDDEN",
        message: 'You do not have the permission "farming.deals.write"',
      });
    }
    const after = await owner.list({});
    expect(after.items.map((d) => [d.status, d.stageKey, d.amount.amountMinor, d.orderId]).sort()).toEqual([
      ["lost", "idea", 5_000, null],
      ["open", "idea", 10_000, null],
    ]);
  });
});
