import {
  buildAppRouter,
  callPath,
  everyPermissionBut,
  permissionCatalog,
  procedureTable,
} from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { firstSalePlugin } from "../src/server/index.ts";
import { firstSaleHost } from "./support/first-sale-host.ts";

const table = procedureTable(buildAppRouter([firstSalePlugin])).filter(
  (e) => e.meta?.plugin === "first-sale",
);

describe("first sale's procedures refuse actors without their permission", () => {
  it("every procedure, for an actor holding every other permission", async () => {
    const h = await firstSaleHost();
    try {
      const all = permissionCatalog(h.t.host.registry).map((p) => p.id);
      expect(table.length).toBeGreaterThan(20);
      for (const entry of table) {
        const permission = entry.meta?.permission ?? "";
        const caller = await h.asActor(everyPermissionBut(all, permission));
        await expect(callPath(caller, entry.path), entry.path).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    } finally {
      await h.close();
    }
  });

  it("lets a viewer read deals but not write them, and a member work them but not shape pipelines", async () => {
    const h = await firstSaleHost();
    try {
      const mark = await h.member("Марк", "member");
      const client = await (await h.core(mark)).core.clients.create({ name: "ИП Марков" });
      const viewer = (await h.as(await h.member("Вера", "viewer"))).firstSale;
      const member = (await h.as(mark)).firstSale;
      expect((await viewer.deals.list({})).items).toEqual([]);
      await expect(viewer.deals.create({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(member.pipelines.create({ name: "Тендеры" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const deal = await member.deals.create({ clientId: client.id });
      await expect(viewer.proposals.create({ dealId: deal.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await h.close();
    }
  });
});
