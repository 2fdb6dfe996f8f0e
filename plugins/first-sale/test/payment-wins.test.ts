import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { clientStage, handoffsTo, newClient, twoLines } from "./support/samples.ts";

describe("a deal is won when the organisation's rule is met by payments", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost({ wonWhen: { kind: "prepayment", percent: 30 } });
  });
  afterEach(() => h.close());

  async function invoicedDeal() {
    const client = await newClient(h);
    const api = (await h.as(h.owner)).firstSale;
    const deal = await api.deals.create({ clientId: client.id, lines: twoLines });
    const invoice = await api.deals.issueInvoice({ dealId: deal.id });
    return { client, deal, invoice, api };
  }

  const pay = async (orderId: string, amountMinor: number) => {
    await (await h.core()).core.orders.payments.record({ orderId, amount: { amountMinor }, method: "bank" });
    await h.deliver();
  };

  const farmingHandoffs = (clientId: string) => handoffsTo(h, clientId, "farming");

  it("issues the invoice as core's order tied to the deal", async () => {
    const { deal, invoice } = await invoicedDeal();
    expect(invoice.total).toEqual({ amountMinor: 100_000, currency: "RUB" });
    const order = await (await h.core()).core.orders.get({ orderId: invoice.orderId });
    expect(order).toMatchObject({ sourceRef: deal.id, function: "first-sale", number: invoice.number });
  });

  it("a 30 % payment wins the deal, makes the client a customer and hands it to farming", async () => {
    const { client, deal, invoice, api } = await invoicedDeal();
    await pay(invoice.orderId, 30_000);
    const { deal: won, pipeline } = await api.deals.get({ dealId: deal.id });
    expect(won).toMatchObject({ status: "won", wonBasis: "prepayment", paidShare: 0.3 });
    expect(pipeline.stages.find((s) => s.id === won.stageId)?.kind).toBe("won");
    expect(await clientStage(h, client.id)).toBe("customer");
    const handoffs = await farmingHandoffs(client.id);
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]).toMatchObject({ fromFunction: "first-sale", state: "requested" });
    expect(handoffs[0]?.note).toContain("Сыр российский, кг × 4");
    const core = (await h.core()).core;
    const changes = await core.timeline.list({ clientId: client.id, types: ["stage-change"] });
    expect(changes.items.map((a) => [a.body, a.data])).toEqual([
      [
        "Переговоры → Покупатель: Получена первая оплата",
        expect.objectContaining({ to: "customer", reasonCode: "first-payment" }),
      ],
      [
        `Потенциальный → Переговоры: Открыта сделка «${deal.title}»`,
        expect.objectContaining({
          to: "negotiation",
          reasonCode: "deal-created",
          reasonParams: { title: deal.title, dealId: deal.id },
        }),
      ],
    ]);
  });

  it("a 20 % payment does not; the next 10 % does, once", async () => {
    const { client, deal, invoice, api } = await invoicedDeal();
    await pay(invoice.orderId, 20_000);
    expect((await api.deals.get({ dealId: deal.id })).deal).toMatchObject({ status: "open", paidShare: 0.2 });
    expect(await farmingHandoffs(client.id)).toHaveLength(0);
    await pay(invoice.orderId, 10_000);
    await pay(invoice.orderId, 70_000);
    expect((await api.deals.get({ dealId: deal.id })).deal).toMatchObject({ status: "won", paidShare: 1 });
    expect(await farmingHandoffs(client.id)).toHaveLength(1);
  });
});
