import { daysBetween, localDate } from "@quartet/core";
import type { FarmingRules } from "../../../contracts/rules.ts";
import type { AbcClass } from "../../../domain/abc-xyz.ts";
import { xyzClass } from "../../../domain/abc-xyz.ts";
import { cadenceFor, contactDue } from "../../../domain/cadence.ts";
import { healthScore } from "../../../domain/health-score.ts";
import { maturityLevel } from "../../../domain/maturity.ts";
import type { OrgInfo } from "../../context.ts";
import type { ClientFigures } from "./client-figures.ts";
import type { AccountRow, PreviousAccount } from "./read-facts.ts";

/**
 * A client's account from its figures, its ABC class and the company's rules: XYZ class, cadence
 * and contact due date, health with its factors, maturity. The farmer's inputs (cadence override,
 * potential) and the task marks (`lateTaskFor`, `atRiskSince`) carry over from `previous`. The
 * basket holds the categories bought after `basketFrom` (the whitespace window); offers are
 * computed over every basket afterwards.
 */
export function buildAccount(input: {
  clientId: string;
  peerGroup: string | null;
  basketFrom: string;
  figures: ClientFigures;
  abc: AbcClass | null;
  lastContactAt: number | null;
  overdueTasks: number;
  previous: PreviousAccount | undefined;
  rules: FarmingRules;
  org: OrgInfo;
  now: number;
}): AccountRow {
  const { figures: f, rules, org, previous } = input;
  const overrideDays = previous?.cadenceOverrideDays ?? null;
  const cadence = cadenceFor(
    { abc: input.abc, revenue12mMinor: f.revenue12mMinor, overrideDays },
    rules.cadence,
  );
  const contactDueOn = contactDue(input.lastContactAt, f.firstOrderOn, cadence.days, org.timeZone);
  const daysSinceContact =
    input.lastContactAt === null
      ? null
      : daysBetween(localDate(input.lastContactAt, org.timeZone), org.today);
  const health = healthScore(
    {
      daysSinceOrder: f.rhythm.daysSince,
      intervalDays: f.rhythm.intervalDays,
      orders12m: f.orders12m,
      ordersPrev12m: f.ordersPrev12m,
      revenue6mMinor: f.revenue6mMinor,
      revenuePrev6mMinor: f.revenuePrev6mMinor,
      daysSinceContact,
      cadenceDays: cadence.days,
      overdueTasks: input.overdueTasks,
    },
    rules.health,
  );
  const maturity = maturityLevel(f, rules.ladder);
  return {
    clientId: input.clientId,
    abc: input.abc,
    xyz: xyzClass(f.monthlyRevenueMinor, rules.classes),
    currency: org.currency,
    revenue12mMinor: f.revenue12mMinor,
    revenuePrev12mMinor: f.revenuePrev12mMinor,
    revenue6mMinor: f.revenue6mMinor,
    revenuePrev6mMinor: f.revenuePrev6mMinor,
    orders12m: f.orders12m,
    firstOrderOn: f.firstOrderOn,
    lastOrderOn: f.rhythm.lastOn,
    intervalDays: f.rhythm.intervalDays,
    expectedOn: f.rhythm.expectedOn,
    lateDays: f.rhythm.lateDays,
    categoryPurchases: f.categoryPurchases,
    basket: f.categoryPurchases.filter((c) => c.lastOn > input.basketFrom).map((c) => c.categoryId),
    peerGroup: input.peerGroup,
    offers: [],
    lastContactAt: input.lastContactAt,
    cadenceDays: cadence.days,
    cadenceSource: cadence.source,
    cadenceOverrideDays: overrideDays,
    contactDueOn,
    healthScore: health.score,
    healthStatus: health.status,
    healthFactors: health.factors,
    maturity: maturity.level,
    maturityReasons: maturity.reasons,
    potentialMinor: previous?.potentialMinor ?? null,
    lateTaskFor: previous?.lateTaskFor ?? null,
    atRiskSince: previous?.atRiskSince ?? null,
    computedAt: input.now,
    updatedAt: input.now,
  };
}
