import { amountInWords } from "@quartet/core";
import { pdfText } from "@quartet/testing/pdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient, twoLines } from "./support/samples.ts";

/** The organisation's requisites the seller's block prints (Settings → Requisites). */
const card = {
  fullName: "Общество с ограниченной ответственностью «Сырный двор»",
  shortName: "ООО «Сырный двор»",
  inn: "7707083893",
  kpp: "773601001",
  legalAddress: "117997, Москва, ул. Вавилова, 19",
  directorName: "Иванов Иван Иванович",
  vatMode: "vat22" as const,
  bankAccounts: [
    { bik: "044525225", account: "40702810400000000005", correspondentAccount: "30101810400000000225" },
  ],
};

/** A PDF's text as one line: poppler's layout breaks lines where the page does. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("first sale's documents", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
    await (await h.as(h.owner)).core.requisites.org.set(card);
  });
  afterEach(() => h.close());

  /** The issued PDF as the browser gets it: the view's `url` through the real Hono app. */
  async function textOf(view: { url: string }) {
    const response = await h.t.app().request(view.url, {
      headers: { "x-test-user": h.owner.id, "x-test-org": h.orgId },
    });
    expect(response.headers.get("content-type")).toBe("application/pdf");
    return flat(pdfText(new Uint8Array(await response.arrayBuffer())));
  }

  async function dealWithLines() {
    const client = await newClient(h);
    const api = await h.as(h.owner);
    return { api, deal: await api.firstSale.deals.create({ clientId: client.id, lines: twoLines }) };
  }

  it("a proposal's PDF carries its lines, terms, validity, manager and total in words; a revision is version 2 of the same number", async () => {
    const { api, deal } = await dealWithLines();
    const proposal = await api.firstSale.proposals.create({
      dealId: deal.id,
      terms: "Поставка в течение 5 дней после оплаты",
      validUntil: "2030-03-15",
    });
    const issue = () =>
      api.core.documents.issue({ type: "first-sale.proposal", subjectId: proposal.id, locale: "ru" });
    const first = await issue();
    // Under the proposal's own number, as the deal page shows it, not one of core's series.
    expect(first).toMatchObject({ number: proposal.number, version: 1, typeName: "Commercial proposal" });
    expect(first.total).toEqual({ amountMinor: 100_000, currency: "RUB" });
    const text = await textOf(first);
    for (const words of [
      proposal.number,
      "ООО «Сырный двор»",
      "ООО Ромашка",
      "Сыр российский, кг",
      "Доставка",
      "Поставка в течение 5 дней после оплаты",
      "15 марта 2030",
      "Ольга",
      amountInWords(100_000, "RUB", "ru"),
    ]) {
      expect(text).toContain(words);
    }

    await api.firstSale.proposals.revise({
      proposalId: proposal.id,
      lines: [
        { name: "Сыр российский, кг", quantity: 10, price: { amountMinor: 20_000 }, discountPercent: 10 },
      ],
    });
    const second = await issue();
    expect(second).toMatchObject({ number: proposal.number, version: 2, date: first.date });
    expect(await textOf(second)).toContain(amountInWords(180_000, "RUB", "ru"));
    const versions = await api.core.documents.list({ subjectId: proposal.id });
    expect(versions.map((v) => [v.number, v.version, v.superseded])).toEqual([
      [proposal.number, 2, false],
      [proposal.number, 1, true],
    ]);

    const other = await api.firstSale.proposals.create({ dealId: deal.id });
    const next = await api.core.documents.issue({ type: "first-sale.proposal", subjectId: other.id });
    expect(next).toMatchObject({ number: other.number, version: 1 });
    expect(other.number).not.toBe(proposal.number);
  });

  it("a deal's invoice bills its lines to its client with the seller's bank, in English too", async () => {
    const { api, deal } = await dealWithLines();
    const types = await api.core.documents.types({ subject: "first-sale.deal" });
    expect(types).toEqual([{ type: "first-sale.invoice", name: "Invoice", subject: "first-sale.deal" }]);
    const invoice = await api.core.documents.issue({ type: "first-sale.invoice", subjectId: deal.id });
    expect(invoice).toMatchObject({ number: "1", version: 1, client: { id: deal.clientId } });
    const text = await textOf(invoice);
    for (const words of [
      "Счёт на оплату № 1",
      "044525225",
      "40702810400000000005",
      "ООО Ромашка",
      "Доставка",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain(amountInWords(100_000, "RUB", "ru"));
    const english = await api.core.documents.issue({
      type: "first-sale.invoice",
      subjectId: deal.id,
      locale: "en",
    });
    expect(await textOf(english)).toContain(amountInWords(100_000, "RUB", "en"));

    // One run of invoice numbers a year: core's invoice of an order follows the deal's.
    const order = await api.core.orders.record({
      clientId: deal.clientId,
      lines: [{ name: "Доставка", quantity: 1, price: { amountMinor: 50_000 } }],
    });
    const ofOrder = await api.core.documents.issue({ type: "invoice", subjectId: order.id });
    expect(ofOrder).toMatchObject({ number: "2", version: 1 });
  });

  it("refuses whoever may not issue, and hides what the actor may not see", async () => {
    const { api, deal } = await dealWithLines();
    const proposal = await api.firstSale.proposals.create({ dealId: deal.id });
    await api.core.documents.issue({ type: "first-sale.proposal", subjectId: proposal.id });
    const viewer = (await h.as(await h.member("Вера", "viewer"))).core.documents;
    for (const [type, subjectId] of [
      ["first-sale.proposal", proposal.id],
      ["first-sale.invoice", deal.id],
    ] as const) {
      await expect(viewer.issue({ type, subjectId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await viewer.list({ subjectId: proposal.id })).toHaveLength(1);
    expect(await viewer.types({ subject: "first-sale.proposal" })).toEqual([]);

    const stranger = await h.asActor({
      kind: "user",
      id: "usr_stranger",
      name: "Чужой охотник",
      role: "member",
      scope: "own",
      permissions: new Set([
        "core.clients.read",
        "first-sale.deals.read",
        "first-sale.deals.write",
        "first-sale.proposals.write",
      ]),
    });
    await expect(
      stranger.core.documents.issue({ type: "first-sale.proposal", subjectId: proposal.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.core.documents.issue({ type: "first-sale.invoice", subjectId: deal.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an invoice of a deal with only an estimate has no lines to print", async () => {
    const client = await newClient(h);
    const api = await h.as(h.owner);
    const bare = await api.firstSale.deals.create({
      clientId: client.id,
      estimate: { amountMinor: 5_000_000 },
    });
    await expect(
      api.core.documents.issue({ type: "first-sale.invoice", subjectId: bare.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
