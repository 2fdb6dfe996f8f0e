import {
  buildAppRouter,
  callPath,
  everyPermissionBut,
  permissionCatalog,
  procedureTable,
} from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../src/contracts/rules.ts";
import { farmingPlugin } from "../src/server/index.ts";
import { buys } from "./support/account-samples.ts";
import { newClient } from "./support/deal-samples.ts";
import { farmingHost } from "./support/farming-host.ts";

const analytics = ["farming.accounts.", "farming.whitespace.", "farming.rules.", "farming.stats."];
const table = procedureTable(buildAppRouter([farmingPlugin])).filter((e) =>
  analytics.some((prefix) => e.path.startsWith(prefix)),
);

describe("farming's analytics procedures refuse actors without their permission", () => {
  it("every procedure, for an actor holding every other permission", async () => {
    const h = await farmingHost();
    try {
      const all = permissionCatalog(h.t.host.registry).map((p) => p.id);
      expect(table.map((e) => e.path).sort()).toEqual([
        "farming.accounts.client",
        "farming.accounts.day",
        "farming.accounts.farmers",
        "farming.accounts.markProject",
        "farming.accounts.move",
        "farming.accounts.portfolio",
        "farming.accounts.setCadence",
        "farming.accounts.setPotential",
        "farming.rules.get",
        "farming.rules.save",
        "farming.stats.summary",
        "farming.whitespace.accept",
        "farming.whitespace.dismiss",
        "farming.whitespace.matrix",
        "farming.whitespace.offers",
      ]);
      for (const entry of table) {
        const permission = entry.meta?.permission ?? "";
        expect(permission, entry.path).toMatch(/^farming\./);
        const caller = await h.asActor(everyPermissionBut(all, permission));
        await expect(callPath(caller, entry.path), entry.path).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    } finally {
      await h.close();
    }
  });

  it("lets a viewer read but not write, and a farmer work accounts but not move clients or set rules", async () => {
    const h = await farmingHost();
    try {
      const farmer = await h.member("Фёдор", "member");
      const client = await newClient(h, "ООО Ромашка", farmer);
      const [orderId = ""] = await buys(h, client.id, ["2026-05-01"]);
      const viewer = (await h.as(await h.member("Вера", "viewer"))).farming;
      const member = (await h.as(farmer)).farming;
      const clientId = client.id;
      expect((await viewer.accounts.portfolio({})).total).toBe(1);
      const refused = [
        viewer.accounts.setCadence({ clientId, days: 7 }),
        viewer.accounts.setPotential({ clientId, amountMinor: 1 }),
        viewer.accounts.markProject({ orderId, project: true }),
        viewer.whitespace.dismiss({ clientId, categoryId: "cat_x" }),
        viewer.whitespace.accept({ clientId, categoryId: "cat_x" }),
        member.accounts.move({ clientIds: [clientId], toFarmerId: farmer.id, note: "x" }),
        member.rules.save(defaultFarmingRules),
      ];
      for (const call of refused) await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await member.accounts.setCadence({ clientId, days: 7 })).days).toBe(7);
    } finally {
      await h.close();
    }
  });
});
