import { farmingPermissions } from "../../src/contracts/permissions.ts";
import { at, type FarmingHost } from "./farming-host.ts";

/** A free order line worth `amountMinor`. */
const line = (amountMinor: number, productId?: string) =>
  productId
    ? { productId, quantity: 1, price: { amountMinor } }
    : { name: "Поставка", quantity: 1, price: { amountMinor } };

/**
 * Records a paid order for each date (paid the same day), of `amountMinor` each, optionally of
 * catalog products (one line per product), and delivers the events they raise.
 */
export async function buys(
  h: FarmingHost,
  clientId: string,
  dates: readonly string[],
  options: { amountMinor?: number; productIds?: readonly string[] } = {},
) {
  const orders = (await h.core()).core.orders;
  const amountMinor = options.amountMinor ?? 100_000;
  const ids: string[] = [];
  for (const orderedOn of dates) {
    const lines = options.productIds?.length
      ? options.productIds.map((id) => line(amountMinor, id))
      : [line(amountMinor)];
    const order = await orders.record({ clientId, lines, orderedOn });
    await orders.payments.record({
      orderId: order.id,
      amount: order.total,
      paidOn: orderedOn,
      method: "bank",
    });
    ids.push(order.id);
  }
  await h.deliver();
  return ids;
}

/** Logs a call with the client on its timeline on a business date. */
export async function called(h: FarmingHost, clientId: string, date: string) {
  await (await h.core()).core.timeline.log({
    clientId,
    type: "call",
    function: "farming",
    body: "Созвонились",
    occurredAt: at(date),
  });
}

/** Open tasks of the client, as core lists them. */
export async function openTasks(h: FarmingHost, clientId: string) {
  return (await h.core()).core.tasks.forClient({ clientId, includeDone: false });
}

/** Moves the manual clock to 09:00 UTC of a business date. */
export function today(h: FarmingHost, date: string) {
  h.clock.set(at(date));
}

/** A custom role of a farmer who sees only the clients they are responsible for. */
export async function ownFarmerRole(h: FarmingHost) {
  const read = [
    farmingPermissions.portfolioRead,
    farmingPermissions.accountsWrite,
    farmingPermissions.statsRead,
  ];
  const role = await (await h.core()).core.roles.create({
    name: "Фермер",
    permissions: [...read.map((p) => p.id), "core.clients.read", "core.tasks.use", "core.handoffs.use"],
    scope: "own",
  });
  return role.id;
}
