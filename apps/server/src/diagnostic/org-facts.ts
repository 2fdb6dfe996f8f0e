import {
  type LegCoverage,
  type OrgFacts,
  type Performer,
  type SalesFunction,
  salesFunctions,
} from "@quartet/core";
import { clients, salesTargets } from "@quartet/db/org";
import { count, inArray, sql } from "drizzle-orm";
import { ownerColumns } from "../records/clients/owners.ts";
import type { DiagnosticDeps } from "./deps.ts";

/** Who performs a leg: nobody at work, a team or several people, the owner alone, or one specialist. */
function performerOf(leg: LegCoverage, owners: ReadonlySet<string>): Performer {
  const active = leg.people.filter((p) => !p.paused);
  if (active.length === 0) return "nobody";
  if (active.length > 1 || leg.teams.some((t) => t.size > 1)) return "department";
  return owners.has(active[0]?.userId ?? "") ? "owner" : "specialist";
}

/**
 * What core's own tables say for the self-diagnostic: who performs each function (staffing and
 * roles), monthly targets set per function, people who both hunt and farm, the client base and
 * how many clients an owner handles himself per function.
 */
export async function readOrgFacts(deps: DiagnosticDeps, orgId: string): Promise<OrgFacts> {
  const [coverage, members, org] = await Promise.all([
    deps.coverage(orgId),
    deps.members(orgId),
    deps.runtime(orgId),
  ]);
  const owners = new Set(members.filter((m) => m.role === "owner").map((m) => m.userId));
  const leg = (fn: SalesFunction) => coverage.legs.find((l) => l.function === fn) as LegCoverage;
  const targetRows = await org.db
    .select({ function: salesTargets.function, n: count() })
    .from(salesTargets)
    .where(sql`${salesTargets.value} > 0`)
    .groupBy(salesTargets.function);
  const ownerList = [...owners];
  const [base] = await org.db
    .select({
      clients: count(),
      ...Object.fromEntries(
        salesFunctions.map((fn) => [
          fn,
          ownerList.length === 0
            ? sql<number>`0`
            : sql<number>`coalesce(sum(${inArray(ownerColumns[fn], ownerList)}), 0)`,
        ]),
      ),
    })
    .from(clients);
  const hunters = new Set(leg("first-sale").people.map((p) => p.userId));
  const farmers = leg("farming").people.map((p) => p.userId);
  const perFunction = <T>(f: (fn: SalesFunction) => T) =>
    Object.fromEntries(salesFunctions.map((fn) => [fn, f(fn)])) as Record<SalesFunction, T>;
  return {
    legs: perFunction((fn) => ({
      performer: performerOf(leg(fn), owners),
      people: leg(fn).active,
      pluginEnabled: leg(fn).pluginEnabled,
    })),
    targets: perFunction((fn) => targetRows.find((r) => r.function === fn)?.n ?? 0),
    sharedHuntersFarmers:
      hunters.size === 0 || farmers.length === 0 ? null : farmers.filter((id) => hunters.has(id)).length,
    clients: base?.clients ?? 0,
    ownerClients: perFunction((fn) => Number((base as Record<string, unknown> | undefined)?.[fn] ?? 0)),
  };
}
