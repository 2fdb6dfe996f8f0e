import { describe, expect, it } from "vitest";
import { firstSaleHost } from "./support/first-sale-host.ts";

describe("deals.names", () => {
  it("names the clients of visible deals and every member", async () => {
    const h = await firstSaleHost();
    try {
      const mark = await h.member("Марк", "member");
      const core = (await h.core()).core.clients;
      const romashka = await core.create({ name: "ООО Ромашка" });
      const lyutik = await core.create({ name: "ООО Лютик" });
      const noDeal = await core.create({ name: "ООО Без сделки" });
      const owner = (await h.as(h.owner)).firstSale;
      await owner.deals.create({ clientId: romashka.id });
      await owner.deals.create({ clientId: lyutik.id, hunterId: mark.id });
      const names = await owner.deals.names({ clientIds: [romashka.id, lyutik.id, noDeal.id, romashka.id] });
      expect(names.clients.map((c) => c.name).sort()).toEqual(["ООО Лютик", "ООО Ромашка"]);
      expect(names.members.map((m) => m.name).sort()).toEqual(["Марк", "Ольга"]);
      const own = await h.asActor({
        kind: "user",
        id: mark.id,
        name: "Марк",
        role: "custom",
        scope: "own",
        permissions: new Set(["first-sale.deals.read"]),
      });
      const seen = await own.firstSale.deals.names({ clientIds: [romashka.id, lyutik.id] });
      expect(seen.clients).toEqual([{ id: lyutik.id, name: "ООО Лютик" }]);
    } finally {
      await h.close();
    }
  });

  it("refuses an actor without deals.read", async () => {
    const h = await firstSaleHost();
    try {
      const caller = await h.asActor({
        kind: "user",
        id: "usr_x",
        name: "x",
        role: "custom",
        permissions: new Set(["first-sale.stats.read"]),
      });
      await expect(caller.firstSale.deals.names({ clientIds: [] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    } finally {
      await h.close();
    }
  });
});
