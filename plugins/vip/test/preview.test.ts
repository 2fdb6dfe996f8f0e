import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier, type VipProgramInput } from "../src/contracts/program.ts";
import { buysAndPays, newClient, RUB } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

describe("previewing a program change", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost();
  });
  afterEach(() => h.close());

  it("lists exactly the clients the saved change then promotes and demotes", async () => {
    const clients: Record<string, string> = {};
    for (const [name, roubles] of [
      ["ООО Крупный", 6_000_000],
      ["ООО Средний", 3_500_000],
      ["ООО Малый", 1_000_000],
      ["ООО Пограничный", 5_200_000],
    ] as const) {
      const client = await newClient(h, name);
      clients[name] = client.id;
      await buysAndPays(h, client.id, roubles * RUB, "2026-05-20");
    }
    const change: VipProgramInput = {
      graceDays: 0,
      tiers: [
        { ...defaultTier, criteria: [{ kind: "revenue", minMinor: 3_000_000 * RUB }] },
        {
          key: "platinum",
          name: { ru: "Платина", en: "Platinum" },
          criteria: [{ kind: "revenue", minMinor: 5_500_000 * RUB }],
        },
      ],
    };
    const api = (await h.as(h.owner)).vip;
    const preview = await api.program.preview(change);
    const moves = (items: { clientId: string; from: string | null; to: string | null }[]) =>
      items.map((i) => [i.clientId, i.from, i.to]).sort();
    expect(moves(preview.promoted)).toEqual(
      [
        [clients["ООО Крупный"], "vip", "platinum"],
        [clients["ООО Средний"], null, "vip"],
      ].sort(),
    );
    expect(moves(preview.demoted)).toEqual([]);
    expect(preview.counts).toMatchObject({ promoted: 2, demoted: 0, total: 4 });

    const narrower: VipProgramInput = {
      graceDays: 0,
      tiers: [{ ...defaultTier, criteria: [{ kind: "revenue", minMinor: 5_500_000 * RUB }] }],
    };
    const second = await api.program.preview(narrower);
    expect(moves(second.demoted)).toEqual([[clients["ООО Пограничный"], "vip", null]]);

    const saved = await api.program.save(change);
    expect(saved.result).toMatchObject({ promoted: 2, demoted: 0 });
    const promotedIds = (await h.outbox("vip.client.promoted")).slice(-2).map((e) => e.payload.clientId);
    expect(promotedIds.sort()).toEqual(preview.promoted.map((p) => p.clientId).sort());
    const desk = await api.clients.list({});
    expect(desk.items.map((i) => [i.name, i.tier?.key])).toEqual([
      ["ООО Крупный", "platinum"],
      ["ООО Пограничный", "vip"],
      ["ООО Средний", "vip"],
    ]);
    const after = await api.program.preview(narrower);
    const savedNarrower = await api.program.save(narrower);
    expect(savedNarrower.result).toMatchObject({
      promoted: after.counts.promoted,
      demoted: after.counts.demoted,
    });
    expect((await h.outbox("vip.client.demoted")).map((e) => e.payload.clientId).sort()).toEqual(
      after.demoted.map((d) => d.clientId).sort(),
    );
  });
});
