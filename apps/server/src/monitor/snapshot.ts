import { isoWeekOf, localDate, systemActor } from "@quartet/core";
import type { JobDefinition } from "@quartet/core/plugin";
import { monitorSnapshots } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";
import type { MonitorDeps } from "./deps.ts";
import { readMonitor } from "./read-monitor.ts";

/** How often core checks whether this week's snapshot is due. */
export const snapshotEveryMs = 3_600_000;

/** How stale this week's snapshot may grow before the job takes it again. */
export const snapshotRefreshMs = 6 * 3_600_000;

/**
 * Keeps this ISO week's state of every leg (in the organisation's time zone) as the week ends: the
 * first run in a week writes four rows and later runs rewrite them once they are six hours old, so
 * a week reads as it stood at its close — not as it stood minutes after an organisation was created,
 * before anyone was assigned. A past week is never rewritten: its key is no longer this week's.
 */
export async function takeSnapshot(
  deps: MonitorDeps,
  orgId: string,
): Promise<{ week: string; taken: boolean }> {
  const now = deps.clock.now();
  const week = isoWeekOf(localDate(now, await deps.timeZone(orgId)));
  const org = await deps.runtime(orgId);
  const [existing] = await org.db
    .select({ takenAt: monitorSnapshots.takenAt })
    .from(monitorSnapshots)
    .where(eq(monitorSnapshots.week, week))
    .limit(1);
  if (existing && now - existing.takenAt < snapshotRefreshMs) return { week, taken: false };
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
      .onConflictDoUpdate({
        target: [monitorSnapshots.week, monitorSnapshots.function],
        set: {
          state: sql`excluded.state`,
          score: sql`excluded.score`,
          report: sql`excluded.report`,
          takenAt: sql`excluded.taken_at`,
        },
      })
      .returning({ week: monitorSnapshots.week }),
  );
  return { week, taken: written.length > 0 };
}

/** Core's weekly job `monitor.snapshot`: checks hourly, keeps each ISO week's snapshot as the week closes. */
export function monitorSnapshotJob(deps: MonitorDeps): JobDefinition {
  return {
    name: "monitor.snapshot",
    everyMs: snapshotEveryMs,
    run: async (ctx) => {
      await takeSnapshot(deps, ctx.org.orgId);
    },
  };
}
