import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buysAndPays, newClient, RUB } from "../../test/support/samples.ts";
import { type VipHost, vipHost } from "../../test/support/vip-host.ts";
import { vipPlan } from "./plan.ts";

const june = {
  from: Date.parse("2026-05-31T21:00:00Z"),
  to: Date.parse("2026-06-30T21:00:00Z"),
  firstDay: "2026-06-01",
  lastDay: "2026-06-30",
};

describe("VIP's plan", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost({ today: "2026-06-10" });
  });
  afterEach(() => h.close());

  it("sums the month's payments of clients holding a VIP tier, not of others nor outside the month", async () => {
    const big = await newClient(h, "ООО Крупный");
    const small = await newClient(h, "ООО Малый");
    await buysAndPays(h, big.id, 6_000_000 * RUB, "2026-05-20");
    await buysAndPays(h, big.id, 30_000 * RUB, "2026-06-05");
    await buysAndPays(h, small.id, 10_000 * RUB, "2026-06-06");
    expect(await vipPlan.actual(await h.serviceContext(), june)).toEqual({ revenue: 30_000 * RUB });
  });
});
