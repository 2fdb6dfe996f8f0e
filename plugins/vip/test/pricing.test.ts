import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { buysAndPays, newClient, RUB } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

describe("a new order of a VIP client", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost();
    const tier = { ...defaultTier, privileges: { discountPercent: 5, deferredPaymentDays: 30 } };
    await (await h.as(h.owner)).vip.program.save({ tiers: [tier] });
  });
  afterEach(() => h.close());

  const order = async (clientId: string) =>
    (await h.core()).core.orders.record({
      clientId,
      lines: [
        { name: "Кабель", quantity: 10, price: { amountMinor: 100_000 } },
        { name: "Монтаж", quantity: 1, price: { amountMinor: 50_000 }, discountPercent: 10 },
      ],
    });

  it("gets the tier's discount and payment terms, with the reason on each line", async () => {
    const client = await newClient(h, "ООО Важный");
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
    const recorded = await order(client.id);
    const reason = {
      plugin: "vip",
      code: "vip.tier-discount",
      params: { tierKey: "vip", tierNameRu: "VIP", tierNameEn: "VIP", discountPercent: 5 },
    };
    expect(recorded.lines.map((l) => [l.discountPercent, l.adjustmentReason])).toEqual([
      [5, reason],
      [10, null],
    ]);
    expect(recorded.total.amountMinor).toBe(950_000 + 45_000);
    expect(recorded.paymentTermsDays).toBe(30);
  });

  it("leaves the order of a client outside every tier as recorded", async () => {
    const client = await newClient(h, "ООО Обычный");
    const recorded = await order(client.id);
    expect(recorded.lines.map((l) => l.adjustmentReason)).toEqual([null, null]);
    expect(recorded.paymentTermsDays).toBeNull();
    expect(recorded.total.amountMinor).toBe(1_000_000 + 45_000);
  });
});
