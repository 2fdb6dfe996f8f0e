import { type Coverage, type OrgDatabase, type ReadinessFacts, readinessThresholds } from "@quartet/core";
import { activities, clients } from "@quartet/db/org";
import { and, count, countDistinct, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";

const dayMs = 86_400_000;

/** What counts as contact with a client on the timeline. */
const contactTypes = ["call", "meeting", "message", "email"] as const;

/** Won clients: stage `customer`, not merged. */
const won = and(eq(clients.stage, "customer"), isNull(clients.mergedIntoId));

/**
 * Two reads behind the overdue count: the won clients (all, and those created before `cutoff`), and
 * those created before `cutoff` who had a call, meeting, message or email since — a range search of
 * `core_activities_occurred` over the cadence, not a walk of every client's timeline.
 */
export function portfolioQueries(db: OrgDatabase, cutoff: number) {
  return {
    portfolio: db
      .select({ all: count(), old: sql<number>`coalesce(sum(${clients.createdAt} < ${cutoff}), 0)` })
      .from(clients)
      .where(won),
    contacted: db
      .select({ n: countDistinct(activities.clientId) })
      .from(activities)
      .innerJoin(clients, eq(clients.id, activities.clientId))
      .where(
        and(
          gte(activities.occurredAt, cutoff),
          inArray(activities.type, [...contactTypes]),
          won,
          lt(clients.createdAt, cutoff),
        ),
      ),
  };
}

/**
 * The won-client portfolio, how many of those had no contact within the farming cadence (a client
 * never contacted counts from its creation), and who covers farming now.
 */
export async function farmingFacts(
  db: OrgDatabase,
  coverage: Coverage,
  ownerId: string | null,
  now: number,
): Promise<NonNullable<ReadinessFacts["farming"]>> {
  const queries = portfolioQueries(db, now - readinessThresholds.farmingCadenceDays * dayMs);
  const [[portfolio], [contacted]] = await Promise.all([queries.portfolio, queries.contacted]);
  const farming = coverage.legs.find((leg) => leg.function === "farming");
  return {
    portfolio: portfolio?.all ?? 0,
    overdue: Number(portfolio?.old ?? 0) - (contacted?.n ?? 0),
    people: (farming?.people ?? []).filter((p) => !p.paused).map((p) => ({ userId: p.userId, name: p.name })),
    ownerId,
  };
}
