import {
  chooseVerdict,
  type FlowCounts,
  judgeLeg,
  type LegCoverage,
  type LegReport,
  salesFunctions,
  verdictSentence,
} from "@quartet/core";
import type { MonitorDeps } from "./deps.ts";
import { flowCounts, flowLists } from "./flow-lists.ts";
import { type LegReadings, pluginReadings } from "./plugin-readings.ts";

/** Capacity per day of a leg's active people; null when anyone there is unlimited. */
function capacityOf(leg: LegCoverage): number | null {
  const active = leg.people.filter((p) => !p.paused);
  return active.some((p) => p.capacityPerDay === null)
    ? null
    : active.reduce((sum, p) => sum + (p.capacityPerDay ?? 0), 0);
}

/** Each leg judged from its coverage, plugin, readings and the flow into it. */
export function legReports(
  deps: Pick<MonitorDeps, "plugins">,
  legs: readonly LegCoverage[],
  readings: LegReadings,
  flow: FlowCounts,
): LegReport[] {
  return salesFunctions.map((fn) => {
    const leg = legs.find((l) => l.function === fn);
    return judgeLeg(
      {
        function: fn,
        pluginInstalled: deps.plugins.some((p) => p.function === fn),
        pluginEnabled: leg?.pluginEnabled ?? false,
        people: leg?.status ?? "missing",
        active: leg?.active ?? 0,
        capacityPerDay: leg ? capacityOf(leg) : 0,
        readings: readings.has(fn) ? (readings.get(fn) ?? null) : [],
      },
      flow,
    );
  });
}

/**
 * The four-legs monitor of one organisation now: every leg judged, the verdict naming the weakest
 * one, its sentence as codes and numbers, and the lists of clients stuck between legs behind them.
 */
export async function readMonitor(deps: MonitorDeps, orgId: string) {
  const org = await deps.runtime(orgId);
  const [coverage, readings, lists] = await Promise.all([
    deps.coverage(orgId),
    pluginReadings(deps, orgId),
    flowLists(org.db, deps.clock.now()),
  ]);
  const legs = legReports(deps, coverage.legs, readings, flowCounts(lists));
  const verdict = chooseVerdict(legs);
  return { legs, verdict, sentence: verdictSentence(verdict), flow: lists, at: deps.clock.now() };
}

/** What `readMonitor` answers. */
export type MonitorReading = Awaited<ReturnType<typeof readMonitor>>;
