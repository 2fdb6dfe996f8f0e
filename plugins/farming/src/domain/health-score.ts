import type { HealthFactor } from "../contracts/events.ts";
import type { FarmingRules } from "../contracts/rules.ts";
import type { HealthStatus } from "./types.ts";

/** What an account's health is read from. */
export type HealthInput = {
  /** Null when the client has never ordered. */
  daysSinceOrder: number | null;
  intervalDays: number | null;
  orders12m: number;
  ordersPrev12m: number;
  revenue6mMinor: number;
  revenuePrev6mMinor: number;
  /** Null when the client has never been contacted. */
  daysSinceContact: number | null;
  cadenceDays: number;
  overdueTasks: number;
};

/** An account's health: a 0–100 score (null without orders), its status and the factors behind it. */
export type Health = { score: number | null; status: HealthStatus; factors: HealthFactor[] };

type Key = HealthFactor["key"];
type Scored = { score: number; params: HealthFactor["params"] };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
/** 1 up to `full`, falling linearly to 0 at `none`. */
const fading = (value: number, full: number, none: number) => clamp01((none - value) / (none - full));
const round1 = (x: number) => Math.round(x * 10) / 10;

function recency({ daysSinceOrder: days, intervalDays: interval }: HealthInput): Scored {
  const score =
    days === null ? 0 : interval === null ? fading(days, 90, 365) : fading(days, interval, 3 * interval);
  return { score, params: { days, interval } };
}

function frequency({ orders12m, ordersPrev12m }: HealthInput): Scored {
  const score = ordersPrev12m > 0 ? Math.min(1, orders12m / ordersPrev12m) : Math.min(1, orders12m / 2);
  return { score, params: { orders12m, ordersPrev12m } };
}

function trend({ revenue6mMinor: r6, revenuePrev6mMinor: p6 }: HealthInput): Scored {
  const top = Math.max(r6, p6);
  const score = top <= 0 ? 0 : clamp01(0.5 + (r6 - p6) / (2 * top));
  return { score, params: { revenue6mMinor: r6, revenuePrev6mMinor: p6 } };
}

function contact({ daysSinceContact: days, cadenceDays: cadence }: HealthInput): Scored {
  const score = days === null ? 0 : fading(days, cadence, 3 * cadence);
  return { score, params: { days, cadence } };
}

function issues({ overdueTasks }: HealthInput): Scored {
  return { score: 1 / (1 + overdueTasks), params: { overdueTasks } };
}

const factors: Record<Key, (input: HealthInput) => Scored> = { recency, frequency, trend, contact, issues };

/**
 * Explainable account health. Each factor scores 0..1 — recency of the last order against the
 * client's own rhythm, order frequency against the year before, the 6-month revenue trend,
 * contact within cadence, overdue tasks — and adds `score × weight ÷ Σ weights × 100` points; the
 * score is their rounded sum. Below `atRiskBelow` a client is at risk, below `watchBelow` watched.
 * A client that never ordered (or rules weighing nothing) is `unknown`, without a score.
 *
 * @example healthScore({ daysSinceOrder: 10, intervalDays: 30, orders12m: 12, ordersPrev12m: 12, revenue6mMinor: 600, revenuePrev6mMinor: 600, daysSinceContact: 5, cadenceDays: 14, overdueTasks: 0 }, defaultFarmingRules.health) // { score: 90, status: "healthy", … }
 */
export function healthScore(input: HealthInput, rules: FarmingRules["health"]): Health {
  const totalWeight = Object.values(rules.weights).reduce((s, w) => s + w, 0);
  const scored = (Object.keys(factors) as Key[]).map((key): HealthFactor => {
    const { score, params } = factors[key](input);
    const weight = rules.weights[key];
    const points = totalWeight > 0 ? round1((score * weight * 100) / totalWeight) : 0;
    return { key, score, weight, points, params };
  });
  if (input.daysSinceOrder === null || totalWeight === 0) {
    return { score: null, status: "unknown", factors: scored };
  }
  const score = Math.round(round1(scored.reduce((s, f) => s + f.points, 0)));
  const status = score < rules.atRiskBelow ? "at-risk" : score < rules.watchBelow ? "watch" : "healthy";
  return { score, status, factors: scored };
}
