import {
  type IsoWeek,
  isoWeekMonday,
  type LegState,
  lastIsoWeeks,
  localDate,
  salesFunctions,
} from "@quartet/core";
import { monitorSnapshots } from "@quartet/db/org";
import { inArray } from "drizzle-orm";
import type { MonitorDeps } from "./deps.ts";

/** How many weeks the home page charts. */
export const historyWeeks = 12;

/** One leg's week: its state and score, null where no snapshot was taken. */
export type LegWeek = { state: LegState | null; score: number | null };

/**
 * The last 12 ISO weeks (oldest first, each with its Monday) and, per leg, its state and score in
 * each; `balance` is the stool's balance per week — the weakest leg's score, since a stool stands
 * as firmly as its weakest leg (null for a week without a snapshot).
 */
export async function monitorHistory(deps: MonitorDeps, orgId: string) {
  const today = localDate(deps.clock.now(), await deps.timeZone(orgId));
  const weeks: IsoWeek[] = lastIsoWeeks(today, historyWeeks);
  const org = await deps.runtime(orgId);
  const rows = await org.db.select().from(monitorSnapshots).where(inArray(monitorSnapshots.week, weeks));
  const at = new Map(rows.map((r) => [`${r.week}|${r.function}`, r]));
  const legs = salesFunctions.map((fn) => ({
    function: fn,
    weeks: weeks.map((week): LegWeek => {
      const row = at.get(`${week}|${fn}`);
      return { state: (row?.state as LegState | undefined) ?? null, score: row?.score ?? null };
    }),
  }));
  const balance = weeks.map((_, i) => {
    const scores = legs.map((leg) => leg.weeks[i]?.score ?? null);
    const known = scores.filter((s): s is number => s !== null);
    const taken = legs.some((leg) => leg.weeks[i]?.state !== null);
    return taken && known.length > 0 ? Math.min(...known) : null;
  });
  return { weeks: weeks.map((week) => ({ week, monday: isoWeekMonday(week) })), legs, balance };
}
