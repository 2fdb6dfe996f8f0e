import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../src/contracts/rules.ts";
import { farmingHealth } from "../src/server/health.ts";
import { buys, called, openTasks, today } from "./support/account-samples.ts";
import { newClient, sampleCatalog } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("account health, at-risk spells and the maturity ladder", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  it("shows every factor of a score with its key, score, weight, points and params", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-03-06", "2026-04-05", "2026-05-05"]);
    await called(h, client.id, "2026-05-25");
    await h.runJob("recompute");
    const { account } = await (await h.as(fedor)).farming.accounts.client({ clientId: client.id });
    expect(account?.health.factors).toEqual([
      { key: "recency", score: 1, weight: 3, points: 30, params: { days: 27, interval: 30 } },
      { key: "frequency", score: 1, weight: 2, points: 20, params: { orders12m: 3, ordersPrev12m: 0 } },
      {
        key: "trend",
        score: 1,
        weight: 2,
        points: 20,
        params: { revenue6mMinor: 300_000, revenuePrev6mMinor: 0 },
      },
      { key: "contact", score: 1, weight: 2, points: 20, params: { days: 7, cadence: 14 } },
      { key: "issues", score: 1, weight: 1, points: 10, params: { overdueTasks: 0 } },
    ]);
    expect(account?.health).toMatchObject({ score: 100, status: "healthy", atRiskSince: null });
  });

  it("raises one task and one farming.client.at-risk per spell at risk", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Угасает", fedor);
    await buys(h, client.id, ["2025-06-10", "2025-07-10", "2025-08-09"]);
    await h.runJob("recompute");
    await h.runJob("recompute");
    const riskTasks = async () =>
      (await openTasks(h, client.id)).items.filter((t) => t.title.startsWith("Клиент под угрозой"));
    const events = async () => (await h.outbox("farming.client.at-risk")).map((e) => e.payload);
    expect(await riskTasks()).toEqual([
      expect.objectContaining({
        assigneeId: fedor.id,
        title: "Клиент под угрозой ухода, здоровье 30 из 100: ООО Угасает",
        note: expect.stringMatching(
          /^Что снижает здоровье:\n— давность заказа \(−30 баллов\): с последнего заказа 296 дней, обычно раз в 30 дней\n— /,
        ),
      }),
    ]);
    expect(await events()).toEqual([
      expect.objectContaining({
        clientId: client.id,
        farmerId: fedor.id,
        score: 30,
        revenue12m: { amountMinor: 300_000, currency: "RUB" },
        factors: expect.arrayContaining([expect.objectContaining({ key: "recency", score: 0 })]),
      }),
    ]);

    await buys(h, client.id, ["2026-05-20", "2026-05-31"]);
    await called(h, client.id, "2026-05-31");
    await h.runJob("recompute");
    const widget = async () =>
      (await (await h.as(fedor)).farming.accounts.client({ clientId: client.id })).account;
    expect((await widget())?.health).toMatchObject({ status: "healthy", atRiskSince: null });

    today(h, "2027-03-01");
    await h.runJob("recompute");
    expect((await widget())?.health.status).toBe("at-risk");
    expect(await events()).toHaveLength(2);
    expect(await riskTasks()).toHaveLength(2);
  });

  it("puts a move on the maturity ladder on the timeline in the organisation's language and emits it", async () => {
    const { cableProduct, pipeProduct } = await sampleCatalog(h);
    const lamps = await (await h.core()).core.catalog.categories.create({ name: "Светильники" });
    const lamp = await (await h.core()).core.catalog.products.create({
      sku: "L-1",
      name: "Светильник",
      unit: "шт",
      price: { amountMinor: 5_000 },
      categoryId: lamps.id,
    });
    const client = await newClient(h, "ООО Стройка");
    await buys(h, client.id, ["2026-05-01"], { productIds: [cableProduct.id] });
    await buys(h, client.id, ["2026-05-20"], { productIds: [pipeProduct.id, lamp.id] });
    const entries = await (await h.core()).core.timeline.list({ clientId: client.id, function: "farming" });
    const maturity = entries.items.filter((a) => (a.data as { code?: string }).code === "farming.maturity");
    expect(maturity.map((a) => [a.body, a.data])).toEqual([
      [
        "Ступень зрелости: разовые закупки → комплексное снабжение (3 категории за 12 месяцев при пороге 3)",
        expect.objectContaining({
          from: "single",
          to: "complex",
          reasons: [{ code: "categories", params: { count: 3, min: 3 } }],
        }),
      ],
    ]);
    expect((await h.outbox("farming.maturity.changed")).map((e) => e.payload)).toEqual([
      expect.objectContaining({ clientId: client.id, from: "single", to: "complex" }),
    ]);
  });

  it("reads the leg's vital signs against the company's targets, unknown without data", async () => {
    const empty = await farmingHealth(await h.serviceContext());
    expect(empty.map((r) => [r.key, r.value, r.status])).toEqual([
      ["contacted-within-cadence", null, "unknown"],
      ["overdue-accounts", null, "unknown"],
      ["late-to-buy", null, "unknown"],
      ["at-risk-revenue", null, "unknown"],
      ["net-revenue-retention", null, "unknown"],
    ]);
    const steady = await newClient(h, "ООО Стабильно");
    await buys(h, steady.id, ["2025-03-01", "2026-03-01", "2026-05-01"]);
    await called(h, steady.id, "2026-05-30");
    const fading = await newClient(h, "ООО Угасает");
    await buys(h, fading.id, ["2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01"]);
    await h.runJob("recompute");
    const readings = await farmingHealth(await h.serviceContext());
    expect(readings.map((r) => [r.key, r.value, r.target, r.status])).toEqual([
      ["contacted-within-cadence", 50, 80, "bad"],
      ["overdue-accounts", 50, 20, "bad"],
      ["late-to-buy", 50, 15, "bad"],
      ["at-risk-revenue", 33.3, 10, "bad"],
      ["net-revenue-retention", 75, 100, "bad"],
    ]);
    expect(readings.map((r) => [r.targetSource, r.href])).toContainEqual(["default", "/farming/portfolio"]);
    await (await h.as(h.owner)).farming.rules.save({
      ...defaultFarmingRules,
      targets: { ...defaultFarmingRules.targets, lateShare: 60 },
    });
    const after = await farmingHealth(await h.serviceContext());
    expect(after.find((r) => r.key === "late-to-buy")).toMatchObject({
      target: 60,
      targetSource: "organisation",
      status: "ok",
    });
    expect(after.find((r) => r.key === "net-revenue-retention")?.href).toBe("/farming/stats");
  });
});
