import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { buysAndPays, newClient, RUB, refusal } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

describe("decisions by hand", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost();
    const tier = {
      ...defaultTier,
      combine: "any" as const,
      criteria: [...defaultTier.criteria, { kind: "manual" as const }],
    };
    await (await h.as(h.owner)).vip.program.save({ tiers: [tier] });
  });
  afterEach(() => h.close());

  it("a designation meets the tier's manual criterion until cleared; clearing it starts the grace period", async () => {
    const client = await newClient(h, "ООО Особые условия");
    const head = (await h.as(await h.member("Глеб", "head-of-sales"))).vip;
    const card = await head.clients.designate({
      clientId: client.id,
      mode: "designate",
      tierKey: "vip",
      reason: "Рамочный договор",
      until: "2026-12-31",
    });
    expect(card.designation).toEqual({ tierKey: "vip", reason: "Рамочный договор", until: "2026-12-31" });
    expect(card.standing).toMatchObject({
      tier: { key: "vip" },
      by: "rules",
      reasons: [
        {
          code: "manual",
          params: { met: true, tierKey: "vip", reason: "Рамочный договор", until: "2026-12-31" },
          text: "особые условия (VIP): Рамочный договор, до 31.12.2026",
        },
      ],
    });
    expect((await h.outbox("vip.client.promoted")).map((e) => e.payload.clientId)).toEqual([client.id]);

    const cleared = await head.clients.designate({ clientId: client.id, mode: "clear" });
    expect(cleared.designation).toBeNull();
    expect(cleared.standing).toMatchObject({
      tier: { key: "vip" },
      action: "start-grace",
      grace: { startedOn: "2026-06-01" },
    });
    const member = (await h.as(await h.member("Марина", "member"))).vip;
    expect((await refusal(member.clients.designate({ clientId: client.id, mode: "clear" }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("an exclusion takes a client out at once, with no grace, and keeps it out while it lasts", async () => {
    const client = await newClient(h, "ООО Спорный");
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
    const api = (await h.as(h.owner)).vip;
    const card = await api.clients.override({
      clientId: client.id,
      mode: "exclude",
      reason: "Судебный спор",
    });
    expect(card.standing).toMatchObject({ tier: null, by: "override", grace: null });
    expect((await h.outbox("vip.client.demoted")).map((e) => e.payload)).toEqual([
      expect.objectContaining({ clientId: client.id, to: null, by: "override", graceStartedOn: null }),
    ]);
    await buysAndPays(h, client.id, 1_000_000 * RUB, "2026-05-25");
    expect((await api.clients.get({ clientId: client.id })).standing?.tier).toBeNull();
    await api.clients.override({ clientId: client.id, mode: "clear" });
    expect((await api.clients.get({ clientId: client.id })).standing?.tier?.key).toBe("vip");
  });
});
