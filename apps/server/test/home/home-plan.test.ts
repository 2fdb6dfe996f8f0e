import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import {
  at,
  buysAndPays,
  callOnce,
  campaignOver,
  type HomeHost,
  homeHost,
  newClient,
  pay,
  RUB,
} from "./home-host.ts";

const twoLines = [
  { name: "Сыр российский, кг", quantity: 4, price: { amountMinor: 20_000 * RUB } },
  { name: "Доставка", quantity: 1, price: { amountMinor: 20_000 * RUB } },
];

describe("plan vs actual on the home page, with the four real legs", () => {
  let h: HomeHost;
  beforeAll(async () => {
    h = await homeHost();
  });
  afterAll(() => h.close());

  const metric = async (fn: string, key: string) => {
    const { plan } = await (await h.core()).core.home.get();
    return plan.metrics.find((m) => m.function === fn && m.metric === key);
  };

  it("lists every leg's plan metrics with «no plan» until a target is set", async () => {
    const form = await (await h.core()).core.home.targets();
    expect(form.month).toBe("2026-06");
    expect(form.metrics.map((m) => [m.function, m.key, m.unit, m.value])).toEqual([
      ["prospecting", "leads", "count", null],
      ["prospecting", "calls", "count", null],
      ["first-sale", "deals-won", "count", null],
      ["first-sale", "revenue", "money", null],
      ["farming", "revenue", "money", null],
      ["farming", "expansion-won", "count", null],
      ["vip", "revenue", "money", null],
    ]);
    expect(await metric("first-sale", "revenue")).toMatchObject({
      target: null,
      percent: null,
      state: "no-plan",
    });
  });

  it("counts what was recorded this month in each leg against the targets set in the form", async () => {
    const core = (await h.core()).core;
    await core.home.setTargets({
      month: "2026-06",
      targets: [
        { function: "prospecting", metric: "leads", value: 4 },
        { function: "prospecting", metric: "calls", value: 10 },
        { function: "first-sale", metric: "deals-won", value: 2 },
        { function: "first-sale", metric: "revenue", value: 200_000 * RUB },
        { function: "farming", metric: "revenue", value: 100_000 * RUB },
        { function: "vip", metric: "revenue", value: 50_000 * RUB },
      ],
    });
    const apps = await h.as(h.owner);

    const request = await apps.prospecting.inbox.create({
      source: "phone",
      name: "Анна",
      phone: "+73431234567",
    });
    await apps.prospecting.inbox.qualify({ requestId: request.id });
    await apps.prospecting.inbox.create({ source: "phone", name: "Борис", phone: "+73431234568" });
    await h.deliver();
    const caller = await h.member("Студент", "caller");
    const callees = [await newClient(h, "ООО Обзвон 1"), await newClient(h, "ООО Обзвон 2")];
    const campaign = await campaignOver(
      h,
      callees.map((c) => c.id),
    );
    await callOnce(h, caller, campaign.id);
    await callOnce(h, caller, campaign.id);

    const buyer = await newClient(h, "ООО Первая покупка");
    const deal = await apps.firstSale.deals.create({ clientId: buyer.id, lines: twoLines });
    const invoice = await apps.firstSale.deals.issueInvoice({ dealId: deal.id });
    await pay(h, invoice.orderId, 100_000 * RUB);

    const farmer = await h.member("Фёдор", "member");
    const regular = await newClient(h, "ООО Постоянный", farmer);
    await buysAndPays(h, regular.id, 30_000 * RUB, "2026-05-20");
    await buysAndPays(h, regular.id, 40_000 * RUB, "2026-06-05");
    const expansion = await apps.farming.deals.create({
      clientId: regular.id,
      kind: "upsell",
      amountMinor: 5_000 * RUB,
    });
    const expansionInvoice = await apps.farming.deals.issueInvoice({
      dealId: expansion.id,
      lines: [{ name: "Доп. поставка", quantity: 1, price: { amountMinor: 5_000 * RUB } }],
    });
    await pay(h, expansionInvoice.orderId, 5_000 * RUB);

    const big = await newClient(h, "ООО Крупный");
    await buysAndPays(h, big.id, 6_000_000 * RUB, "2026-05-25");
    await buysAndPays(h, big.id, 20_000 * RUB, "2026-06-08");

    const { plan } = await core.home.get();
    const rows = Object.fromEntries(plan.metrics.map((m) => [`${m.function}|${m.metric}`, m]));
    expect(plan).toMatchObject({
      month: "2026-06",
      firstDay: "2026-06-01",
      lastDay: "2026-06-30",
      currency: "RUB",
    });
    expect(rows["prospecting|leads"]).toMatchObject({ actual: 1, target: 4, percent: 25 });
    expect(rows["prospecting|calls"]).toMatchObject({ actual: 2, target: 10, percent: 20 });
    expect(rows["first-sale|deals-won"]).toMatchObject({ actual: 1, target: 2, percent: 50 });
    expect(rows["first-sale|revenue"]).toMatchObject({
      actual: 100_000 * RUB,
      target: 200_000 * RUB,
      percent: 50,
    });
    // June's money from clients farming serves, first sale's invoice left out: 40 000 + 5 000 + 20 000 (the big client is a customer too).
    expect(rows["farming|revenue"]).toMatchObject({ actual: 65_000 * RUB, percent: 65 });
    expect(rows["farming|expansion-won"]).toMatchObject({
      actual: 1,
      target: null,
      percent: null,
      state: "no-plan",
    });
    expect(rows["vip|revenue"]).toMatchObject({ actual: 20_000 * RUB, target: 50_000 * RUB, percent: 40 });
  });

  it("sums open deals per leg with their stage weights, and links each board", async () => {
    const { pipeline } = await (await h.core()).core.home.get();
    const bySlug = Object.fromEntries(pipeline.functions.map((f) => [f.function, f.totals]));
    // The qualified lead opened a first-sale deal with no amount yet; the won deal is not open.
    expect(bySlug["first-sale"]).toMatchObject({
      count: 1,
      amountMinor: 0,
      weightedMinor: 0,
      href: "/deals",
    });
    expect(bySlug.farming).toMatchObject({ count: 0, amountMinor: 0, href: "/farming/deals" });
    const apps = await h.as(h.owner);
    const client = await newClient(h, "ООО Развитие");
    await apps.farming.deals.create({ clientId: client.id, kind: "cross-sell", amountMinor: 10_000 * RUB });
    const after = await (await h.core()).core.home.get();
    const farming = after.pipeline.functions.find((f) => f.function === "farming")?.totals;
    expect(farming).toMatchObject({ count: 1, amountMinor: 10_000 * RUB, weightedMinor: 1_000 * RUB });
    expect(after.pipeline.total).toMatchObject({
      count: 2,
      amountMinor: 10_000 * RUB,
      weightedMinor: 1_000 * RUB,
    });
  });

  it("carries a target forward month to month until a later month sets another, never rewriting the past", async () => {
    const core = (await h.core()).core;
    await core.home.setTargets({
      month: "2026-08",
      targets: [{ function: "vip", metric: "revenue", value: 80_000 * RUB }],
    });
    h.clock.set(at("2026-07-15"));
    expect(await metric("vip", "revenue")).toMatchObject({ target: 50_000 * RUB, targetMonth: "2026-06" });
    h.clock.set(at("2026-08-03"));
    expect(await metric("vip", "revenue")).toMatchObject({ target: 80_000 * RUB, targetMonth: "2026-08" });
    expect(
      (await core.home.targets({ month: "2026-06" })).metrics.find((m) => m.function === "vip"),
    ).toMatchObject({
      value: 50_000 * RUB,
      setIn: "2026-06",
    });
    const past = await callRefusal(
      core.home.setTargets({ month: "2026-07", targets: [{ function: "vip", metric: "revenue", value: 1 }] }),
    );
    expect(past).toMatchObject({ code: "BAD_REQUEST", fields: { month: expect.any(String) } });
    h.clock.set(at("2026-06-10"));
  });

  it("audits each changed target with the value in force before", async () => {
    const core = (await h.core()).core;
    await core.home.setTargets({
      month: "2026-06",
      targets: [
        { function: "vip", metric: "revenue", value: 60_000 * RUB },
        { function: "prospecting", metric: "leads", value: 4 },
      ],
    });
    const { items } = await core.audit.list({ action: "core.targets.set" });
    const latest = items.find((e) => e.entityId === "2026-06|vip|revenue" && e.before !== null);
    expect(latest).toMatchObject({ before: { value: 50_000 * RUB }, after: { value: 60_000 * RUB } });
    expect(items.filter((e) => e.entityId === "2026-06|prospecting|leads")).toHaveLength(1);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const core = (await h.core()).core;
    const cases = [
      [{ month: "2026-13", targets: [{ function: "vip", metric: "revenue", value: 1 }] }, "month"],
      [{ month: "2026-06", targets: [{ function: "vip", metric: "revenue", value: -5 }] }, "targets.0.value"],
      [
        { month: "2026-06", targets: [{ function: "vip", metric: "revenue", value: 1.5 }] },
        "targets.0.value",
      ],
      [{ month: "2026-06", targets: [{ function: "vip", metric: "deals", value: 1 }] }, "targets.0.metric"],
      [
        {
          month: "2026-06",
          targets: [
            { function: "vip", metric: "revenue", value: 1 },
            { function: "hr", metric: "revenue", value: 1 },
          ],
        },
        "targets.1.metric",
      ],
    ] as const;
    for (const [input, field] of cases) {
      const refused = await callRefusal(core.home.setTargets(input as never));
      expect(refused, field).toMatchObject({ code: "BAD_REQUEST", fields: { [field]: expect.any(String) } });
    }
    expect(await metric("vip", "revenue")).toMatchObject({ target: 60_000 * RUB });
  });

  it("refuses a member without the permission to set targets; a viewer without the monitor may not read", async () => {
    const seller = await h.member("Продавец", "member");
    const refused = await callRefusal(
      (await h.core(seller)).core.home.setTargets({
        month: "2026-06",
        targets: [{ function: "vip", metric: "revenue", value: 1 }],
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect((await callRefusal((await h.core(seller)).core.home.get())).code).toBe("FORBIDDEN");
    const head = await h.member("Глава продаж", "head-of-sales");
    const set = await (await h.core(head)).core.home.setTargets({
      month: "2026-06",
      targets: [{ function: "prospecting", metric: "calls", value: 12 }],
    });
    expect(set.metrics.find((m) => m.key === "calls")).toMatchObject({ value: 12, setIn: "2026-06" });
  });
});
