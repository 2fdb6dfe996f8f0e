import {
  type NotificationDraft,
  newId,
  notificationCreated,
  planDeliveries,
  type WriteScope,
} from "@quartet/core";
import { notifications } from "@quartet/db/org";
import type { CatalogEntry } from "./catalog.ts";
import { choicesFor } from "./choices.ts";
import type { NotificationsDeps } from "./deps.ts";

/**
 * Stores a producer's drafts in the caller's transaction: one row per member (a repeated dedupe
 * key is skipped by the unique index) and one `core.notification.created` in the outbox for each
 * row stored, from which the bell's signal, mail and Telegram go out after the commit. A member
 * who switched the bell off for the type gets the row already read, so only the other channels
 * show it. Returns how many were stored.
 */
export async function storeNotifications(
  deps: Pick<NotificationsDeps, "people" | "clock">,
  scope: WriteScope,
  input: {
    orgId: string;
    entry: CatalogEntry;
    drafts: readonly NotificationDraft[];
    fallbackKey: string | null;
  },
): Promise<number> {
  if (input.drafts.length === 0) return 0;
  const { def } = input.entry;
  const members = new Set((await deps.people.listMembers(input.orgId)).map((m) => m.userId));
  const recipients = [...new Set(input.drafts.map((d) => d.recipientId))];
  const planned = planDeliveries(input.drafts, {
    members,
    defaults: def.defaultChannels,
    choices: await choicesFor(scope.tx, def.type, recipients),
    fallbackKey: input.fallbackKey,
  });
  const now = deps.clock.now();
  let stored = 0;
  for (const item of planned) {
    const link = def.link?.(item.params) ?? null;
    const [row] = await scope.tx
      .insert(notifications)
      .values({
        id: newId("ntf", now),
        recipientId: item.recipientId,
        type: def.type,
        params: item.params,
        link,
        dedupeKey: item.dedupeKey,
        createdAt: now,
        readAt: item.channels.inApp ? null : now,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!row) continue;
    stored++;
    await scope.emit(notificationCreated, {
      notificationId: row.id,
      recipientId: item.recipientId,
      type: def.type,
      params: item.params,
      link,
      channels: item.channels,
    });
  }
  return stored;
}
