import { aClient, buysAndPays, callRefusal } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ReferralsHost, referralsHost } from "./host.ts";

let h: ReferralsHost;
beforeEach(async () => {
  h = await referralsHost();
});
afterEach(() => h.close());

const api = async () => (await h.as(h.owner)).referrals;

describe("recording a referral", () => {
  it("shows on both clients' cards and emits its event", async () => {
    const alfa = await aClient(h, { name: "ООО Альфа" });
    const beta = await aClient(h, { name: "ООО Бета" });
    const { id } = await (await api()).record({ clientId: beta.id, referrerId: alfa.id, note: "Знакомые" });

    const ofBeta = await (await api()).ofClient({ clientId: beta.id });
    expect(ofBeta.referredBy).toMatchObject({ clientId: alfa.id, name: "ООО Альфа", note: "Знакомые" });
    expect(ofBeta.referred).toEqual([]);
    const ofAlfa = await (await api()).ofClient({ clientId: alfa.id });
    expect(ofAlfa.referredBy).toBeNull();
    expect(ofAlfa.referred).toMatchObject([{ clientId: beta.id, name: "ООО Бета", rewards: [] }]);
    expect((await h.outbox("referrals.referral.recorded")).map((e) => e.payload)).toEqual([
      { referralId: id, referrerId: alfa.id, clientId: beta.id },
    ]);
  });

  it.each([
    ["a client referring itself", "self", "BAD_REQUEST", "referrerId"],
    ["a second referrer", "second", "CONFLICT", "clientId"],
    ["a referral back", "back", "CONFLICT", "referrerId"],
    ["an unknown client", "unknown", "NOT_FOUND", "referrerId"],
  ] as const)("refuses %s, naming the field, and writes nothing", async (_, kind, code, field) => {
    const alfa = await aClient(h, { name: "ООО Альфа" });
    const beta = await aClient(h, { name: "ООО Бета" });
    const gamma = await aClient(h, { name: "ООО Гамма" });
    await (await api()).record({ clientId: beta.id, referrerId: alfa.id });
    const input = {
      self: { clientId: gamma.id, referrerId: gamma.id },
      second: { clientId: beta.id, referrerId: gamma.id },
      back: { clientId: alfa.id, referrerId: beta.id },
      unknown: { clientId: gamma.id, referrerId: "cli_nobody" },
    }[kind];

    const refusal = await callRefusal((await api()).record(input));
    expect(refusal).toMatchObject({ code, fields: { [field]: expect.any(String) } });
    expect((await (await api()).list()).items).toHaveLength(1);
    expect(await h.outbox("referrals.referral.recorded")).toHaveLength(1);
  });
});

describe("rewards", () => {
  it("falls due on each payment of the referred client after the referral, once per payment", async () => {
    const alfa = await aClient(h, { name: "ООО Альфа" });
    const beta = await aClient(h, { name: "ООО Бета" });
    await buysAndPays(h, beta.id, 50_000_00, "2026-05-30");
    await (await api()).record({ clientId: beta.id, referrerId: alfa.id });
    const { paymentEventId } = await buysAndPays(h, beta.id, 100_000_00, "2026-06-01");
    await buysAndPays(h, alfa.id, 70_000_00, "2026-06-01");

    await h.redeliver(paymentEventId);
    await h.deliver();

    const { items, total } = await (await api()).list();
    expect(items).toMatchObject([
      { client: { name: "ООО Бета" }, rewards: [{ amountMinor: 5_000_00, currency: "RUB" }] },
    ]);
    expect(total).toEqual([{ amountMinor: 5_000_00, currency: "RUB" }]);
    expect((await h.outbox("referrals.reward.due")).map((e) => e.payload.reward)).toEqual([
      { amountMinor: 5_000_00, currency: "RUB" },
    ]);
  });

  it("takes the percent from the settings when the payment arrives", async () => {
    const alfa = await aClient(h, { name: "ООО Альфа" });
    const beta = await aClient(h, { name: "ООО Бета" });
    await (await api()).record({ clientId: beta.id, referrerId: alfa.id });
    await (await h.core()).core.plugins.updateSettings({
      pluginId: "referrals",
      settings: { rewardPercent: 10 },
    });
    await buysAndPays(h, beta.id, 12_345_67, "2026-06-01");

    const ofAlfa = await (await api()).ofClient({ clientId: alfa.id });
    expect(ofAlfa.referred[0]?.rewards).toEqual([{ amountMinor: 1_234_57, currency: "RUB" }]);
  });

  it("refuses a reward percent over 50, naming the setting", async () => {
    const refusal = await callRefusal(
      (await h.core()).core.plugins.updateSettings({
        pluginId: "referrals",
        settings: { rewardPercent: 80 },
      }),
    );
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", fields: { rewardPercent: expect.any(String) } });
  });
});
