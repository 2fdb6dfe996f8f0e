import type { Page } from "playwright-core";
import { orgDay } from "./org-dates.ts";
import { mutateFromPage, queryFromPage } from "./trpc.ts";

/** A business date `days` from the organisation's today (negative: in the past). */
export const dayFrom = orgDay;

type Product = { id: string };
type Client = { id: string };

const clients = [
  // Buys cable every 30 days, last 70 days ago: late to buy. Called 5 days ago. Never buys lamps: an offer.
  { name: "ООО Вектор", buys: ["cable"], orders: [-400, -370, -160, -130, -100, -70], calledDaysAgo: 5 },
  // On rhythm, but nobody ever called: overdue for contact.
  { name: "ООО Гранит", buys: ["cable", "lamps"], orders: [-390, -95, -65, -35, -5], calledDaysAgo: null },
  {
    name: "ООО Альфа-Строй",
    buys: ["cable", "lamps"],
    orders: [-380, -340, -80, -50, -20],
    calledDaysAgo: 2,
  },
  { name: "ООО Монолит", buys: ["cable", "lamps"], orders: [-360, -83, -53, -23], calledDaysAgo: 3 },
  { name: "ООО СтройМир", buys: ["cable", "lamps"], orders: [-200, -77, -47, -17], calledDaysAgo: 1 },
  {
    name: "ООО Кирпичный двор",
    buys: ["cable", "lamps", "automation"],
    orders: [-75, -45, -15],
    calledDaysAgo: 4,
  },
  { name: "ИП Соколов", buys: ["automation"], orders: [-420, -300, -240], calledDaysAgo: null },
  // Another cable buyer without lamps: an offer that stays after «ООО Вектор» takes its own.
  { name: "ООО Энергосеть", buys: ["cable"], orders: [-120, -90, -60, -30], calledDaysAgo: 2 },
] as const;

/**
 * A base farming has something to say about: a catalog of three categories and eight building
 * companies that buy from it with payments over the last fourteen months — «ООО Вектор» late to
 * buy cable (and offered lamps, which its peers buy), «ООО Гранит» never contacted, «ИП Соколов»
 * fading. Every client is farmed by the signed-in user. Returns the clients' ids by name.
 */
export async function seedFarmingBase(page: Page): Promise<Map<string, string>> {
  const me = await queryFromPage<{ user: { id: string } }>(page, "core.me");
  const categories = new Map<string, string>();
  for (const [key, name] of [
    ["cable", "Кабель"],
    ["lamps", "Светильники"],
    ["automation", "Автоматика"],
  ] as const) {
    categories.set(
      key,
      (await mutateFromPage<{ id: string }>(page, "core.catalog.categories.create", { name })).id,
    );
  }
  const products = new Map<string, Product>();
  for (const [key, sku, name, unit, price] of [
    ["cable", "CAB-1", "Кабель ВВГнг 3×2,5", "м", 12_000],
    ["lamps", "LED-36", "Светильник LED 36 Вт", "шт", 240_000],
    ["automation", "ABB-16", "Автомат ABB 16 А", "шт", 65_000],
  ] as const) {
    products.set(
      key,
      await mutateFromPage<Product>(page, "core.catalog.products.create", {
        sku,
        name,
        unit,
        price: { amountMinor: price },
        categoryId: categories.get(key),
      }),
    );
  }
  const ids = new Map<string, string>();
  for (const client of clients) {
    const created = await mutateFromPage<Client>(page, "core.clients.create", {
      name: client.name,
      industry: "Строительство",
      stage: "customer",
    });
    ids.set(client.name, created.id);
    await mutateFromPage(page, "core.clients.setOwner", {
      clientId: created.id,
      function: "farming",
      userId: me.user.id,
    });
    for (const [n, days] of client.orders.entries()) {
      const lines = client.buys.map((key, i) => ({
        productId: products.get(key)?.id,
        quantity: key === "cable" ? 400 + 50 * n + 100 * i : 10 + n,
      }));
      const order = await mutateFromPage<{ id: string; total: { amountMinor: number } }>(
        page,
        "core.orders.record",
        { clientId: created.id, lines, orderedOn: dayFrom(days) },
      );
      await mutateFromPage(page, "core.orders.payments.record", {
        orderId: order.id,
        amount: { amountMinor: order.total.amountMinor },
        paidOn: dayFrom(Math.min(0, days + 3)),
        method: "bank",
      });
    }
    if (client.calledDaysAgo !== null) {
      await mutateFromPage(page, "core.timeline.log", {
        clientId: created.id,
        type: "call",
        function: "farming",
        body: "Созвонились, обсудили поставки",
        occurredAt: Date.now() - client.calledDaysAgo * 86_400_000,
      });
    }
  }
  return ids;
}
