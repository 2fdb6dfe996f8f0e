import { DomainError, recordMessages } from "@quartet/core";
import { orders } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** The order, or NOT_FOUND naming `orderId`. */
export async function requireOrder(db: Reader, orderId: string) {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchOrder, {
      fields: { orderId: recordMessages.noSuchOrder },
    });
  return row;
}
