import { type Coverage, type OrgDatabase, type ReadinessFacts, readinessThresholds } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { newestContact } from "../records/facts/last-contacts.ts";

const dayMs = 86_400_000;

/** Won clients: stage `customer`, not merged. */
const won = and(eq(clients.stage, "customer"), isNull(clients.mergedIntoId));

/**
 * Two reads behind the overdue count: the won clients (all, and those created before `cutoff`), and
 * those created before `cutoff` whose newest call, meeting, message or email is since — for each
 * won client a seek per contact type into `core_activities_contact` (`newestContact`), so the cost
 * follows the portfolio, not how busy the organisation was over the cadence.
 */
export function portfolioQueries(db: OrgDatabase, cutoff: number) {
  return {
    portfolio: db
      .select({ all: count(), old: sql<number>`coalesce(sum(${clients.createdAt} < ${cutoff}), 0)` })
      .from(clients)
      .where(won),
    contacted: db
      .select({ n: count() })
      .from(clients)
      .where(
        and(
          eq(clients.stage, "customer"),
          // Unary plus keeps the planner on the stage index: the creation index would walk nearly every client.
          sql`+${clients.mergedIntoId} is null`,
          sql`+${clients.createdAt} < ${cutoff}`,
          sql`${newestContact(sql`${clients.id}`)} >= ${cutoff}`,
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
