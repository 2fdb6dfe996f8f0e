import { type Coverage, type OrgDatabase, type ReadinessFacts, readinessThresholds } from "@quartet/core";
import { activities, clients } from "@quartet/db/org";
import { and, count, eq, isNull, sql } from "drizzle-orm";

const dayMs = 86_400_000;

/**
 * Won clients (stage `customer`, not merged) and how many of them had no call, meeting, message or
 * email since `cutoff`: one read of the stage index, each client's newest contact from
 * `core_activities_client`.
 */
export function portfolioCounts(db: OrgDatabase, cutoff: number) {
  const lastContact = sql`coalesce((select max(${activities.occurredAt}) from ${activities}
    where ${activities.clientId} = ${clients.id}
      and ${activities.type} in ('call', 'meeting', 'message', 'email')), ${clients.createdAt})`;
  return db
    .select({
      portfolio: count(),
      overdue: sql<number>`coalesce(sum(case when ${lastContact} < ${cutoff} then 1 else 0 end), 0)`,
    })
    .from(clients)
    .where(and(eq(clients.stage, "customer"), isNull(clients.mergedIntoId)));
}

/**
 * The won-client portfolio (stage `customer`, not merged), how many of those had no call, meeting,
 * message or email within the farming cadence (a client never contacted counts from its creation),
 * and who covers farming now.
 */
export async function farmingFacts(
  db: OrgDatabase,
  coverage: Coverage,
  ownerId: string | null,
  now: number,
): Promise<NonNullable<ReadinessFacts["farming"]>> {
  const [row] = await portfolioCounts(db, now - readinessThresholds.farmingCadenceDays * dayMs);
  const farming = coverage.legs.find((leg) => leg.function === "farming");
  return {
    portfolio: row?.portfolio ?? 0,
    overdue: Number(row?.overdue ?? 0),
    people: (farming?.people ?? []).filter((p) => !p.paused).map((p) => ({ userId: p.userId, name: p.name })),
    ownerId,
  };
}
