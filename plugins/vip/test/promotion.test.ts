import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buysAndPays, handoffsOf, newClient, RUB, vipTimeline } from "./support/samples.ts";
import { type VipHost, vipHost } from "./support/vip-host.ts";

describe("a payment that takes a client over the tier's threshold", () => {
  let h: VipHost;
  beforeEach(async () => {
    h = await vipHost();
  });
  afterEach(() => h.close());

  it("promotes it with the reason in numbers, hands it to VIP, audits and emits once", async () => {
    const farmer = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", { farmer });
    await buysAndPays(h, client.id, 4_900_000 * RUB, "2026-03-10");
    const api = (await h.as(h.owner)).vip;
    expect((await api.clients.get({ clientId: client.id })).standing?.tier).toBeNull();

    const { paymentEventId } = await buysAndPays(h, client.id, 200_000 * RUB, "2026-05-20");
    const card = await api.clients.get({ clientId: client.id });
    expect(card.standing).toMatchObject({
      tier: { key: "vip", name: { ru: "VIP", en: "VIP" } },
      since: "2026-06-01",
      by: "rules",
      reasons: [
        {
          code: "revenue",
          params: { met: true, paidMinor: 5_100_000 * RUB, minMinor: 5_000_000 * RUB, windowMonths: 12 },
          text: "оплачено 5,1\u00A0млн\u00A0₽ за 12\u00A0месяцев ≥ 5\u00A0млн\u00A0₽",
        },
      ],
    });
    expect((await (await h.records()).clients.get(client.id))?.tier).toBe("vip");
    expect(await vipTimeline(h, client.id)).toEqual([
      [
        "Присвоен уровень «VIP»: оплачено 5,1\u00A0млн\u00A0₽ за 12\u00A0месяцев ≥ 5\u00A0млн\u00A0₽",
        expect.objectContaining({
          code: "vip.client.promoted",
          params: { from: null, to: "vip", by: "rules" },
          reasons: [expect.objectContaining({ code: "revenue" })],
        }),
      ],
    ]);
    expect(await handoffsOf(h, client.id)).toEqual([["farming", "vip", "requested"]]);
    const audit = await (await h.core()).core.audit.list({ entity: "client", entityId: client.id });
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(["vip.client.promote", "core.client.tier"]),
    );
    const promoted = await h.outbox("vip.client.promoted");
    expect(promoted.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        clientId: client.id,
        from: null,
        to: { key: "vip", name: { ru: "VIP", en: "VIP" } },
        by: "rules",
      }),
    ]);

    await h.redeliver(paymentEventId);
    await h.deliver();
    expect(await h.outbox("vip.client.promoted")).toHaveLength(1);
    expect(await vipTimeline(h, client.id)).toHaveLength(1);
  });

  it("hands a client without a farmer over from first sale", async () => {
    const client = await newClient(h, "ООО Новый");
    await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
    expect(await handoffsOf(h, client.id)).toEqual([["first-sale", "vip", "requested"]]);
  });
});
