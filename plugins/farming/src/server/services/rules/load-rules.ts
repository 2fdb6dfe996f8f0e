import type { OrgDatabase, OrgTransaction } from "@quartet/core";
import { eq } from "drizzle-orm";
import { defaultFarmingRules, type FarmingRules, farmingRulesSchema } from "../../../contracts/rules.ts";
import { rules } from "../../../db/schema.ts";

/** The id of the one row of `farming_rules`. */
export const rulesRowId = "rules";

/**
 * The company's farming rules, with defaults filled in; the defaults when nobody saved any. Reads
 * inside a transaction when given one.
 *
 * @example const r = await loadRules(ctx.org.db); r.cadence.defaultDays // 60
 */
export async function loadRules(db: OrgDatabase | OrgTransaction): Promise<FarmingRules> {
  const [row] = await db.select({ rules: rules.rules }).from(rules).where(eq(rules.id, rulesRowId));
  return row ? farmingRulesSchema.parse(row.rules) : defaultFarmingRules;
}
