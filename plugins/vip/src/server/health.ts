import { windowStart } from "@quartet/core";
import type { HealthReading, HealthStatus } from "@quartet/core/plugin";
import { isNotNull } from "drizzle-orm";
import { standings } from "../db/schema.ts";
import { orgInfo, type VipContext } from "./context.ts";
import { slaReport } from "./services/sla/sla-report.ts";

/** The plugin's own norms for the VIP leg: 95 % answered in time, a fifth of revenue from VIP clients, nobody in grace or overdue for review. */
export const vipTargets = { slaCompliance: 95, vipRevenueShare: 20, inGrace: 0, overdueReviews: 0 } as const;

function status(value: number | null, target: number, direction: "at-least" | "at-most"): HealthStatus {
  if (value === null) return "unknown";
  if (direction === "at-least") return value >= target ? "ok" : value >= target * 0.8 ? "warn" : "bad";
  return value <= target ? "ok" : "warn";
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * VIP's vital signs for the four-legs page: SLA compliance over the last 30 days, the share of
 * 12 months' revenue paid by VIP clients, VIP clients in grace, and overdue reviews — each against
 * its target, `unknown` until there is data (no requests decided, no revenue, no VIP clients).
 */
export async function vipHealth(ctx: VipContext): Promise<HealthReading[]> {
  const org = await orgInfo(ctx);
  const report = await slaReport({ ctx, input: {} });
  const vip = await ctx.org.db.select().from(standings).where(isNotNull(standings.tierKey));
  const payments = await ctx.records.orders.payments({ since: windowStart(org.today, 12) });
  const revenue = payments.filter((p) => p.currency === org.currency).reduce((s, p) => s + p.amountMinor, 0);
  const vipRevenue = vip.reduce((s, v) => s + v.revenue12mMinor, 0);
  const compliance = report.compliance === null ? null : Math.round(report.compliance * 1000) / 10;
  const inGrace = vip.length ? vip.filter((v) => v.graceStartedOn !== null).length : null;
  const overdue = vip.length
    ? vip.filter((v) => v.nextReviewOn !== null && v.nextReviewOn < org.today).length
    : null;
  const share = percent(vipRevenue, revenue);
  return [
    {
      key: "sla-compliance",
      label: { en: "VIP requests answered within SLA, 30 days", ru: "Ответы VIP-клиентам в срок, 30 дней" },
      value: compliance,
      target: vipTargets.slaCompliance,
      unit: "percent",
      status: status(compliance, vipTargets.slaCompliance, "at-least"),
    },
    {
      key: "vip-revenue-share",
      label: {
        en: "Share of 12 months' revenue from VIP clients",
        ru: "Доля выручки за 12 месяцев от VIP-клиентов",
      },
      value: share,
      target: vipTargets.vipRevenueShare,
      unit: "percent",
      status: status(share, vipTargets.vipRevenueShare, "at-least"),
    },
    {
      key: "vip-in-grace",
      label: { en: "VIP clients in the grace period", ru: "VIP-клиенты в льготном периоде" },
      value: inGrace,
      target: vipTargets.inGrace,
      unit: "count",
      status: status(inGrace, vipTargets.inGrace, "at-most"),
    },
    {
      key: "overdue-reviews",
      label: { en: "Overdue account reviews", ru: "Просроченные ревизии клиентов" },
      value: overdue,
      target: vipTargets.overdueReviews,
      unit: "count",
      status: status(overdue, vipTargets.overdueReviews, "at-most"),
    },
  ];
}
