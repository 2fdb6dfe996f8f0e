import {
  DomainError,
  type HandoffState,
  isOverdue,
  recordMessages,
  type SalesFunction,
  type ServiceContext,
} from "@quartet/core";
import { clients, handoffs } from "@quartet/db/org";
import { eq, type SQL } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** A handoff row. */
export type HandoffRow = typeof handoffs.$inferSelect;

/** The handoff, or NOT_FOUND naming `handoffId`. */
export async function requireHandoff(db: Reader, id: string): Promise<HandoffRow> {
  const [row] = await db.select().from(handoffs).where(eq(handoffs.id, id));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchHandoff, {
      fields: { handoffId: recordMessages.noSuchHandoff },
    });
  return row;
}

/** FORBIDDEN unless the actor is the receiver, or nobody is and anyone on the team may take it. */
export function assertMayAnswer(ctx: ServiceContext, handoff: HandoffRow): void {
  if (handoff.receiverId !== null && handoff.receiverId !== ctx.actor.id) {
    throw new DomainError("FORBIDDEN", recordMessages.onlyReceiver);
  }
}

/** What every `core.handoff.*` decision event carries about the handoff. */
export function handoffEventOf(row: HandoffRow) {
  return {
    handoffId: row.id,
    clientId: row.clientId,
    fromFunction: row.fromFunction as SalesFunction,
    toFunction: row.toFunction as SalesFunction,
    receiverId: row.receiverId,
  };
}

/** A handoff as the API shows it: flagged `overdue` while it waits past its accept-by time. */
export function handoffOf(row: HandoffRow, now: number, clientName: string | null = null) {
  return {
    ...row,
    clientName,
    overdue: isOverdue({ state: row.state as HandoffState, acceptBy: row.acceptBy }, now),
  };
}

/** Handoffs matching `where` in the given order, with their client's name. */
export async function handoffRows(
  db: Reader,
  now: number,
  where: SQL | undefined,
  order: SQL[],
  limit = 500,
) {
  const rows = await db
    .select({ handoff: handoffs, clientName: clients.name })
    .from(handoffs)
    .leftJoin(clients, eq(clients.id, handoffs.clientId))
    .where(where)
    .orderBy(...order)
    .limit(limit);
  return rows.map((row) => handoffOf(row.handoff, now, row.clientName));
}
