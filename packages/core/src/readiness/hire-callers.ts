import { severityOf } from "./severity.ts";
import type { ReadinessThresholds } from "./thresholds.ts";
import type { ReadinessFacts, Signal } from "./types.ts";

/**
 * Time to hire part-time callers: a generalist — the owner, or someone on the prospecting leg who
 * also holds another leg — made at least `coldCallsPerWeek` prospecting calls in each of the last
 * `coldCallWeeks` weeks. Names the busiest such person with their average a week.
 */
export function hireCallers(facts: ReadinessFacts, t: ReadinessThresholds): Signal | null {
  const busy = (facts.callers ?? [])
    .map((caller) => ({ caller, weeks: caller.weeklyCalls.slice(0, t.coldCallWeeks) }))
    .filter(({ weeks }) => weeks.length === t.coldCallWeeks && weeks.every((n) => n >= t.coldCallsPerWeek))
    .map(({ caller, weeks }) => ({
      caller,
      average: Math.round(weeks.reduce((sum, n) => sum + n, 0) / weeks.length),
    }))
    .sort((a, b) => b.average - a.average);
  const top = busy[0];
  if (!top) return null;
  return {
    key: "hire-callers",
    code: "hire-callers",
    severity: severityOf(top.average, t.coldCallsPerWeek, t.urgentFactor),
    href: "/team?tab=members",
    person: { userId: top.caller.userId, name: top.caller.name },
    numbers: { callsPerWeek: top.average, weeks: t.coldCallWeeks, threshold: t.coldCallsPerWeek },
  };
}
