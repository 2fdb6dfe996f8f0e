import { wholeMonthsBetween, windowStart } from "@quartet/core";
import type { Criterion } from "../contracts/criteria.ts";
import type { Tier, VipProgram } from "../contracts/program.ts";
import type { CriterionReason } from "../contracts/reasons.ts";
import type { ClientFacts } from "./facts.ts";
import {
  type CategoryParents,
  categoriesBought,
  ordersBetween,
  paidBetween,
  quartersWithRevenue,
} from "./measures.ts";
import { overdueOrders } from "./overdue.ts";
import { completedQuarters } from "./quarters.ts";
import { paymentTermsFor } from "./tiers.ts";

/** What criteria are judged against besides the facts: the date, the payment terms, the category tree, the tiers. */
export type CriterionContext = {
  asOf: string;
  termsDays: number;
  categoryParents: CategoryParents;
  /** Tier keys lowest first, and the key of the tier being judged (for hand designations "this tier or above"). */
  tierKeys: readonly string[];
  tierKey: string;
};

/** One tier judged on one client: met or not, with every criterion's numbers. */
export type TierEvaluation = { tierKey: string; met: boolean; results: CriterionReason[] };

/**
 * Judges one criterion on a client's facts as of `ctx.asOf` (later payments and orders are not seen).
 *
 * @example evaluateCriterion({ kind: "revenue", windowMonths: 12, minMinor: 5e8 }, facts, ctx) // { code: "revenue", params: { met: true, paidMinor: 5.2e8, … } }
 */
export function evaluateCriterion(
  criterion: Criterion,
  facts: ClientFacts,
  ctx: CriterionContext,
): CriterionReason {
  const { asOf } = ctx;
  switch (criterion.kind) {
    case "revenue": {
      const paidMinor = paidBetween(facts.payments, windowStart(asOf, criterion.windowMonths), asOf);
      const { minMinor, windowMonths } = criterion;
      return { code: "revenue", params: { met: paidMinor >= minMinor, paidMinor, minMinor, windowMonths } };
    }
    case "tenure": {
      const since = facts.firstOrderOn !== null && facts.firstOrderOn <= asOf ? facts.firstOrderOn : null;
      const months = since === null ? 0 : wholeMonthsBetween(since, asOf);
      const quarters = completedQuarters(asOf, criterion.quartersWithRevenue);
      const paid = quartersWithRevenue(facts.payments, quarters);
      const met = since !== null && months >= criterion.minMonths && paid.count === quarters.length;
      const params = { met, since, months, minMonths: criterion.minMonths, quarters: quarters.length };
      return {
        code: "tenure",
        params: { ...params, quartersWithRevenue: paid.count, missingQuarter: paid.missing?.key ?? null },
      };
    }
    case "average-order": {
      const orders = ordersBetween(facts.orders, windowStart(asOf, criterion.windowMonths), asOf);
      const total = orders.reduce((sum, o) => sum + o.totalMinor, 0);
      const met = orders.length > 0 && BigInt(total) >= BigInt(criterion.minMinor) * BigInt(orders.length);
      const averageMinor = orders.length === 0 ? 0 : Math.round(total / orders.length);
      const { minMinor, windowMonths } = criterion;
      return {
        code: "average-order",
        params: { met, averageMinor, minMinor, orders: orders.length, windowMonths },
      };
    }
    case "largest-order": {
      const orders = ordersBetween(facts.orders, windowStart(asOf, criterion.windowMonths), asOf);
      const largestMinor = Math.max(0, ...orders.map((o) => o.totalMinor));
      const { minMinor, windowMonths } = criterion;
      return {
        code: "largest-order",
        params: { met: largestMinor >= minMinor, largestMinor, minMinor, windowMonths },
      };
    }
    case "categories": {
      const orders = ordersBetween(facts.orders, windowStart(asOf, criterion.windowMonths), asOf);
      const required = criterion.categoryIds;
      const bought = categoriesBought(orders, required, ctx.categoryParents);
      const met = criterion.match === "all" ? bought.length === required.length : bought.length > 0;
      const { match, windowMonths } = criterion;
      return { code: "categories", params: { met, match, required: [...required], bought, windowMonths } };
    }
    case "payment-discipline": {
      const from = windowStart(asOf, criterion.windowMonths);
      const overdue = overdueOrders(facts.orders, { asOf, from, termsDays: ctx.termsDays });
      const worstDaysLate = Math.max(0, ...overdue.map((o) => o.daysLate));
      const params = { overdue: overdue.length, maxOverdue: criterion.maxOverdueOrders, worstDaysLate };
      const met = overdue.length <= criterion.maxOverdueOrders;
      return {
        code: "payment-discipline",
        params: { met, ...params, termsDays: ctx.termsDays, windowMonths: criterion.windowMonths },
      };
    }
    case "manual": {
      const d = facts.designation;
      const active = d !== null && (d.until === null || d.until >= asOf);
      const rank = (key: string) => ctx.tierKeys.indexOf(key);
      const met = active && rank(d.tierKey) >= 0 && rank(d.tierKey) >= rank(ctx.tierKey);
      const shown = active ? d : null;
      return {
        code: "manual",
        params: {
          met,
          tierKey: shown?.tierKey ?? null,
          reason: shown?.reason ?? null,
          until: shown?.until ?? null,
        },
      };
    }
  }
}

/** Judges a tier: every criterion (`all`) or at least one (`any`) must be met; a tier without criteria never is. */
export function evaluateTier(
  tier: Tier,
  facts: ClientFacts,
  ctx: Omit<CriterionContext, "tierKey">,
): TierEvaluation {
  const results = tier.criteria.map((c) => evaluateCriterion(c, facts, { ...ctx, tierKey: tier.key }));
  const hits = results.filter((r) => r.params.met).length;
  const met = results.length > 0 && (tier.combine === "all" ? hits === results.length : hits > 0);
  return { tierKey: tier.key, met, results };
}

/**
 * Judges every tier of the program, lowest first. The payment terms are the company's, or the
 * deferral of the client's current tier when longer, so a client is not judged late for using it.
 */
export function evaluateProgram(
  program: VipProgram,
  facts: ClientFacts,
  options: { asOf: string; currentTierKey: string | null; categoryParents?: CategoryParents },
): TierEvaluation[] {
  const ctx = {
    asOf: options.asOf,
    termsDays: paymentTermsFor(program, options.currentTierKey),
    categoryParents: options.categoryParents ?? new Map(),
    tierKeys: program.tiers.map((t) => t.key),
  };
  return program.tiers.map((tier) => evaluateTier(tier, facts, ctx));
}

/** The index of the highest tier met, -1 when none is. */
export function highestMet(evaluations: readonly TierEvaluation[]): number {
  return evaluations.findLastIndex((e) => e.met);
}

/** The criteria that decided a tier's outcome: the met ones when it is met, the unmet ones when it is not. */
export function decisiveResults(evaluation: TierEvaluation): CriterionReason[] {
  return evaluation.results.filter((r) => r.params.met === evaluation.met);
}
