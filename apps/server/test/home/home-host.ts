import { installedPlugins } from "../../src/plugins.ts";
import { at, type PluginHost, pluginHost, type TestUser } from "../support/plugin-host.ts";

export { at, type TestUser };

/** A real host with the four legs installed and enabled (see `pluginHost`), today 2026-06-10, a Wednesday. */
export function homeHost(today = "2026-06-10") {
  return pluginHost(installedPlugins, { today });
}

/** The home test host. */
export type HomeHost = PluginHost<typeof installedPlugins>;

/** 1 ₽ in kopecks. */
export const RUB = 100;

let clients = 0;

/** A client created through core by the owner, with its own mobile number and a farmer when given. */
export async function newClient(h: HomeHost, name: string, farmer?: TestUser) {
  const core = (await h.core()).core;
  const client = await core.clients.create({ name, phones: [`+7912${1_000_000 + ++clients}`] });
  if (farmer) await core.clients.setOwner({ clientId: client.id, function: "farming", userId: farmer.id });
  return client;
}

/** Records an order of `amountMinor` for `clientId` through core, paid in full on `paidOn`, and delivers the events. */
export async function buysAndPays(h: HomeHost, clientId: string, amountMinor: number, paidOn: string) {
  const orders = (await h.core()).core.orders;
  const order = await orders.record({
    clientId,
    orderedOn: paidOn,
    lines: [{ name: "Поставка", quantity: 1, price: { amountMinor } }],
  });
  await orders.payments.record({ orderId: order.id, amount: order.total, paidOn, method: "bank" });
  await h.deliver();
  return order;
}

/** Pays an order in full now and delivers the events. */
export async function pay(h: HomeHost, orderId: string, amountMinor: number) {
  await (await h.core()).core.orders.payments.record({ orderId, amount: { amountMinor }, method: "bank" });
  await h.deliver();
}

/** A one-question script and an active round-the-clock campaign over `clientIds`, made by the owner. */
export async function campaignOver(h: HomeHost, clientIds: string[]) {
  const api = (await h.as(h.owner)).prospecting;
  const script = await api.scripts.create({
    name: "Короткий",
    graph: {
      start: "ask",
      steps: [
        {
          id: "ask",
          kind: "question",
          text: "Вам интересно?",
          options: [
            { value: "yes", label: "Да", outcome: "interested" },
            { value: "no", label: "Нет", outcome: "not-interested" },
          ],
        },
      ],
    },
  });
  const list = await api.lists.create({ name: "Обзвон", clientIds });
  const window = { days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" };
  return api.campaigns.create({ name: "Июнь", listId: list.id, scriptId: script.id, window, maxAttempts: 3 });
}

/** The caller takes the next record of the campaign and closes it as not answered: one call made. */
export async function callOnce(h: HomeHost, caller: TestUser, campaignId: string) {
  const api = (await h.as(caller)).prospecting;
  const screen = await api.queue.next({ campaignId });
  if (!screen) throw new Error("Nobody to call");
  await api.queue.dispose({ memberId: screen.memberId, disposition: "no-answer" });
}
