import { isoWeekOf, localDate, systemActor } from "@quartet/core";
import type { JobDefinition } from "@quartet/core/plugin";
import { monitorSnapshots } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { MonitorDeps } from "./deps.ts";
import { readMonitor } from "./read-monitor.ts";

/** How often core checks whether this week's snapshot is taken. */
export const snapshotEveryMs = 3_600_000;

/**
 * Keeps this ISO week's state of every leg (in the organisation's time zone), once: the first run
 * in a week writes four rows, later runs find them and write nothing.
 */
export async function takeSnapshot(
  deps: MonitorDeps,
  orgId: string,
): Promise<{ week: string; taken: boolean }> {
  const now = deps.clock.now();
  const week = isoWeekOf(localDate(now, await deps.timeZone(orgId)));
  const org = await deps.runtime(orgId);
  const [existing] = await org.db
    .select({ week: monitorSnapshots.week })
    .from(monitorSnapshots)
    .where(eq(monitorSnapshots.week, week))
    .limit(1);
  if (existing) return { week, taken: false };
  const { legs } = await readMonitor(deps, orgId);
  const rows = legs.map(({ function: fn, state, score, ...report }) => ({
    week,
    function: fn,
    state,
    score,
    report,
    takenAt: now,
  }));
  const written = await org.write(systemActor, (scope) =>
    scope.tx
      .insert(monitorSnapshots)
      .values(rows)
      .onConflictDoNothing()
      .returning({ week: monitorSnapshots.week }),
  );
  return { week, taken: written.length > 0 };
}

/** Core's weekly job `monitor.snapshot`: checks hourly, takes one snapshot per ISO week. */
export function monitorSnapshotJob(deps: MonitorDeps): JobDefinition {
  return {
    name: "monitor.snapshot",
    everyMs: snapshotEveryMs,
    run: async (ctx) => {
      await takeSnapshot(deps, ctx.org.orgId);
    },
  };
}
