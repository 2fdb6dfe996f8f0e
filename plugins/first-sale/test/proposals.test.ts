import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient, twoLines } from "./support/samples.ts";

describe("proposals", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost();
  });
  afterEach(() => h.close());

  async function dealWithLines() {
    const client = await newClient(h);
    const api = (await h.as(h.owner)).firstSale;
    return { api, deal: await api.deals.create({ clientId: client.id, lines: twoLines }) };
  }

  it("are written from the deal's lines and versioned on each edit", async () => {
    const { api, deal } = await dealWithLines();
    const created = await api.proposals.create({ dealId: deal.id, terms: "Предоплата 30 %" });
    expect(created).toMatchObject({ number: "P-000001", status: "draft", currentVersion: 1 });
    expect(created.version.totalMinor).toBe(100_000);
    await api.proposals.setStatus({ proposalId: created.id, status: "sent" });
    const revised = await api.proposals.revise({
      proposalId: created.id,
      lines: [
        { name: "Сыр российский, кг", quantity: 10, price: { amountMinor: 20_000 }, discountPercent: 10 },
      ],
    });
    expect(revised).toMatchObject({ status: "draft", currentVersion: 2 });
    const full = await api.proposals.get({ proposalId: created.id });
    expect(full.versions.map((v) => [v.version, v.total.amountMinor, v.terms])).toEqual([
      [1, 100_000, "Предоплата 30 %"],
      [2, 180_000, "Предоплата 30 %"],
    ]);
  });

  it("once accepted, give the deal their lines and stay as they are", async () => {
    const { api, deal } = await dealWithLines();
    const p = await api.proposals.create({
      dealId: deal.id,
      lines: [{ name: "Пармезан", quantity: 2, price: { amountMinor: 150_000 } }],
    });
    await api.proposals.setStatus({ proposalId: p.id, status: "accepted" });
    const { deal: after, lines } = await api.deals.get({ dealId: deal.id });
    expect(after.amount.amountMinor).toBe(300_000);
    expect(lines.map((l) => l.name)).toEqual(["Пармезан"]);
    await expect(api.proposals.revise({ proposalId: p.id, terms: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(api.proposals.setStatus({ proposalId: p.id, status: "declined" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("need lines and a validity date not in the past", async () => {
    const { api, deal } = await dealWithLines();
    const bare = await api.deals.create({ clientId: deal.clientId });
    await expect(api.proposals.create({ dealId: bare.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { lines: expect.any(String) } },
    });
    await expect(api.proposals.create({ dealId: deal.id, validUntil: "2001-01-01" })).rejects.toMatchObject({
      cause: { fields: { validUntil: expect.any(String) } },
    });
  });
});
