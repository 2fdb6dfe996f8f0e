import { type Actor, type MessageRef, newId, type SalesFunction, type WriteScope } from "@quartet/core";
import { type ActivityType, activities } from "@quartet/db/org";

/** One entry of a client's timeline, as services write it. */
export type ActivityEntry = {
  clientId: string;
  type: ActivityType;
  function: SalesFunction | null;
  body: string;
  /** The body as a message key, kept in `data.text` so each reader sees it in their own language. */
  text?: MessageRef;
  data?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  occurredAt?: number;
};

/** Writes a timeline entry inside the caller's transaction, authored by `actor`. */
export async function addActivity(
  scope: WriteScope,
  actor: Actor,
  now: number,
  entry: ActivityEntry,
): Promise<string> {
  const id = newId("act", now);
  await scope.tx.insert(activities).values({
    id,
    clientId: entry.clientId,
    type: entry.type,
    function: entry.function,
    authorId: actor.id,
    authorName: actor.name,
    body: entry.body,
    data: entry.text ? { ...entry.data, text: entry.text } : (entry.data ?? {}),
    occurredAt: entry.occurredAt ?? now,
    createdAt: now,
  });
  return id;
}
