import { at, type TestUser, type VipHost } from "./vip-host.ts";

export { callRefusal as refusal } from "@quartet/testing";

/** 1 ₽ in kopecks, so amounts read as roubles: `5_000_000 * RUB`. */
export const RUB = 100;

/** A client created through core by the owner, with a farmer and a key-account manager when given. */
export async function newClient(
  h: VipHost,
  name: string,
  people: { farmer?: TestUser; manager?: TestUser } = {},
) {
  const core = (await h.core()).core;
  const client = await core.clients.create({ name });
  if (people.farmer)
    await core.clients.setOwner({ clientId: client.id, function: "farming", userId: people.farmer.id });
  if (people.manager)
    await core.clients.setOwner({ clientId: client.id, function: "vip", userId: people.manager.id });
  return client;
}

/** Records an order of `amountMinor` paid in full on `paidOn` through core and delivers the events; returns the payment event id. */
export async function buysAndPays(h: VipHost, clientId: string, amountMinor: number, paidOn: string) {
  const orders = (await h.core()).core.orders;
  const order = await orders.record({
    clientId,
    orderedOn: paidOn,
    lines: [{ name: "Поставка", quantity: 1, price: { amountMinor } }],
  });
  await orders.payments.record({ orderId: order.id, amount: order.total, paidOn, method: "bank" });
  await h.deliver();
  const events = await h.outbox("core.payment.received");
  return { orderId: order.id, paymentEventId: events.at(-1)?.id ?? "" };
}

/** Moves the manual clock to 09:00 UTC of a business date. */
export function today(h: VipHost, date: string) {
  h.clock.set(at(date));
}

/** Open tasks of the client, as core lists them. */
export async function openTasks(h: VipHost, clientId: string) {
  return (await (await h.core()).core.tasks.forClient({ clientId, includeDone: false })).items;
}

/** The client's handoffs, newest first, as `[from, to, state]`. */
export async function handoffsOf(h: VipHost, clientId: string) {
  const { items } = await (await h.core()).core.handoffs.forClient({ clientId });
  return items.map((x) => [x.fromFunction, x.toFunction, x.state]);
}

/** VIP entries of the client's timeline, oldest first, as `[body, data]`. */
export async function vipTimeline(h: VipHost, clientId: string) {
  const entries = await (await h.core()).core.timeline.list({ clientId, function: "vip" });
  return entries.items
    .filter((a) => typeof (a.data as { code?: unknown }).code === "string")
    .map((a) => [a.body, a.data] as const)
    .reverse();
}
