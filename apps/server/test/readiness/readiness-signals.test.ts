import { manualClock, type Signal } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { readinessSeed } from "./seed.ts";

const now = Date.UTC(2026, 11, 7, 12);
const million = 100_000_000;

/** A solo organisation (its owner on all four legs) in a fresh host, and its owner's caller. */
async function soloOrg(t: TestHost, name: string) {
  const owner = await createUser(t, name);
  const orgId = (await orgOwnedBy(t, owner, `ИП ${name}`, "solo")).id;
  const api = await callerFor(t, owner, orgId);
  return { owner, orgId, api, seed: readinessSeed(t, orgId, owner.id) };
}

function signal(signals: Signal[], key: string) {
  return signals.find((s) => s.key === key);
}

describe("readiness signals read from an organisation's database", () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins, clock: manualClock(now) });
  });
  afterAll(() => t.close());

  it("says nothing for a new organisation", async () => {
    const { api } = await soloOrg(t, "Вера");
    expect((await api.core.readiness.list()).signals).toEqual([]);
  });

  it("hire-callers: the owner's 50 cold calls in each of 3 weeks, not 49 in one of them", async () => {
    const { api, owner, seed } = await soloOrg(t, "Анна");
    await seed.calls(owner.id, [50, 49, 50], now);
    expect(signal((await api.core.readiness.list()).signals, "hire-callers")).toBeUndefined();
    await seed.calls(owner.id, [0, 1, 0], now);
    expect(signal((await api.core.readiness.list()).signals, "hire-callers")).toMatchObject({
      person: { userId: owner.id, name: "Анна" },
      numbers: { callsPerWeek: 50, weeks: 3, threshold: 50 },
      href: "/team?tab=members",
    });
  });

  it("hire-callers: calls older than 3 weeks or of another function do not count", async () => {
    const { api, owner, seed } = await soloOrg(t, "Инна");
    await seed.calls(owner.id, [0, 0, 0, 90], now);
    const [clientId] = await seed.customers(1, now, 1);
    for (let i = 0; i < 3; i++)
      await seed.activity(clientId as string, "call", "farming", now - i * 7 * 86_400_000);
    expect((await api.core.readiness.list()).signals.map((s) => s.key)).not.toContain("hire-callers");
  });

  it("hire-farmer: 10 won clients without contact for 30 days, gone once one is called", async () => {
    const { api, seed } = await soloOrg(t, "Ольга");
    const overdue = await seed.customers(9, now, 31);
    await seed.customers(5, now, 1);
    expect(signal((await api.core.readiness.list()).signals, "hire-farmer")).toBeUndefined();
    const [tenth] = await seed.customers(1, now, 45);
    expect(signal((await api.core.readiness.list()).signals, "hire-farmer")).toMatchObject({
      reason: "overdue",
      coveredBy: "owner",
      numbers: { overdue: 10, portfolio: 15, cadenceDays: 30, threshold: 10 },
    });
    await seed.activity(tenth as string, "call", "farming", now - 86_400_000);
    await seed.activity(overdue[0] as string, "note", "farming", now - 86_400_000);
    expect(signal((await api.core.readiness.list()).signals, "hire-farmer")).toBeUndefined();
  });

  it("hire-farmer: 30 clients with only the owner on farming", async () => {
    const { api, seed } = await soloOrg(t, "Мария");
    await seed.customers(29, now, 1);
    expect(signal((await api.core.readiness.list()).signals, "hire-farmer")).toBeUndefined();
    await seed.customers(1, now, 1);
    expect(signal((await api.core.readiness.list()).signals, "hire-farmer")).toMatchObject({
      reason: "portfolio",
      numbers: { overdue: 0, portfolio: 30 },
    });
  });

  it("enable-vip: three clients paid 3,000,000 ₽ within 12 months, gone when VIP is enabled", async () => {
    const { api, seed } = await soloOrg(t, "Лена");
    await seed.payingClient(3 * million, "2026-06-01");
    await seed.payingClient(3 * million, "2026-01-10");
    await seed.payingClient(3 * million - 1, "2026-03-01");
    await seed.payingClient(5 * million, "2025-12-01");
    await seed.payingClient(1 * million, "2026-11-30");
    expect(signal((await api.core.readiness.list()).signals, "enable-vip")).toBeUndefined();
    await seed.payingClient(4 * million, "2026-12-01");
    expect(signal((await api.core.readiness.list()).signals, "enable-vip")).toMatchObject({
      href: "/functions",
      numbers: { clients: 3, thresholdMinor: 3 * million, revenueMinor: 10 * million, sharePercent: 71 },
    });
    await api.core.plugins.enable({ pluginId: "vip" });
    expect(signal((await api.core.readiness.list()).signals, "enable-vip")).toBeUndefined();
  });

  it("split-function: farming over 150 % of capacity in 3 weekly snapshots in a row", async () => {
    const { api, seed } = await soloOrg(t, "Нина");
    await seed.snapshot("2026-W49", "farming", { count: 30, capacityPerDay: 20 });
    await seed.snapshot("2026-W48", "farming", { count: 30, capacityPerDay: 20 });
    await seed.snapshot("2026-W47", "farming", { count: 29, capacityPerDay: 20 });
    await seed.snapshot("2026-W49", "first-sale", null);
    expect(signal((await api.core.readiness.list()).signals, "split-function:farming")).toBeUndefined();
    await seed.snapshot("2026-W50", "farming", { count: 40, capacityPerDay: 20 });
    expect(signal((await api.core.readiness.list()).signals, "split-function:farming")).toMatchObject({
      function: "farming",
      reason: "over-capacity",
      numbers: { weeks: 3, waiting: 40, capacityPerDay: 20, loadPercent: 200 },
    });
  });

  it("split-function: one person alone on farming owning 150 of its clients", async () => {
    const { api, owner, seed } = await soloOrg(t, "Дарья");
    await seed.customers(149, now, 1, { farmingOwnerId: owner.id });
    const keys = async () => (await api.core.readiness.list()).signals.map((s) => s.key);
    expect(await keys()).not.toContain("split-function:farming");
    await seed.customers(1, now, 1, { farmingOwnerId: owner.id });
    expect(signal((await api.core.readiness.list()).signals, "split-function:farming")).toMatchObject({
      reason: "solo-holder",
      person: { userId: owner.id, name: "Дарья" },
      numbers: { clients: 150, tasks: 0 },
    });
  });
});
