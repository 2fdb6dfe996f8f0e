import { sessionOf } from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost, type TestUser } from "./support/first-sale-host.ts";
import { newClient } from "./support/samples.ts";

/** `firstSale.deals.create` posted to the real Hono app as `user` (superjson envelope): the HTTP status and the answer. */
async function postCreate(h: FirstSaleHost, user: TestUser, input: unknown) {
  const app = h.t.app(sessionOf(h.t, user));
  const response = await app.request("/trpc/firstSale.deals.create", {
    method: "POST",
    headers: { "content-type": "application/json", "x-quartet-org": h.orgId },
    body: JSON.stringify({ json: input }),
  });
  return { status: response.status, body: JSON.stringify(await response.json()) };
}

/** How many deals the owner sees in all. */
async function dealCount(h: FirstSaleHost) {
  return (await (await h.as(h.owner)).firstSale.deals.page({})).total;
}

describe("a deal's title and the board's quick add", () => {
  it("names a deal after its client unless given a title", async () => {
    const h = await firstSaleHost();
    try {
      const client = await newClient(h, "ООО Ромашка");
      const fs = (await h.as(h.owner)).firstSale;
      expect((await fs.deals.create({ clientId: client.id })).title).toBe("ООО Ромашка");
      expect((await fs.deals.create({ clientId: client.id, title: "Сыр на год" })).title).toBe("Сыр на год");
    } finally {
      await h.close();
    }
  });

  it("adds a deal in the column's stage, for a new client named on the spot", async () => {
    const h = await firstSaleHost();
    try {
      const fs = (await h.as(h.owner)).firstSale;
      const stage = (await fs.deals.board({})).columns[2]?.stage;
      const deal = await fs.deals.create({
        newClientName: "ООО Василёк",
        stageId: stage?.id ?? "",
        estimate: { amountMinor: 4_500_000 },
      });
      expect(deal).toMatchObject({
        title: "ООО Василёк",
        stageId: stage?.id,
        amount: { amountMinor: 4_500_000 },
      });
      const client = await (await h.core()).core.clients.get({ id: deal.clientId });
      expect(client).toMatchObject({ merged: false, client: { name: "ООО Василёк", stage: "negotiation" } });
      const column = (await fs.deals.board({})).columns[2];
      expect(column).toMatchObject({ count: 1, totals: [{ amountMinor: 4_500_000 }] });
    } finally {
      await h.close();
    }
  });

  it("refuses a viewer, and a member who may not create clients, writing nothing", async () => {
    const h = await firstSaleHost();
    try {
      const client = await newClient(h);
      const viewer = (await h.as(await h.member("Вера", "viewer"))).firstSale;
      await expect(viewer.deals.create({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const clerk = await h.asActor({
        kind: "user",
        id: h.owner.id,
        name: "Ольга",
        role: "custom",
        permissions: new Set(["first-sale.deals.write", "first-sale.deals.read"]),
      });
      await expect(clerk.firstSale.deals.create({ newClientName: "ООО Новый" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await dealCount(h)).toBe(0);
      const found = await (await h.core()).core.clients.list({ search: "Новый" });
      expect(found.items).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["neither a client nor a new client's name", { estimate: { amountMinor: 100 } }, "clientId"],
    [
      "both a client and a new client's name",
      { clientId: "cli_x", newClientName: "ООО Двойник" },
      "clientId",
    ],
    ["a blank new client's name", { newClientName: "   " }, "newClientName"],
    [
      "a negative amount",
      { newClientName: "ООО Минус", estimate: { amountMinor: -100 } },
      "estimate.amountMinor",
    ],
    [
      "kopecks that are not whole",
      { newClientName: "ООО Дробь", estimate: { amountMinor: 10.5 } },
      "estimate.amountMinor",
    ],
    ["an unknown stage", { newClientName: "ООО Этап", stageId: "stg_nope" }, "stageId"],
  ])("answers 4xx naming the field for %s, and writes nothing", async (_case, input, field) => {
    const h = await firstSaleHost();
    try {
      const { status, body } = await postCreate(h, h.owner, input);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(body).toContain(`"${field}"`);
      expect(await dealCount(h)).toBe(0);
      expect((await (await h.core()).core.clients.list({})).items).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
