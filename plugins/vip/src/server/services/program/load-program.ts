import type { OrgDatabase, OrgTransaction } from "@quartet/core";
import { eq } from "drizzle-orm";
import { defaultVipProgram, type VipProgram, vipProgramSchema } from "../../../contracts/program.ts";
import { programs } from "../../../db/schema.ts";

/** The id of the one row of `vip_program`. */
export const programRowId = "program";

/**
 * The company's VIP program with defaults filled in; the default program (one "VIP" tier from
 * 5 M ₽ paid in 12 months) when nobody saved one. Reads inside a transaction when given one.
 */
export async function loadProgram(db: OrgDatabase | OrgTransaction): Promise<VipProgram> {
  const [row] = await db
    .select({ program: programs.program })
    .from(programs)
    .where(eq(programs.id, programRowId));
  return row ? vipProgramSchema.parse(row.program) : defaultVipProgram;
}
