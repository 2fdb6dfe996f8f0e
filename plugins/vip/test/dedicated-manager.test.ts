import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { buysAndPays, handoffsOf, newClient, RUB } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

/** Silver from 5 M ₽ without a key-account manager; Gold from 20 M ₽ with one. */
const tiers = [
  {
    ...defaultTier,
    key: "silver",
    name: { ru: "Серебро", en: "Silver" },
    privileges: { dedicatedManager: false },
  },
  {
    ...defaultTier,
    key: "gold",
    name: { ru: "Золото", en: "Gold" },
    criteria: [{ kind: "revenue" as const, windowMonths: 12, minMinor: 20_000_000 * RUB }],
    privileges: { dedicatedManager: true },
  },
];

describe("a tier's dedicated manager", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost();
    await (await h.as(h.owner)).vip.program.save({ tiers });
  });
  afterEach(() => h.close());

  it("is not given by a tier without one: the client enters it and its farmer keeps it", async () => {
    const farmer = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Серебро", { farmer });
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
    const card = await (await h.as(h.owner)).vip.clients.get({ clientId: client.id });
    expect(card.standing?.tier?.key).toBe("silver");
    expect(await handoffsOf(h, client.id)).toEqual([]);
    expect((await (await h.records()).clients.get(client.id))?.owners).toMatchObject({
      farming: farmer.id,
      vip: null,
    });
  });

  it("is given by a tier with one: moving up into it hands the client from farming to VIP", async () => {
    const farmer = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Золото", { farmer });
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
    expect(await handoffsOf(h, client.id)).toEqual([]);
    await buysAndPays(h, client.id, 15_000_000 * RUB, "2026-05-25");
    const card = await (await h.as(h.owner)).vip.clients.get({ clientId: client.id });
    expect(card.standing?.tier?.key).toBe("gold");
    expect(await handoffsOf(h, client.id)).toEqual([["farming", "vip", "requested"]]);
  });
});
