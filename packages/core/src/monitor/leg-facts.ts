import type { SalesFunction } from "../functions.ts";
import type { FlowCounts, JudgedReading, LegFact, LegInput } from "./types.ts";

/**
 * The numbers behind a leg's state, worst first: readings at `bad`, then at `warn`, then the flows
 * that stall at this leg — leads not taken (first sale), won clients waiting for a farmer (farming),
 * handoffs it rejected in the last 30 days, and more clients waiting to be taken than its people
 * take in a day (when they have a daily limit). Flows with nobody stuck are left out.
 */
export function legFacts(
  leg: Pick<LegInput, "function" | "capacityPerDay">,
  readings: readonly JudgedReading[],
  flow: FlowCounts,
): LegFact[] {
  const fn: SalesFunction = leg.function;
  const off = (status: "bad" | "warn") =>
    readings.filter((r) => r.judged === status).map((reading): LegFact => ({ code: "reading", reading }));
  const flows: LegFact[] = [];
  if (fn === "first-sale" && flow.leadsNotTaken > 0) {
    flows.push({ code: "leads-not-taken", count: flow.leadsNotTaken });
  }
  if (fn === "farming" && flow.waitingForFarmer > 0) {
    flows.push({ code: "waiting-for-farmer", count: flow.waitingForFarmer });
  }
  const rejected = flow.rejected30d[fn] ?? 0;
  if (rejected > 0) flows.push({ code: "rejected-30d", count: rejected });
  const awaiting = flow.awaiting[fn] ?? 0;
  if (leg.capacityPerDay !== null && awaiting > leg.capacityPerDay) {
    flows.push({ code: "over-capacity", count: awaiting, capacityPerDay: leg.capacityPerDay });
  }
  return [...off("bad"), ...off("warn"), ...flows];
}
