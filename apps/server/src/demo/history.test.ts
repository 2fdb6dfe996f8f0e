import { daysBetween } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { planOrders } from "./history.ts";
import type { DemoClient, DemoProfile } from "./profiles.ts";
import { seededRandom } from "./random.ts";
import type { SeededProduct } from "./seed-catalog.ts";

const products: SeededProduct[][] = [0, 1, 2].map((category) => [
  { id: `prd_${category}a`, name: "a", category, priceMinor: 50_000 },
  { id: `prd_${category}b`, name: "b", category, priceMinor: 120_000 },
]);
const client = (profile: DemoProfile) => ({ profile, categories: [0, 1, 2] }) as unknown as DemoClient;
const today = "2026-12-07";

describe("planOrders: two years of a client's orders by its profile", () => {
  it.each([
    ["vip", 20, 1],
    ["regular", 10, 1],
    ["lapsing", 6, 130],
  ] as const)(
    "%s: at least %i orders over ~2 years, the last one %i+ days ago",
    (profile, min, quietDays) => {
      const orders = planOrders(seededRandom(3), client(profile), products, today);
      expect(orders.length).toBeGreaterThanOrEqual(min);
      const first = orders[0]?.on ?? today;
      const last = orders.at(-1)?.on ?? today;
      expect(daysBetween(first, today)).toBeGreaterThan(680);
      expect(daysBetween(last, today)).toBeGreaterThanOrEqual(quietDays);
      for (const order of orders) {
        expect(order.lines.length).toBeGreaterThan(0);
        if (order.paidOn) expect(order.paidOn >= order.on && order.paidOn < today).toBe(true);
      }
    },
  );

  it("gives a prospect no orders, and VIP orders worth more than regular ones", () => {
    expect(planOrders(seededRandom(3), client("prospect"), products, today)).toEqual([]);
    const value = (profile: DemoProfile) =>
      planOrders(seededRandom(3), client(profile), products, today)
        .flatMap((o) => o.lines)
        .reduce((sum, line) => sum + line.quantity, 0);
    expect(value("vip")).toBeGreaterThan(value("regular") * 2);
  });
});
