import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { m } from "../src/contracts/messages.ts";
import { newClient, pay, sampleCatalog } from "./support/deal-samples.ts";
import { at, type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("an expansion deal is won when a matching order is paid in full", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  const setUp = async () => {
    const catalog = await sampleCatalog(h);
    const client = await newClient(h, "ООО Вектор");
    const deals = (await h.as(h.owner)).farming.deals;
    const core = (await h.core()).core;
    const wonEntries = async () =>
      (await core.timeline.list({ clientId: client.id, function: "farming" })).items.filter(
        (a) => (a.data as { code?: string } | null)?.code === "farming.deal.won",
      );
    return { ...catalog, client, deals, core, wonEntries };
  };

  it("issues the invoice as core's order from the deal, and wins the deal once it is paid in full — once", async () => {
    const { client, deals, core, cableProduct, wonEntries } = await setUp();
    const deal = await deals.create({ clientId: client.id, kind: "upsell", amountMinor: 40_000 });
    const invoice = await deals.issueInvoice({
      dealId: deal.id,
      lines: [{ productId: cableProduct.id, quantity: 5 }],
    });
    expect(invoice.total).toEqual({ amountMinor: 50_000, currency: "RUB" });
    const order = await core.orders.get({ orderId: invoice.orderId });
    expect(order).toMatchObject({ sourceRef: deal.id, function: "farming", number: invoice.number });
    expect((await deals.get({ dealId: deal.id })).deal).toMatchObject({
      orderId: invoice.orderId,
      orderNumber: invoice.number,
      amount: { amountMinor: 50_000 },
    });

    const again = deals.issueInvoice({
      dealId: deal.id,
      lines: [{ productId: cableProduct.id, quantity: 1 }],
    });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT" });

    await pay(h, invoice.orderId, 20_000);
    expect((await deals.get({ dealId: deal.id })).deal.status).toBe("open");
    h.clock.advance(3_600_000);
    await pay(h, invoice.orderId, 30_000);
    const { deal: won, history } = await deals.get({ dealId: deal.id });
    expect(won).toMatchObject({
      status: "won",
      wonOrderId: invoice.orderId,
      wonAt: h.clock.now(),
      probability: 100,
    });
    expect(history.map((s) => [s.fromStage, s.toStage])).toEqual([
      [null, "idea"],
      ["idea", "won"],
    ]);

    const [paidInFull] = (await h.outbox("core.payment.received")).slice(-1);
    await h.redeliver(paidInFull?.id ?? "");
    await h.deliver();

    const events = await h.outbox("farming.deal.won");
    expect(events.map((e) => e.payload)).toEqual([
      {
        dealId: deal.id,
        clientId: client.id,
        farmerId: h.owner.id,
        kind: "upsell",
        categoryId: null,
        amount: { amountMinor: 50_000, currency: "RUB" },
        orderId: invoice.orderId,
        wonAt: won.wonAt,
      },
    ]);
    const entries = await wonEntries();
    expect(entries.map((a) => [a.body, a.data])).toEqual([
      [
        `Сделка развития «ООО Вектор» выиграна на 500,00\u00a0₽: заказ ${invoice.number} оплачен`,
        {
          code: "farming.deal.won",
          params: {
            dealId: deal.id,
            title: "ООО Вектор",
            amountMinor: 50_000,
            currency: "RUB",
            orderId: invoice.orderId,
            orderNumber: invoice.number,
          },
          text: expect.objectContaining({ key: m.dealWonFor }),
        },
      ],
    ]);
    expect((await deals.get({ dealId: deal.id })).history).toHaveLength(2);
    expect(await (await h.as(h.owner)).farming.deals.list({ status: "won" })).toMatchObject({ total: 1 });
  });

  it("is won by an order recorded outside the deal with a line in its category (or one under it)", async () => {
    const { client, deals, core, pipes, pipeProduct, cableProduct } = await setUp();
    const deal = await deals.create({
      clientId: client.id,
      kind: "cross-sell",
      categoryId: pipes.id,
      amountMinor: 100_000,
    });
    const record = (productId: string, orderedOn?: string) =>
      core.orders.record({
        clientId: client.id,
        lines: [{ productId, quantity: 4 }],
        ...(orderedOn && { orderedOn }),
      });

    const cable = await record(cableProduct.id);
    await pay(h, cable.id, cable.total.amountMinor);
    const before = await record(pipeProduct.id, "2026-05-31");
    await pay(h, before.id, before.total.amountMinor);
    expect((await deals.get({ dealId: deal.id })).deal.status).toBe("open");

    const pipesOrder = await record(pipeProduct.id);
    await pay(h, pipesOrder.id, pipesOrder.total.amountMinor);
    expect((await deals.get({ dealId: deal.id })).deal).toMatchObject({
      status: "won",
      wonOrderId: pipesOrder.id,
    });
    const events = await h.outbox("farming.deal.won");
    expect(events.map((e) => e.payload.categoryId)).toEqual([pipes.id]);
  });

  it("leaves lost deals, other clients' deals and partly paid orders alone", async () => {
    const { client, deals, core, cable, cableProduct } = await setUp();
    const other = await newClient(h, "ИП Сидоров");
    const lost = await deals.create({
      clientId: client.id,
      kind: "upsell",
      categoryId: cable.id,
      amountMinor: 1,
    });
    await deals.lose({ dealId: lost.id, reason: "price" });
    const theirs = await deals.create({
      clientId: other.id,
      kind: "upsell",
      categoryId: cable.id,
      amountMinor: 1,
    });
    const open = await deals.create({
      clientId: client.id,
      kind: "upsell",
      categoryId: cable.id,
      amountMinor: 1,
    });
    const order = await core.orders.record({
      clientId: client.id,
      lines: [{ productId: cableProduct.id, quantity: 1 }],
    });
    await pay(h, order.id, 9_999);
    expect((await deals.get({ dealId: open.id })).deal.status).toBe("open");
    h.clock.set(at("2026-06-02"));
    await pay(h, order.id, 1);
    const statuses = await Promise.all(
      [lost, theirs, open].map(async (d) => (await deals.get({ dealId: d.id })).deal.status),
    );
    expect(statuses).toEqual(["lost", "open", "won"]);
  });
});
