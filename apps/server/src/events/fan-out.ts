import type { Clock } from "@quartet/core";
import { newId } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { eventDeliveries, outbox } from "@quartet/db/org";
import { asc, eq, inArray, isNull } from "drizzle-orm";
import type { SubscriberIndex } from "./subscriber-index.ts";

/**
 * Creates one delivery row per (new event, subscriber of an enabled plugin) and marks the
 * events fanned out — in one transaction, so a crash leaves either both or neither.
 */
export async function fanOut(
  handle: DatabaseHandle,
  deps: { index: SubscriberIndex; enabled: ReadonlySet<string>; clock: Clock; batch?: number },
): Promise<number> {
  const events = await handle.db
    .select({ id: outbox.id, name: outbox.name, version: outbox.version })
    .from(outbox)
    .where(isNull(outbox.fannedOutAt))
    .orderBy(asc(outbox.createdAt))
    .limit(deps.batch ?? 500);
  if (events.length === 0) return 0;
  const now = deps.clock.now();
  const rows = events.flatMap((event) =>
    deps.index.forEvent(event.name, event.version, deps.enabled).map((entry) => ({
      id: newId("dlv", now),
      eventId: event.id,
      pluginId: entry.plugin.id,
      subscriber: entry.subscriber.name,
      status: "pending" as const,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  await writeTransaction(handle, async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx
        .insert(eventDeliveries)
        .values(rows.slice(i, i + 200))
        .onConflictDoNothing();
    }
    await tx
      .update(outbox)
      .set({ fannedOutAt: now })
      .where(
        inArray(
          outbox.id,
          events.map((e) => e.id),
        ),
      );
  });
  return events.length;
}

/** Loads an event's stored row. */
export async function loadEvent(handle: DatabaseHandle, eventId: string) {
  const [row] = await handle.db.select().from(outbox).where(eq(outbox.id, eventId));
  return row;
}
