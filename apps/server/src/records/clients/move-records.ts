import type { OrgTransaction } from "@quartet/core";
import { activities, contacts, handoffs, orders, payments, tasks } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";

/** How many records of each kind moved from one client to another. */
export type MovedRecords = Record<
  "contacts" | "activities" | "orders" | "payments" | "tasks" | "handoffs",
  number
>;

/**
 * Re-points every record of `fromId` — contacts, timeline, orders, payments, tasks, handoffs —
 * to `intoId`. Moved contacts lose the primary mark when `intoId` already has a primary contact.
 */
export async function moveRecords(tx: OrgTransaction, fromId: string, intoId: string): Promise<MovedRecords> {
  const [intoPrimary] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.clientId, intoId), eq(contacts.isPrimary, true)))
    .limit(1);
  const moved = async (
    table: typeof activities | typeof orders | typeof payments | typeof tasks | typeof handoffs,
  ) => (await tx.update(table).set({ clientId: intoId }).where(eq(table.clientId, fromId))).rowsAffected;
  const contactSet = intoPrimary ? { clientId: intoId, isPrimary: false } : { clientId: intoId };
  const movedContacts = await tx.update(contacts).set(contactSet).where(eq(contacts.clientId, fromId));
  return {
    contacts: movedContacts.rowsAffected,
    activities: await moved(activities),
    orders: await moved(orders),
    payments: await moved(payments),
    tasks: await moved(tasks),
    handoffs: await moved(handoffs),
  };
}
