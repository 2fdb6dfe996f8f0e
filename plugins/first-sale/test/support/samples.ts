import type { LeadQualified } from "@quartet/prospecting/contracts";
import type { FirstSaleHost } from "./first-sale-host.ts";

/** A client created through core. */
export async function newClient(h: FirstSaleHost, name = "ООО Ромашка") {
  return (await h.core()).core.clients.create({ name, phones: ["+79120000001"] });
}

/** A lead as prospecting would qualify it. */
export function lead(clientId: string, requestId = "req_1", qualifiedAt = Date.now()): LeadQualified {
  return {
    requestId,
    clientId,
    source: "form:Сайт",
    channel: "web-form",
    utm: { utm_source: "yandex" },
    qualifiedBy: "usr_caller",
    receivedAt: qualifiedAt - 60_000,
    qualifiedAt,
    speedToLeadMs: 60_000,
    note: "Хочет КП на сыр",
  };
}

/** Two lines worth 1 000,00 ₽ together. */
export const twoLines = [
  { name: "Сыр российский, кг", quantity: 4, price: { amountMinor: 20_000 } },
  { name: "Доставка", quantity: 1, price: { amountMinor: 20_000 } },
];

/** A client's lifecycle stage as core shows it. */
export async function clientStage(h: FirstSaleHost, id: string) {
  const got = await (await h.core()).core.clients.get({ id });
  return got.merged ? null : got.client.stage;
}

/** The client's handoffs to a function, as core lists them. */
export async function handoffsTo(h: FirstSaleHost, clientId: string, fn: string) {
  const { items } = await (await h.core()).core.handoffs.forClient({ clientId });
  return items.filter((x) => x.toFunction === fn);
}
