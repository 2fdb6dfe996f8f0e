import { localDate } from "@quartet/core";
import type { HealthReading } from "@quartet/core/plugin";
import { coverageStatus, nextStepStatus, rottingStatus, winRateStatus } from "../domain/health-status.ts";
import { addDays } from "../domain/months.ts";
import { type FirstSaleContext, orgInfo } from "./context.ts";
import { summary } from "./services/stats/summary.ts";

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * First sale's vital signs for the four-legs page, organisation-wide: win rate of the last 90 days,
 * the share of rotting open deals, the share without a next step, and the weighted coverage of
 * this month's target. Thresholds: `domain/health-status.ts` (listed in the README).
 */
export async function firstSaleHealth(ctx: Omit<FirstSaleContext, "actor">): Promise<HealthReading[]> {
  const { timeZone } = await orgInfo(ctx);
  const today = localDate(ctx.clock.now(), timeZone);
  const orgWide = { org: ctx.org, clock: ctx.clock, settings: ctx.settings, records: ctx.records };
  const s = await summary({ ctx: orgWide, input: { from: addDays(today, -89), to: today } });
  return [
    {
      key: "win-rate-90d",
      label: { en: "Win rate, 90 days", ru: "Доля выигранных сделок за 90 дней" },
      value: percent(s.winRate),
      target: 25,
      unit: "percent",
      status: winRateStatus(s.winRate, s.won + s.lost),
      targetSource: "default",
      href: "/deals/stats",
    },
    {
      key: "rotting-deals",
      label: { en: "Rotting deals", ru: "Зависшие сделки" },
      value: percent(s.rottingShare),
      target: 20,
      unit: "percent",
      status: rottingStatus(s.rottingShare),
      targetSource: "default",
      href: "/deals/list",
    },
    {
      key: "deals-without-next-step",
      label: { en: "Deals without a next step", ru: "Сделки без следующего шага" },
      value: percent(s.withoutNextStepShare),
      target: 10,
      unit: "percent",
      status: nextStepStatus(s.withoutNextStepShare),
      targetSource: "default",
      href: "/deals/list",
    },
    {
      key: "weighted-coverage",
      label: { en: "Weighted pipeline ÷ monthly target", ru: "Взвешенная воронка к плану месяца" },
      value: percent(s.weightedCoverage),
      target: 100,
      unit: "percent",
      status: coverageStatus(s.weightedCoverage),
      targetSource: "organisation",
      href: "/deals/forecast",
    },
  ];
}
