import type { OrgDatabase, OrgTransaction } from "@quartet/core";
import { salesTargets } from "@quartet/db/org";
import { lte } from "drizzle-orm";
import type { MonthKey } from "./periods.ts";

/**
 * Every target set for `month` or earlier: what `targetsInForce` picks from. The table holds a
 * row per function metric per month it was changed in, so it stays small.
 */
export function targetRowsUntil(db: OrgDatabase | OrgTransaction, month: MonthKey) {
  return db.select().from(salesTargets).where(lte(salesTargets.month, month));
}
