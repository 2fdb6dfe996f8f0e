import type { CallerFacts, Coverage, OrgDatabase } from "@quartet/core";
import { readinessThresholds } from "@quartet/core";
import { activities } from "@quartet/db/org";
import { and, count, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { ReadinessMember } from "./deps.ts";

const weekMs = 7 * 86_400_000;

/**
 * Prospecting calls each of `userIds` authored per rolling week before `now` (0: the last 7 days),
 * over the hire-callers window: a range read of the `core_activities_occurred` index, grouped.
 */
export function weeklyCalls(db: OrgDatabase, userIds: readonly string[], now: number) {
  const bucket = sql<number>`cast((${now} - ${activities.occurredAt}) / ${weekMs} as integer)`;
  return db
    .select({ userId: activities.authorId, week: bucket, calls: count() })
    .from(activities)
    .where(
      and(
        gt(activities.occurredAt, now - readinessThresholds.coldCallWeeks * weekMs),
        lte(activities.occurredAt, now),
        inArray(activities.authorId, [...userIds]),
        eq(activities.type, "call"),
        eq(activities.function, "prospecting"),
      ),
    )
    .groupBy(activities.authorId, bucket);
}

/**
 * The generalists who make cold calls — the owner, and everyone on the prospecting leg who also
 * holds another leg — with the prospecting calls each authored in the last rolling weeks, newest
 * first. One grouped read over the `core_activities_occurred` index.
 */
export async function callerFacts(
  db: OrgDatabase,
  coverage: Coverage,
  members: readonly ReadinessMember[],
  now: number,
): Promise<CallerFacts[]> {
  const legsOf = new Map<string, number>();
  for (const person of coverage.legs.flatMap((leg) => leg.people))
    legsOf.set(person.userId, (legsOf.get(person.userId) ?? 0) + 1);
  const prospecting = coverage.legs.find((leg) => leg.function === "prospecting")?.people ?? [];
  const generalists = new Set(
    prospecting.filter((p) => (legsOf.get(p.userId) ?? 0) > 1).map((p) => p.userId),
  );
  const candidates = members.filter((m) => m.role === "owner" || generalists.has(m.userId));
  if (candidates.length === 0) return [];
  const weeks = readinessThresholds.coldCallWeeks;
  const rows = await weeklyCalls(
    db,
    candidates.map((c) => c.userId),
    now,
  );
  return candidates.map((c) => {
    const perWeek = Array.from({ length: weeks }, () => 0);
    for (const row of rows) if (row.userId === c.userId) perWeek[Number(row.week)] = row.calls;
    return { userId: c.userId, name: c.name, isOwner: c.role === "owner", weeklyCalls: perWeek };
  });
}
