import { localDate } from "@quartet/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, monthOf } from "../src/domain/months.ts";
import { firstSalePlugin } from "../src/server/index.ts";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient, twoLines } from "./support/samples.ts";

describe("forecast, statistics and health", () => {
  let h: FirstSaleHost;
  beforeEach(async () => {
    h = await firstSaleHost({ monthlyTargetMinor: 2_000_000 });
  });
  afterEach(() => h.close());

  async function pipelineOf() {
    const fs = (await h.as(h.owner)).firstSale;
    const client = await newClient(h);
    const [pipeline] = await fs.pipelines.list();
    const open = pipeline?.stages.filter((s) => s.kind === "open") ?? [];
    const thisMonth = monthOf(localDate(Date.now(), "Europe/Moscow"));
    const deal = (stage: number, amountMinor: number, expectedCloseOn: string | null, hunterId?: string) =>
      fs.deals.create({
        clientId: client.id,
        stageId: open[stage]?.id,
        estimate: { amountMinor },
        expectedCloseOn,
        ...(hunterId && { hunterId }),
      });
    return { fs, client, thisMonth, deal, lost: pipeline?.stages.find((s) => s.kind === "lost")?.id ?? "" };
  }

  it("weights open deals by their stage's probability, by month and by hunter", async () => {
    const ivan = await h.member("Иван", "member");
    const { fs, thisMonth, deal } = await pipelineOf();
    await deal(0, 10_000_000, thisMonth.last);
    await deal(3, 5_000_000, addDays(thisMonth.next, 3), ivan.id);
    await deal(3, 1_000_000, null, ivan.id);
    const forecast = await fs.stats.forecast({});
    expect(forecast.currentMonth).toBe(thisMonth.month);
    expect(forecast.byMonth.map((m) => [m.month, m.count, m.weightedMinor])).toEqual([
      [thisMonth.month, 1, 1_000_000],
      [thisMonth.next.slice(0, 7), 1, 3_000_000],
      [null, 1, 600_000],
    ]);
    expect(forecast.byHunter.map((x) => [x.hunterId, x.weightedMinor])).toEqual([
      [ivan.id, 3_600_000],
      [h.owner.id, 1_000_000],
    ]);
  });

  it("counts win rate, coverage, rotting and next steps, and reports them as health", async () => {
    const { fs, client, thisMonth, deal, lost } = await pipelineOf();
    const open = await deal(0, 10_000_000, thisMonth.last);
    await fs.deals.setNextStep({ dealId: open.id, text: "Встреча" });
    const toLose = await deal(1, 1_000, null);
    await fs.deals.moveStage({ dealId: toLose.id, stageId: lost, reason: "competitor" });
    const toWin = await fs.deals.create({ clientId: client.id, lines: twoLines });
    const invoice = await fs.deals.issueInvoice({ dealId: toWin.id });
    await (await h.core()).core.orders.payments.record({
      orderId: invoice.orderId,
      amount: { amountMinor: 100_000 },
      method: "cash",
    });
    await h.deliver();

    const s = await fs.stats.summary({});
    expect(s).toMatchObject({
      won: 1,
      lost: 1,
      open: 1,
      winRate: 0.5,
      averageFirstOrderMinor: 100_000,
      weightedPipelineMinor: 1_000_000,
      weightedCoverage: 0.5,
      rottingShare: 0,
      withoutNextStepShare: 0,
      lostByReason: [{ reason: "competitor", count: 1 }],
    });
    expect(s.cycleDays?.average).toBeLessThan(0.01);

    const readings = await firstSalePlugin.health?.(await h.serviceContext());
    expect(readings?.map((r) => [r.key, r.value, r.status])).toEqual([
      ["win-rate-90d", 50, "unknown"],
      ["rotting-deals", 0, "ok"],
      ["deals-without-next-step", 0, "ok"],
      ["weighted-coverage", 50, "bad"],
    ]);
  });
});
