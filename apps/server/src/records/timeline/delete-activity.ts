import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { activities } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { visibleClient } from "./visible-client.ts";

/** How long after writing it an author may still take a note back. */
export const noteDeleteWindowMs = 24 * 3_600_000;

/**
 * Deletes a note its author wrote less than 24 hours ago. The timeline is the record of what
 * happened, so calls, meetings, messages and system entries stay, and nobody deletes another
 * person's note — not even a head of sales; the deletion is audited with the note's text.
 */
export async function deleteActivity({ ctx, input }: { ctx: ServiceContext; input: { activityId: string } }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const [entry] = await scope.tx.select().from(activities).where(eq(activities.id, input.activityId));
    if (!entry)
      throw new DomainError("NOT_FOUND", recordMessages.noSuchEntry, {
        fields: { activityId: recordMessages.unknown },
      });
    await visibleClient(ctx, entry.clientId, scope.tx);
    if (entry.authorId !== ctx.actor.id) throw new DomainError("FORBIDDEN", recordMessages.ownNotesOnly);
    if (entry.type !== "note") {
      throw new DomainError("PRECONDITION_FAILED", recordMessages.onlyNotesDeleted);
    }
    if (ctx.clock.now() - entry.createdAt > noteDeleteWindowMs) {
      throw new DomainError("PRECONDITION_FAILED", recordMessages.note24h);
    }
    await scope.tx.delete(activities).where(eq(activities.id, entry.id));
    await scope.audit({
      action: "core.activity.delete",
      entity: "activity",
      entityId: entry.id,
      before: entry,
    });
    return { deleted: true as const };
  });
}
