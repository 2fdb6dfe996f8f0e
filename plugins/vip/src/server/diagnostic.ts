import type { DiagnosticFacts, ServiceContext } from "@quartet/core";
import { eq } from "drizzle-orm";
import { programs } from "../db/schema.ts";
import { loadProgram, programRowId } from "./services/program/load-program.ts";

/** VIP's facts for the self-diagnostic: the program's tiers, and whether the company set them or only the default applies. */
export async function vipDiagnostic(ctx: ServiceContext<unknown>): Promise<DiagnosticFacts> {
  const program = await loadProgram(ctx.org.db);
  const saved = await ctx.org.db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.id, programRowId));
  return [{ code: "vip-tiers", count: program.tiers.length, custom: saved.length > 0 }];
}
