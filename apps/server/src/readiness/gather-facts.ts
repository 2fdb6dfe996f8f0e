import { isoWeekOf, localDate, type ReadinessFacts } from "@quartet/core";
import { readinessDismissals } from "@quartet/db/org";
import { callerFacts } from "./caller-facts.ts";
import type { ReadinessDeps } from "./deps.ts";
import { farmingFacts } from "./farming-facts.ts";
import { legFacts } from "./leg-facts.ts";
import { vipFacts } from "./vip-facts.ts";

/** Everything the readiness rules read about one organisation now, from its own database and people. */
export async function gatherFacts(deps: ReadinessDeps, orgId: string): Promise<ReadinessFacts> {
  const now = deps.clock.now();
  const [org, coverage, members, timeZone] = await Promise.all([
    deps.runtime(orgId),
    deps.coverage(orgId),
    deps.members(orgId),
    deps.timeZone(orgId),
  ]);
  const today = localDate(now, timeZone);
  const ownerId = members.find((m) => m.role === "owner")?.userId ?? null;
  const [callers, farming, vip, legs, dismissals] = await Promise.all([
    callerFacts(org.db, coverage, members, now),
    farmingFacts(org.db, coverage, ownerId, now),
    vipFacts(org.db, coverage, now, timeZone),
    legFacts(org.db, coverage, today),
    org.db
      .select({ signal: readinessDismissals.signal, until: readinessDismissals.until })
      .from(readinessDismissals),
  ]);
  return { callers, farming, vip, legs, currentWeek: isoWeekOf(today), dismissals };
}
