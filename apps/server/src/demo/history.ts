import { type Actor, addDays, daysBetween } from "@quartet/core";
import { moscowAt, moscowDate, workdayOnOrBefore } from "./calendar.ts";
import type { DemoClient } from "./profiles.ts";
import type { Random } from "./random.ts";
import type { SeededProduct } from "./seed-catalog.ts";
import type { DemoStage } from "./stage.ts";

/** How a profile buys: days between orders, order value in roubles, and when it stopped (days ago). */
const rhythm = {
  vip: { every: [22, 32], value: [380_000, 650_000] },
  regular: { every: [30, 60], value: [50_000, 190_000] },
  lapsing: { every: [28, 45], value: [40_000, 140_000] },
} as const;

/** Building materials sell in the season: the share of a typical order by month (January to December). */
const season = [0.5, 0.7, 0.9, 1.15, 1.25, 1.3, 1.3, 1.25, 1.15, 1, 0.8, 0.85];

/** A planned order: its business date, lines and the day it is paid (null: still unpaid). */
type PlannedOrder = { on: string; lines: { productId: string; quantity: number }[]; paidOn: string | null };

/** The orders of one client over two years, by its profile, seasonal, growing for the big ones. */
export function planOrders(
  random: Random,
  client: DemoClient,
  products: readonly SeededProduct[][],
  today: string,
): PlannedOrder[] {
  if (client.profile === "prospect") return [];
  const shape = rhythm[client.profile];
  const every = random.int(shape.every[0], shape.every[1]);
  const stopAgo = client.profile === "lapsing" ? random.int(130, 260) : 0;
  const orders: PlannedOrder[] = [];
  let day = addDays(today, -random.int(700, 725));
  while (daysBetween(day, today) > Math.max(stopAgo, 1)) {
    const on = workdayOnOrBefore(day);
    const month = Number(on.slice(5, 7)) - 1;
    const growth = client.profile === "vip" && daysBetween(on, today) < 365 ? 1.2 : 1;
    const value = random.int(shape.value[0], shape.value[1]) * (season[month] ?? 1) * growth * 100;
    const categories = random.shuffle(client.categories).slice(0, random.int(1, client.categories.length));
    const picks = categories.flatMap((c) => random.shuffle(products[c] ?? []).slice(0, random.int(1, 2)));
    const lines = picks.map((p) => ({
      productId: p.id,
      quantity: Math.max(1, Math.round(value / picks.length / p.priceMinor)),
    }));
    const paidOn = workdayOnOrBefore(addDays(on, random.int(0, 12)));
    const recent = daysBetween(on, today) < 20;
    orders.push({ on, lines, paidOn: paidOn >= today || (recent && random.chance(0.3)) ? null : paidOn });
    day = addDays(day, Math.round(every * (0.7 + random.next() * 0.6)));
  }
  return orders;
}

/**
 * Two years of a customer's orders and payments through core's records (the same `recordOrder` and
 * `recordPayment` users call, each with its business date and the demo clock at that day), with the
 * closer as its first-sale owner and — for all but `unfarmed` — the farmer as its farming owner.
 * Answers the dates of its orders.
 */
export async function seedHistory(
  stage: DemoStage,
  input: {
    actor: Actor;
    client: DemoClient;
    products: readonly SeededProduct[][];
    random: Random;
    closerId: string;
    farmerId: string | null;
  },
): Promise<{ orders: number; payments: number; dates: string[] }> {
  const today = moscowDate(stage.realNow());
  const planned = planOrders(input.random, input.client, input.products, today);
  const ctx = await stage.service(input.actor);
  let payments = 0;
  await ctx.org.write(input.actor, async (scope) => {
    const [first] = planned;
    if (first) stage.at(moscowAt(first.on, 10));
    await ctx.records.clients.setOwner(scope, input.client.id, "first-sale", input.closerId);
    for (const [i, order] of planned.entries()) {
      stage.at(moscowAt(order.on, 11, input.random.int(0, 59)));
      const recorded = await ctx.records.orders.record(scope, {
        clientId: input.client.id,
        lines: order.lines,
        orderedOn: order.on,
        function: i === 0 ? "first-sale" : "farming",
      });
      if (i === 0 && input.farmerId) {
        await ctx.records.clients.setOwner(scope, input.client.id, "farming", input.farmerId);
      }
      if (!order.paidOn) continue;
      stage.at(moscowAt(order.paidOn, 15, input.random.int(0, 59)));
      await ctx.records.orders.recordPayment(scope, {
        orderId: recorded.id,
        amount: recorded.total,
        paidOn: order.paidOn,
        method: "bank",
      });
      payments++;
    }
  });
  return { orders: planned.length, payments, dates: planned.map((o) => o.on) };
}
