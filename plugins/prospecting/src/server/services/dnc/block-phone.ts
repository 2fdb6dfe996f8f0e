import type { WriteScope } from "@quartet/core";
import { and, eq, inArray } from "drizzle-orm";
import { listMembers } from "../../../db/calling.ts";
import { doNotCall } from "../../../db/channels.ts";
import { requests } from "../../../db/requests.ts";

/**
 * Puts a phone (E.164) on the do-not-call list inside the transaction and applies it
 * everywhere: waiting call-list records with it stop (`dnc`), untriaged requests are marked.
 */
export async function blockPhone(
  scope: WriteScope,
  entry: { phone: string; reason: string; clientId: string | null; by: string; now: number },
): Promise<{ stopped: number }> {
  await scope.tx
    .insert(doNotCall)
    .values({
      phone: entry.phone,
      reason: entry.reason,
      clientId: entry.clientId,
      addedAt: entry.now,
      addedBy: entry.by,
    })
    .onConflictDoNothing();
  const stopped = await scope.tx
    .update(listMembers)
    .set({ state: "dnc", updatedAt: entry.now })
    .where(and(eq(listMembers.phone, entry.phone), inArray(listMembers.state, ["queued", "callback"])))
    .returning({ id: listMembers.id });
  await scope.tx
    .update(requests)
    .set({ doNotCall: true })
    .where(and(eq(requests.contactPhone, entry.phone), eq(requests.status, "new")));
  return { stopped: stopped.length };
}
