import type { ServiceContext } from "@quartet/core";
import { clientStageHistory, orders, tasks } from "@quartet/db/org";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { type ClientView, clientView } from "./client-view.ts";
import { type ContactRow, contactsOf } from "./contacts/contact-rows.ts";
import { visibleClient } from "./find-client.ts";

/** A client's page: its fields, contacts, stage history and how many orders and open tasks it has. */
export type ClientPage = {
  merged: false;
  client: ClientView;
  contacts: ContactRow[];
  stageHistory: (typeof clientStageHistory.$inferSelect)[];
  counts: { orders: number; openTasks: number };
};

/** Where a merged client went: open `mergedIntoId` instead. */
export type MergedClient = { merged: true; id: string; name: string; mergedIntoId: string };

/**
 * One client with what its page shows, or — for a client merged into another — a redirect hint.
 * A client outside the actor's record scope is NOT_FOUND.
 */
export async function getClient({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<ClientPage | MergedClient> {
  const db = ctx.org.db;
  const row = await visibleClient(db, ctx.actor, input.id);
  if (row.mergedIntoId) return { merged: true, id: row.id, name: row.name, mergedIntoId: row.mergedIntoId };
  const [people, history, [orderCount], [taskCount]] = await Promise.all([
    contactsOf(db, row.id),
    db
      .select()
      .from(clientStageHistory)
      .where(eq(clientStageHistory.clientId, row.id))
      .orderBy(asc(clientStageHistory.at), sql`rowid`), // rowid: insertion order within one ms
    db.select({ n: count() }).from(orders).where(eq(orders.clientId, row.id)),
    db
      .select({ n: count() })
      .from(tasks)
      .where(and(eq(tasks.clientId, row.id), isNull(tasks.doneAt))),
  ]);
  return {
    merged: false,
    client: clientView(row),
    contacts: people,
    stageHistory: history,
    counts: { orders: orderCount?.n ?? 0, openTasks: taskCount?.n ?? 0 },
  };
}
