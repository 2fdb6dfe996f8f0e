import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { activities } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { visibleClient } from "./visible-client.ts";

/** Which entry to pin to the top of its client's timeline, or unpin. */
export const pinActivityInput = z.object({
  activityId: z.string().min(1, recordMessages.chooseEntry),
  pinned: z.boolean({ message: recordMessages.sayPin }),
});

/**
 * Pins an entry to the top of its client's timeline (or unpins it). The mark lives in the
 * entry's `data.pinned`, so no column is needed; anyone who may write entries on a client they
 * see may pin any of its entries, as in amoCRM, and each change is audited. Pinning a pinned
 * entry changes nothing and writes no audit record.
 */
export async function pinActivity({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof pinActivityInput>;
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const [entry] = await scope.tx.select().from(activities).where(eq(activities.id, input.activityId));
    if (!entry)
      throw new DomainError("NOT_FOUND", recordMessages.noSuchEntry, {
        fields: { activityId: recordMessages.unknown },
      });
    await visibleClient(ctx, entry.clientId, scope.tx);
    const data = (entry.data ?? {}) as Record<string, unknown>;
    if (Boolean(data.pinned) === input.pinned) return { id: entry.id, pinned: input.pinned };
    const { pinned: _, ...rest } = data;
    await scope.tx
      .update(activities)
      .set({ data: input.pinned ? { ...rest, pinned: true } : rest })
      .where(eq(activities.id, entry.id));
    await scope.audit({
      action: input.pinned ? "core.activity.pin" : "core.activity.unpin",
      entity: "activity",
      entityId: entry.id,
      after: { clientId: entry.clientId, pinned: input.pinned },
    });
    return { id: entry.id, pinned: input.pinned };
  });
}
