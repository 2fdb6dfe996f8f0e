import { orders } from "@quartet/db/org";
import { sql } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/**
 * The next human order number of the organisation: `Q-000001`, `Q-000002`, … (more digits
 * past a million). Read inside the write transaction, whose lock keeps it sequential.
 */
export async function nextOrderNumber(db: Reader): Promise<string> {
  const [row] = await db
    .select({ last: sql<number | null>`max(cast(substr(${orders.number}, 3) as integer))` })
    .from(orders);
  return `Q-${String((row?.last ?? 0) + 1).padStart(6, "0")}`;
}
