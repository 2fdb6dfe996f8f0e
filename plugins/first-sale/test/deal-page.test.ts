import { describe, expect, it } from "vitest";
import { firstSaleHost } from "./support/first-sale-host.ts";

describe("deals.page", () => {
  it("sorts every matching deal, pages them and counts them", async () => {
    const h = await firstSaleHost();
    try {
      const client = await (await h.core()).core.clients.create({ name: "ООО Ромашка" });
      const fs = (await h.as(h.owner)).firstSale;
      const make = (title: string, rubles: number, expectedCloseOn: string | null) =>
        fs.deals.create({
          clientId: client.id,
          title,
          estimate: { amountMinor: rubles * 100 },
          expectedCloseOn,
        });
      await make("бета", 300, "2026-05-01");
      await make("Альфа", 100, null);
      await make("Гамма", 200, "2026-03-01");
      const titles = async (
        sort: "newest" | "amount-desc" | "amount-asc" | "close-date" | "title" | "oldest",
      ) => (await fs.deals.page({ sort })).items.map((d) => d.title);
      expect(await titles("newest")).toEqual(["Гамма", "Альфа", "бета"]);
      expect(await titles("oldest")).toEqual(["бета", "Альфа", "Гамма"]);
      expect(await titles("amount-desc")).toEqual(["бета", "Гамма", "Альфа"]);
      expect(await titles("amount-asc")).toEqual(["Альфа", "Гамма", "бета"]);
      expect(await titles("close-date")).toEqual(["Гамма", "бета", "Альфа"]);
      const second = await fs.deals.page({ sort: "amount-desc", offset: 1, limit: 1 });
      expect(second).toMatchObject({ total: 3, items: [{ title: "Гамма", stageName: "Новая" }] });
      expect((await fs.deals.page({ search: "мм" })).total).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("shows an own-scope hunter only their deals, and refuses an actor without deals.read", async () => {
    const h = await firstSaleHost();
    try {
      const mark = await h.member("Марк", "member");
      const client = await (await h.core()).core.clients.create({ name: "ООО Лютик" });
      const fs = (await h.as(h.owner)).firstSale;
      await fs.deals.create({ clientId: client.id, title: "Своя", hunterId: mark.id });
      await fs.deals.create({ clientId: client.id, title: "Чужая" });
      const actor = { kind: "user" as const, id: mark.id, name: "Марк", role: "custom" };
      const own = await h.asActor({
        ...actor,
        scope: "own",
        permissions: new Set(["first-sale.deals.read"]),
      });
      expect(await own.firstSale.deals.page({})).toMatchObject({ total: 1, items: [{ title: "Своя" }] });
      const stats = await h.asActor({ ...actor, permissions: new Set(["first-sale.stats.read"]) });
      await expect(stats.firstSale.deals.page({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await h.close();
    }
  });
});
