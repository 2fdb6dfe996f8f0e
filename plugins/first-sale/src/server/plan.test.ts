import { at, type PluginHost, pluginHost } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstSalePlugin } from "./index.ts";
import { firstSalePipeline, firstSalePlan } from "./plan.ts";

const june = {
  from: Date.parse("2026-05-31T21:00:00Z"),
  to: Date.parse("2026-06-30T21:00:00Z"),
  firstDay: "2026-06-01",
  lastDay: "2026-06-30",
};
const lines = [{ name: "Поставка", quantity: 2, price: { amountMinor: 50_000 } }];

describe("first sale's plan and pipeline", () => {
  let h: PluginHost<readonly [typeof firstSalePlugin]>;
  beforeEach(async () => {
    h = await pluginHost([firstSalePlugin], { today: "2026-06-10" });
  });
  afterEach(() => h.close());

  /** The system's context, as the home page asks the plan (the plan reads no settings). */
  const system = async () => (await h.serviceContext()) as Parameters<typeof firstSalePlan.actual>[0];

  const win = async (name: string) => {
    const api = (await h.as(h.owner)).firstSale;
    const client = await (await h.core()).core.clients.create({ name });
    const deal = await api.deals.create({ clientId: client.id, lines });
    const invoice = await api.deals.issueInvoice({ dealId: deal.id });
    await (await h.core()).core.orders.payments.record({
      orderId: invoice.orderId,
      amount: { amountMinor: 100_000 },
      method: "bank",
    });
    await h.deliver();
  };

  it("counts the deals won within the month and their amount, not those won after it", async () => {
    await win("ООО Июнь");
    h.clock.set(at("2026-07-01"));
    await win("ООО Июль");
    expect(await firstSalePlan.actual(await system(), june)).toEqual({
      "deals-won": 1,
      revenue: 100_000,
    });
  });

  it("sums the open deals, each weighted by its stage, and links the board", async () => {
    const api = (await h.as(h.owner)).firstSale;
    const client = await (await h.core()).core.clients.create({ name: "ООО Воронка" });
    const deal = await api.deals.create({ clientId: client.id, lines });
    const { pipeline } = await api.deals.get({ dealId: deal.id });
    const stage = pipeline.stages.find((s) => s.id === deal.stageId);
    const totals = await firstSalePipeline(await system());
    expect(totals).toEqual({
      count: 1,
      amountMinor: 100_000,
      weightedMinor: (100_000 * (stage?.probability ?? 0)) / 100,
      currency: "RUB",
      otherCurrency: 0,
      href: "/deals",
    });
  });
});
