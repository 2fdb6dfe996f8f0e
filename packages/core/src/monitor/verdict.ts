import { salesFunctions } from "../functions.ts";
import type { LegReport, Verdict } from "./types.ts";

/** At most this many numbers go into the sentence about the weakest leg. */
export const verdictFactLimit = 3;

const severity = { bad: 0, warn: 1 } as const;

/**
 * Which leg wobbles. A missing leg comes first (the stool falls without it; the first in stool
 * order is named, the others listed). Otherwise the weakest standing leg: `bad` before `warn`, then
 * the lower score, then more problems, then stool order. With no leg off target: `steady` when
 * every leg reads well, else `no-data` naming the legs that cannot be judged yet.
 */
export function chooseVerdict(legs: readonly LegReport[]): Verdict {
  const order = (leg: LegReport) => salesFunctions.indexOf(leg.function);
  const missing = legs.filter((leg) => leg.state === "missing").sort((a, b) => order(a) - order(b));
  const [first, ...others] = missing;
  if (first?.missing) {
    return {
      kind: "missing",
      function: first.function,
      reasons: first.missing.reasons,
      action: first.missing.action,
      alsoMissing: others.map((leg) => leg.function),
    };
  }
  const weak = legs
    .flatMap((leg) => (leg.state === "bad" || leg.state === "warn" ? [{ leg, state: leg.state }] : []))
    .sort(
      (a, b) =>
        severity[a.state] - severity[b.state] ||
        (a.leg.score ?? 101) - (b.leg.score ?? 101) ||
        b.leg.facts.length - a.leg.facts.length ||
        order(a.leg) - order(b.leg),
    );
  const weakest = weak[0];
  if (weakest) {
    return {
      kind: "weakest",
      function: weakest.leg.function,
      state: weakest.state,
      facts: weakest.leg.facts.slice(0, verdictFactLimit),
    };
  }
  const unknown = legs.filter((leg) => leg.state === "unknown").map((leg) => leg.function);
  return unknown.length === 0 ? { kind: "steady" } : { kind: "no-data", legs: unknown };
}
