import type { ServiceContext } from "../context.ts";
import type { LocalizedText } from "../i18n.ts";
import { ManifestError } from "./graph.ts";

/**
 * One number a function's monthly plan is set in: a count (deals won) or money (revenue, in the
 * organisation's currency, minor units). The head of sales sets a target per metric and month.
 *
 * @example { key: "revenue", label: { en: "First-sale revenue", ru: "Выручка первых продаж" }, unit: "money" }
 */
export type PlanMetric = {
  /** Stable within the plugin (`deals-won`); targets are stored by it. */
  key: string;
  label: LocalizedText;
  unit: "count" | "money";
};

/**
 * The period a plan's actuals are read for: `[from, to)` as UTC instants, and the same days as
 * business dates in the organisation's zone (`firstDay`…`lastDay` inclusive) for date columns.
 */
export type PlanPeriod = { from: number; to: number; firstDay: string; lastDay: string };

/**
 * What a plugin contributes to the head of sales' plan: its metrics, and what was done against
 * each in a period, as `{ metricKey: value }` (counts, or minor units in the organisation's
 * currency). Read organisation-wide as the system, like `health`.
 */
export type PlanContribution<S = unknown> = {
  metrics: readonly PlanMetric[];
  actual(ctx: ServiceContext<S>, period: PlanPeriod): Promise<Record<string, number>>;
};

/**
 * A function's open deals now: how many, their sum and their sum weighted by each stage's
 * probability, in the organisation's currency (minor units; deals in other currencies are counted
 * in `count` and `otherCurrency` but not summed), and where the board is in the admin app.
 */
export type PipelineTotals = {
  count: number;
  amountMinor: number;
  weightedMinor: number;
  currency: string;
  otherCurrency: number;
  href: string;
};

/** Reads a plugin's open-deal totals, organisation-wide as the system. */
export type PipelineReader<S = unknown> = (ctx: ServiceContext<S>) => Promise<PipelineTotals>;

const metricKey = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Checks a plugin's plan at boot: it serves a function, and its metric keys are kebab-case, unique, with a unit. */
export function validatePlan(plugin: {
  id: string;
  function: string | null;
  plan?: { metrics: readonly PlanMetric[] } | undefined;
}): void {
  if (!plugin.plan) return;
  const fail = (problem: string) => {
    throw new ManifestError(`Plugin "${plugin.id}" ${problem}`, [plugin.id]);
  };
  if (!plugin.function) fail("declares a plan but serves no function");
  const keys = new Set<string>();
  for (const metric of plugin.plan.metrics) {
    if (!metricKey.test(metric.key)) fail(`plan metric "${metric.key}" must be lower-case kebab-case`);
    if (keys.has(metric.key)) fail(`declares plan metric "${metric.key}" twice`);
    if (metric.unit !== "count" && metric.unit !== "money") fail(`plan metric "${metric.key}" has no unit`);
    keys.add(metric.key);
  }
}
