import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys } from "./support/account-samples.ts";
import { newClient, refusal } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("farming statistics", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  async function history() {
    const fedor = await h.member("Фёдор", "member");
    const irina = await h.member("Ирина", "member");
    const loyal = await newClient(h, "ООО Верный", fedor);
    await buys(h, loyal.id, ["2025-03-10", "2025-09-10", "2026-03-10", "2026-05-10"], {
      amountMinor: 100_000,
    });
    const leaving = await newClient(h, "ООО Уходит", fedor);
    await buys(h, leaving.id, ["2025-04-10"], { amountMinor: 200_000 });
    const fresh = await newClient(h, "ООО Новый", irina);
    await buys(h, fresh.id, ["2026-05-15"], { amountMinor: 50_000 });
    await h.runJob("recompute");
    return { fedor, irina, loyal, leaving, fresh };
  }

  it("reads retention, repeat purchases, revenue mix, share of wallet, the ladder and classes", async () => {
    const { loyal } = await history();
    const api = (await h.as(h.owner)).farming;
    await api.accounts.setPotential({ clientId: loyal.id, amountMinor: 1_200_000 });
    const s = await api.stats.summary({});
    expect(s).toMatchObject({ currency: "RUB", today: "2026-06-01", clients: 3 });
    expect(s.nrr).toEqual({ value: 1, base: 300_000, retained: 300_000 });
    expect(s.repeatRate).toBe(0.5);
    expect(s.existingVsNew).toHaveLength(12);
    expect(s.existingVsNew.slice(-2)).toEqual([
      { month: "2026-05", existingMinor: 100_000, newMinor: 50_000 },
      { month: "2026-06", existingMinor: 0, newMinor: 0 },
    ]);
    expect(s.shareOfWallet).toEqual({
      value: 0.25,
      revenueMinor: 300_000,
      potentialMinor: 1_200_000,
      clients: 1,
    });
    expect(s.ladder).toEqual({ single: 3, complex: 0, project: 0 });
    expect(s.abc).toEqual({ A: 1, B: 1, C: 1, none: 0 });
    expect(s.nrrByQuarter.map((q) => q.quarter)).toEqual(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
    expect(s.cohorts.map((c) => c.cohort)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
  });

  it("narrows to one farmer's clients; a viewer reads the whole base; an empty farmer id is refused", async () => {
    const { irina } = await history();
    const s = await (await h.as(h.owner)).farming.stats.summary({ farmerId: irina.id });
    expect(s).toMatchObject({ clients: 1, repeatRate: 0, nrr: { value: null, base: 0, retained: 0 } });
    const viewer = await h.member("Вера", "viewer");
    expect((await (await h.as(viewer)).farming.stats.summary({})).clients).toBe(3);
    expect((await refusal((await h.as(viewer)).farming.stats.summary({ farmerId: "" }))).code).toBe(
      "BAD_REQUEST",
    );
  });
});
