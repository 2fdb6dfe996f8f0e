import type { SalesFunction } from "../functions.ts";
import type { FlowCounts, JudgedReading, LegFact } from "./types.ts";

/**
 * The numbers behind a leg's state, worst first: readings at `bad`, then at `warn`, then the flows
 * that stall at this leg — leads not taken (first sale), won clients waiting for a farmer (farming),
 * handoffs it rejected in the last 30 days. Flows with nobody stuck are left out.
 */
export function legFacts(fn: SalesFunction, readings: readonly JudgedReading[], flow: FlowCounts): LegFact[] {
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
  return [...off("bad"), ...off("warn"), ...flows];
}
