import type { HealthStatus } from "../plugin/health.ts";
import { judgeReading } from "./judge-reading.ts";
import { legFacts } from "./leg-facts.ts";
import { missingLeg } from "./missing-leg.ts";
import type { FlowCounts, LegInput, LegReport, LegState } from "./types.ts";

const points: Record<Exclude<HealthStatus, "unknown">, number> = { ok: 100, warn: 50, bad: 0 };

/**
 * One leg's state from who works it, whether its plugin is on, its readings and the flow of
 * clients into it. Missing legs are `missing` (score 0). Otherwise the worst judged reading sets the
 * state, a flow with clients stuck makes it at least `warn`, and a leg with nothing known is
 * `unknown`. `score` averages the known readings and flows (ok 100, warn 50, bad 0).
 */
export function judgeLeg(input: LegInput, flow: FlowCounts): LegReport {
  const readings = (input.readings ?? []).map(judgeReading);
  const facts = legFacts(input, readings, flow);
  const missing = missingLeg(input);
  const known = readings.flatMap((r) => (r.judged === "unknown" ? [] : [points[r.judged]]));
  const flows = facts.filter((f) => f.code !== "reading").map(() => points.warn);
  const all = [...known, ...flows];
  const score = all.length === 0 ? null : Math.round(all.reduce((a, b) => a + b, 0) / all.length);
  return {
    function: input.function,
    state: missing ? "missing" : stateOf(all),
    missing,
    active: input.active,
    capacityPerDay: input.capacityPerDay,
    pluginEnabled: input.pluginEnabled,
    readingsFailed: input.readings === null,
    readings,
    facts,
    score: missing ? 0 : score,
  };
}

function stateOf(scores: readonly number[]): LegState {
  if (scores.length === 0) return "unknown";
  const worst = Math.min(...scores);
  return worst === points.bad ? "bad" : worst === points.warn ? "warn" : "ok";
}
