import type { DiagnosticFacts, ServiceContext } from "@quartet/core";
import { count } from "drizzle-orm";
import { scripts } from "../db/calling.ts";

/** Prospecting's facts for the self-diagnostic: how many call scripts the company wrote. */
export async function prospectingDiagnostic(ctx: ServiceContext<unknown>): Promise<DiagnosticFacts> {
  const [row] = await ctx.org.db.select({ n: count() }).from(scripts);
  return [{ code: "cold-call-scripts", count: row?.n ?? 0 }];
}
