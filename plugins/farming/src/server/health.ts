import { addDays, addMonths, localDate } from "@quartet/core";
import type { HealthReading } from "@quartet/core/plugin";
import { eq } from "drizzle-orm";
import { rules } from "../db/schema.ts";
import { isOverdue } from "../domain/cadence.ts";
import { netRevenueRetention } from "../domain/metrics.ts";
import { type FarmingContext, orgInfo } from "./context.ts";
import { portfolioRows } from "./services/accounts/portfolio-rows.ts";
import { loadRules, rulesRowId } from "./services/rules/load-rules.ts";
import { percent, shareOf, targetStatus } from "./services/stats/target-status.ts";
import { lastYear } from "./services/stats/year-periods.ts";

/**
 * Farming's vital signs for the four-legs page, organisation-wide, against the company's targets
 * (`rules.targets`): the share of the portfolio contacted within cadence, overdue for contact and
 * late to buy, the revenue share of clients at risk, and net revenue retention over 12 months.
 * Each is `unknown` until there is data to read; the target counts as the organisation's once it
 * saved its rules.
 */
export async function farmingHealth(ctx: FarmingContext): Promise<HealthReading[]> {
  const org = await orgInfo(ctx);
  const { targets } = await loadRules(ctx.org.db);
  const saved = await ctx.org.db.select({ id: rules.id }).from(rules).where(eq(rules.id, rulesRowId));
  const targetSource = saved.length > 0 ? "organisation" : "default";
  const accounts = (await portfolioRows(ctx, undefined)).map((r) => r.account);
  const contacted = accounts.filter(
    (a) =>
      a.lastContactAt !== null &&
      localDate(a.lastContactAt, org.timeZone) >= addDays(org.today, -a.cadenceDays),
  );
  const withRhythm = accounts.filter((a) => a.intervalDays !== null);
  const revenue = accounts.reduce((s, a) => s + a.revenue12mMinor, 0);
  const atRisk = accounts
    .filter((a) => a.healthStatus === "at-risk")
    .reduce((s, a) => s + a.revenue12mMinor, 0);
  const payments = (await ctx.records.orders.payments({ since: addMonths(org.today, -24) })).filter(
    (p) => p.currency === org.currency,
  );
  const year = lastYear(org.today);
  const nrr = netRevenueRetention(payments, year.period, year.previous).value;
  const reading = (
    key: string,
    label: HealthReading["label"],
    share: number | null,
    target: number,
    direction: "at-least" | "at-most",
  ): HealthReading => {
    const value = percent(share);
    const status = targetStatus(value, target, direction);
    const href = key === "net-revenue-retention" ? "/farming/stats" : "/farming/portfolio";
    return { key, label, value, target, targetSource, unit: "percent", status, href };
  };
  return [
    reading(
      "contacted-within-cadence",
      { en: "Clients contacted within cadence", ru: "Клиенты, с которыми связались вовремя" },
      shareOf(contacted.length, accounts.length),
      targets.contactedWithinCadence,
      "at-least",
    ),
    reading(
      "overdue-accounts",
      { en: "Clients overdue for contact", ru: "Клиенты с просроченным контактом" },
      shareOf(accounts.filter((a) => isOverdue(a.contactDueOn, org.today)).length, accounts.length),
      targets.overdueShare,
      "at-most",
    ),
    reading(
      "late-to-buy",
      { en: "Clients late to buy", ru: "Клиенты, задержавшие закупку" },
      shareOf(withRhythm.filter((a) => a.lateDays !== null).length, withRhythm.length),
      targets.lateShare,
      "at-most",
    ),
    reading(
      "at-risk-revenue",
      { en: "Revenue of clients at risk", ru: "Выручка клиентов под угрозой" },
      shareOf(atRisk, revenue),
      targets.atRiskRevenueShare,
      "at-most",
    ),
    reading(
      "net-revenue-retention",
      { en: "Net revenue retention, 12 months", ru: "Удержание выручки за 12 месяцев" },
      nrr,
      targets.netRevenueRetention,
      "at-least",
    ),
  ];
}
