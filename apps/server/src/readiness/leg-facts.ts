import {
  type Coverage,
  type IsoWeek,
  type LegFact,
  type LegWeekLoad,
  lastIsoWeeks,
  type OrgDatabase,
  type ReadinessFacts,
  type SoloHolder,
} from "@quartet/core";
import { clients, monitorSnapshots, tasks } from "@quartet/db/org";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { ownerColumns } from "../records/clients/owners.ts";

/** How many weekly snapshots back a leg's run of overload is read. */
export const loadWeeks = 12;

/** The over-capacity fact of a snapshot's report, if the leg was over capacity that week. */
function overCapacityOf(report: Record<string, unknown>): LegWeekLoad["overCapacity"] {
  const facts = Array.isArray(report.facts) ? (report.facts as LegFact[]) : [];
  const fact = facts.find((f) => f.code === "over-capacity");
  return fact?.code === "over-capacity" ? { count: fact.count, capacityPerDay: fact.capacityPerDay } : null;
}

/** The one active person on a leg with the leg's clients they own and its open tasks they hold. */
async function soloHolderOf(db: OrgDatabase, leg: Coverage["legs"][number]): Promise<SoloHolder | null> {
  const active = leg.people.filter((p) => !p.paused);
  const person = active.length === 1 ? active[0] : undefined;
  if (!person) return null;
  const [owned] = await db
    .select({ n: count() })
    .from(clients)
    .where(and(eq(ownerColumns[leg.function], person.userId), isNull(clients.mergedIntoId)));
  const [open] = await db
    .select({ n: count() })
    .from(tasks)
    .where(and(eq(tasks.assigneeId, person.userId), eq(tasks.function, leg.function), isNull(tasks.doneAt)));
  return { userId: person.userId, name: person.name, clients: owned?.n ?? 0, tasks: open?.n ?? 0 };
}

/** Each leg's weekly load from the monitor's snapshots (newest first) and its solo holder, if any. */
export async function legFacts(
  db: OrgDatabase,
  coverage: Coverage,
  today: string,
): Promise<ReadinessFacts["legs"]> {
  const weeks: IsoWeek[] = lastIsoWeeks(today, loadWeeks).reverse();
  const rows = await db.select().from(monitorSnapshots).where(inArray(monitorSnapshots.week, weeks));
  return Promise.all(
    coverage.legs.map(async (leg) => ({
      function: leg.function,
      weeks: weeks.flatMap((week): LegWeekLoad[] => {
        const row = rows.find((r) => r.week === week && r.function === leg.function);
        return row ? [{ week, overCapacity: overCapacityOf(row.report) }] : [];
      }),
      soloHolder: await soloHolderOf(db, leg),
    })),
  );
}
