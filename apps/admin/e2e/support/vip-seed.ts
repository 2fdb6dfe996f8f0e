import type { Page } from "playwright-core";
import { orgDay } from "./org-dates.ts";
import { mutateFromPage } from "./trpc.ts";

/** A business date `days` from the organisation's today (negative: in the past). */
export const daysFromToday = orgDay;

/** A unit of the one product the seed sells: 100 000 ₽. */
const unitMinor = 10_000_000;

/** Records an order of `units` × 100 000 ₽ `daysAgo` and its full payment; returns the amount paid. */
export async function orderAndPay(
  page: Page,
  clientId: string,
  productId: string,
  units: number,
  daysAgo: number,
) {
  const order = await mutateFromPage<{ id: string; total: { amountMinor: number } }>(
    page,
    "core.orders.record",
    {
      clientId,
      lines: [{ productId, quantity: units }],
      orderedOn: daysFromToday(-daysAgo),
    },
  );
  await mutateFromPage(page, "core.orders.payments.record", {
    orderId: order.id,
    amount: { amountMinor: order.total.amountMinor },
    paidOn: daysFromToday(-daysAgo),
    method: "bank",
  });
  return order.total.amountMinor;
}

/** What the seed paid per client over the last year, in units of 100 000 ₽, split in two orders. */
export const vipClients = [
  // 7 млн ₽: VIP under the default program (from 5 млн ₽).
  { name: "ООО Гигант", units: [40, 30] },
  // 3,5 млн ₽: promoted when the threshold comes down to 3 млн ₽.
  { name: "ООО Вектор", units: [20, 15] },
  // 2,5 млн ₽: promoted by its next payment of 1 млн ₽.
  { name: "ООО Старт", units: [15, 10] },
  // 0,4 млн ₽: stays outside.
  { name: "ИП Соколов", units: [3, 1] },
] as const;

/**
 * A catalogue with one product and four clients who paid from 0,4 to 7 млн ₽ over the last year.
 * Returns the clients' ids by name and the product's id.
 */
export async function seedVipBase(page: Page): Promise<{ clients: Map<string, string>; productId: string }> {
  const product = await mutateFromPage<{ id: string }>(page, "core.catalog.products.create", {
    sku: "SRV-1",
    name: "Сервер стоечный",
    unit: "шт",
    price: { amountMinor: unitMinor },
  });
  const clients = new Map<string, string>();
  for (const client of vipClients) {
    const created = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
      name: client.name,
      industry: "Ритейл",
      stage: "customer",
    });
    clients.set(client.name, created.id);
    for (const [i, units] of client.units.entries())
      await orderAndPay(page, created.id, product.id, units, 200 - 90 * i);
  }
  return { clients, productId: product.id };
}
