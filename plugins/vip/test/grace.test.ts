import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buysAndPays, handoffsOf, newClient, openTasks, RUB, today, vipTimeline } from "./support/samples.ts";
import { type TestUser, type VipHost, vipHost } from "./support/vip-host.ts";

describe("a VIP client below its tier", () => {
  let h: VipHost;
  let manager: TestUser;
  beforeEach(async () => {
    h = await vipHost({ today: "2025-06-10" });
    manager = await h.member("Марина", "member");
  });
  afterEach(() => h.close());

  async function formerBigBuyer(name: string) {
    today(h, "2025-06-10");
    const farmer = await h.member(`Фермер ${name}`, "member");
    const client = await newClient(h, name, { farmer, manager });
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2025-06-10");
    return client;
  }
  const tierOf = async (clientId: string) =>
    (await (await h.as(h.owner)).vip.clients.get({ clientId })).standing?.tier?.key ?? null;
  const warnings = async (clientId: string) =>
    (await openTasks(h, clientId)).filter((t) => t.title.startsWith("Клиент ниже условий"));

  it("stays VIP through the grace period, its manager warned once, then is demoted with the reason", async () => {
    const client = await formerBigBuyer("ООО Угасает");
    today(h, "2026-06-10");
    await h.runJob("reassess");
    await h.runJob("reassess");
    expect(await tierOf(client.id)).toBe("vip");
    expect(await warnings(client.id)).toEqual([
      expect.objectContaining({
        assigneeId: manager.id,
        title: "Клиент ниже условий уровня «VIP», понижение 08.09.2026: ООО Угасает",
        function: "vip",
      }),
    ]);
    const card = await (await h.as(manager)).vip.clients.get({ clientId: client.id });
    expect(card.standing?.grace).toEqual({ startedOn: "2026-06-10", demoteOn: "2026-09-08" });

    today(h, "2026-09-07");
    await h.runJob("reassess");
    expect(await tierOf(client.id)).toBe("vip");
    expect(await h.outbox("vip.client.demoted")).toEqual([]);

    today(h, "2026-09-08");
    await h.runJob("reassess");
    expect(await tierOf(client.id)).toBeNull();
    expect((await (await h.records()).clients.get(client.id))?.tier).toBe("standard");
    expect((await h.outbox("vip.client.demoted")).map((e) => e.payload)).toEqual([
      expect.objectContaining({
        clientId: client.id,
        from: { key: "vip", name: { ru: "VIP", en: "VIP" } },
        to: null,
        graceStartedOn: "2026-06-10",
        reasons: [
          expect.objectContaining({
            code: "revenue",
            params: expect.objectContaining({ met: false, paidMinor: 0 }),
          }),
          { code: "grace-expired", params: { since: "2026-06-10", graceDays: 90 } },
        ],
      }),
    ]);
    const bodies = (await vipTimeline(h, client.id)).map(([body]) => body);
    expect(bodies.at(-1)).toBe(
      "Снят уровень «VIP»: оплачено 0\u00A0₽ за 12\u00A0месяцев < 5\u00A0млн\u00A0₽; ниже условий с 10.06.2026, льготный период 90\u00A0дней истёк",
    );
    expect(await handoffsOf(h, client.id)).toEqual([
      ["vip", "farming", "requested"],
      ["farming", "vip", "requested"],
    ]);
  });

  it("is kept by a manual override until it expires; then a new grace period starts", async () => {
    const client = await formerBigBuyer("ООО Партнёр");
    today(h, "2026-06-10");
    await h.runJob("reassess");
    const head = await h.member("Глеб", "head-of-sales");
    const card = await (await h.as(head)).vip.clients.override({
      clientId: client.id,
      mode: "keep",
      tierKey: "vip",
      reason: "Стратегический партнёр",
      until: "2026-12-31",
    });
    expect(card.standing).toMatchObject({ tier: { key: "vip" }, by: "override", grace: null });
    expect(card.override).toEqual({
      mode: "keep",
      tierKey: "vip",
      reason: "Стратегический партнёр",
      until: "2026-12-31",
    });

    today(h, "2026-09-08");
    await h.runJob("reassess");
    today(h, "2026-12-31");
    await h.runJob("reassess");
    expect(await tierOf(client.id)).toBe("vip");
    expect(await h.outbox("vip.client.demoted")).toEqual([]);

    today(h, "2027-01-01");
    await h.runJob("reassess");
    expect(await tierOf(client.id)).toBe("vip");
    expect((await warnings(client.id)).map((t) => t.title)).toEqual([
      "Клиент ниже условий уровня «VIP», понижение 08.09.2026: ООО Партнёр",
      "Клиент ниже условий уровня «VIP», понижение 01.04.2027: ООО Партнёр",
    ]);
    const audit = await (await h.core()).core.audit.list({
      entity: "client",
      entityId: client.id,
      action: "vip.client.override",
    });
    expect(audit.items).toHaveLength(1);
  });
});
