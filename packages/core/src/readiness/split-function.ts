import { isoWeekMonday, lastIsoWeeks } from "../monitor/iso-week.ts";
import { severityOf } from "./severity.ts";
import type { ReadinessThresholds } from "./thresholds.ts";
import type { LegWeekLoad, ReadinessFacts, Signal } from "./types.ts";

type Leg = ReadinessFacts["legs"][number];

/** Load of a week in percent of daily capacity; null when it was not over capacity (or had no capacity to measure). */
function loadPercent(week: LegWeekLoad | undefined): number | null {
  const over = week?.overCapacity;
  return over && over.capacityPerDay > 0 ? Math.round((over.count / over.capacityPerDay) * 100) : null;
}

/**
 * The run of consecutive ISO weeks, newest first, in which the leg's load reached the threshold:
 * it ends at the current week, or at the previous one while this week's snapshot is not yet taken.
 */
function overloadedRun(leg: Leg, facts: ReadinessFacts, t: ReadinessThresholds): LegWeekLoad[] {
  const byWeek = new Map(leg.weeks.map((w) => [w.week, w]));
  const expected = lastIsoWeeks(isoWeekMonday(facts.currentWeek), leg.weeks.length + 1).reverse();
  const from = byWeek.has(facts.currentWeek) ? 0 : 1;
  const run: LegWeekLoad[] = [];
  for (const week of expected.slice(from)) {
    const taken = byWeek.get(week);
    const load = loadPercent(taken);
    if (!taken || load === null || load < t.overCapacityPercent) break;
    run.push(taken);
  }
  return run;
}

/**
 * Time to split a function into a department: the leg's waiting work stood at
 * `overCapacityPercent` of its daily capacity or more in `overCapacityWeeks` weekly snapshots in a
 * row, or one person alone holds the leg with `soloHolderClients` clients or `soloHolderTasks`
 * open tasks. One signal per leg.
 */
export function splitFunction(facts: ReadinessFacts, t: ReadinessThresholds): Signal[] {
  return facts.legs.flatMap((leg): Signal[] => {
    const base = {
      key: `split-function:${leg.function}`,
      code: "split-function",
      href: "/team?tab=staffing",
    } as const;
    const run = overloadedRun(leg, facts, t);
    const newest = run[0]?.overCapacity;
    if (newest && run.length >= t.overCapacityWeeks) {
      const load = loadPercent(run[0]) ?? 0;
      return [
        {
          ...base,
          function: leg.function,
          reason: "over-capacity",
          severity: severityOf(load, t.overCapacityPercent, t.urgentFactor),
          person: null,
          numbers: {
            weeks: run.length,
            waiting: newest.count,
            capacityPerDay: newest.capacityPerDay,
            loadPercent: load,
            clients: 0,
            tasks: 0,
          },
        },
      ];
    }
    const solo = leg.soloHolder;
    if (!solo || (solo.clients < t.soloHolderClients && solo.tasks < t.soloHolderTasks)) return [];
    const severity =
      severityOf(solo.clients, t.soloHolderClients, t.urgentFactor) === "urgent" ||
      severityOf(solo.tasks, t.soloHolderTasks, t.urgentFactor) === "urgent"
        ? "urgent"
        : "advice";
    return [
      {
        ...base,
        function: leg.function,
        reason: "solo-holder",
        severity,
        person: { userId: solo.userId, name: solo.name },
        numbers: {
          weeks: 0,
          waiting: 0,
          capacityPerDay: 0,
          loadPercent: 0,
          clients: solo.clients,
          tasks: solo.tasks,
        },
      },
    ];
  });
}
