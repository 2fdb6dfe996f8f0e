import type { AnyPlugin } from "@quartet/core/plugin";
import type { PluginHost, TestUser } from "@quartet/server/testing";

/** The part of a plugin host the fixtures use: core's procedures as someone, and event delivery. */
export type FixtureHost = Pick<PluginHost<readonly AnyPlugin[]>, "core" | "deliver" | "outbox">;

/** Core's procedures as a fixture calls them. */
type Core = Awaited<ReturnType<FixtureHost["core"]>>["core"];

/** What creating a client answers: its id and the possible duplicates it was warned of. */
export type CreatedClient = Awaited<ReturnType<Core["clients"]["create"]>>;

/**
 * A client created through core's own procedure (so its keys, stage history and events are real),
 * as `by` (the organisation's owner by default).
 *
 * @example const romashka = await aClient(h, { name: "ООО Ромашка", inn: "7707083893" });
 */
export async function aClient(
  h: FixtureHost,
  input: { name: string; inn?: string; phones?: string[]; emails?: string[]; industry?: string },
  by?: TestUser,
): Promise<CreatedClient> {
  return (await h.core(by)).core.clients.create(input);
}

/**
 * An order of one line for `amountMinor` kopecks (roubles × 100) placed on a business date, through
 * core's procedure.
 *
 * @example const order = await anOrder(h, client.id, 150_000_00, "2026-05-20");
 */
export async function anOrder(h: FixtureHost, clientId: string, amountMinor: number, orderedOn: string) {
  return (await h.core()).core.orders.record({
    clientId,
    orderedOn,
    lines: [{ name: "Поставка", quantity: 1, price: { amountMinor } }],
  });
}

/**
 * An order paid in full on the same day, with the events delivered: what a client buying looks like
 * to every plugin (`core.order.recorded`, `core.payment.received`).
 *
 * @returns the order's id and the id of the payment's event
 */
export async function buysAndPays(h: FixtureHost, clientId: string, amountMinor: number, paidOn: string) {
  const order = await anOrder(h, clientId, amountMinor, paidOn);
  await (await h.core()).core.orders.payments.record({
    orderId: order.id,
    amount: order.total,
    paidOn,
    method: "bank",
  });
  await h.deliver();
  const events = await h.outbox("core.payment.received");
  return { orderId: order.id, paymentEventId: events.at(-1)?.id ?? "" };
}
