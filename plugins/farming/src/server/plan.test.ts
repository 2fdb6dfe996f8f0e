import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newClient, pay } from "../../test/support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "../../test/support/farming-host.ts";
import { farmingPipeline, farmingPlan } from "./plan.ts";

const june = {
  from: Date.parse("2026-05-31T21:00:00Z"),
  to: Date.parse("2026-06-30T21:00:00Z"),
  firstDay: "2026-06-01",
  lastDay: "2026-06-30",
};

describe("farming's plan and pipeline", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost({ today: "2026-06-10" });
  });
  afterEach(() => h.close());

  const order = async (clientId: string, amountMinor: number, orderedOn: string) => {
    const core = (await h.core()).core;
    const recorded = await core.orders.record({
      clientId,
      orderedOn,
      lines: [{ name: "Поставка", quantity: 1, price: { amountMinor } }],
    });
    await core.orders.payments.record({
      orderId: recorded.id,
      amount: recorded.total,
      paidOn: orderedOn,
      method: "bank",
    });
    await h.deliver();
  };

  it("sums the month's money from the clients it serves and counts expansion deals won", async () => {
    const farmer = await h.member("Фёдор", "member");
    const served = await newClient(h, "ООО Постоянный", farmer);
    const stranger = await newClient(h, "ООО Случайный");
    await order(served.id, 40_000, "2026-05-28");
    await order(served.id, 25_000, "2026-06-03");
    await order(stranger.id, 7_000, "2026-06-04");
    const deals = (await h.as(h.owner)).farming.deals;
    const deal = await deals.create({ clientId: served.id, kind: "upsell", amountMinor: 5_000 });
    const invoice = await deals.issueInvoice({
      dealId: deal.id,
      lines: [{ name: "Доп.", quantity: 1, price: { amountMinor: 5_000 } }],
    });
    await pay(h, invoice.orderId, 5_000);
    // The stranger became a customer with its first payment, so farming serves it too.
    expect(await farmingPlan.actual(await h.serviceContext(), june)).toEqual({
      revenue: 37_000,
      "expansion-won": 1,
    });
  });

  it("weights open expansion deals by the company's stages and links the board", async () => {
    const client = await newClient(h, "ООО Развитие");
    const deals = (await h.as(h.owner)).farming.deals;
    await deals.create({ clientId: client.id, kind: "cross-sell", amountMinor: 100_000 });
    expect(await farmingPipeline(await h.serviceContext())).toEqual({
      count: 1,
      amountMinor: 100_000,
      weightedMinor: 10_000,
      currency: "RUB",
      otherCurrency: 0,
      href: "/farming/deals",
    });
  });
});
