import { notificationMessages as m } from "@quartet/core";
import { notifications } from "@quartet/db/org";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { NotificationsDeps } from "./deps.ts";
import { unreadCount } from "./unread.ts";
import type { Viewer } from "./viewer.ts";

/** Input of `core.notifications.markRead`. */
export const markReadInput = z.object({
  ids: z.array(z.string().min(1, m.chooseNotification).max(100)).min(1, m.chooseNotification).max(200),
});

/**
 * Marks the viewer's own notifications read (all of them when `ids` is null); ids of somebody
 * else's change nothing. Wakes the viewer's open streams and returns the new unread count.
 */
export async function markRead(deps: NotificationsDeps, viewer: Viewer, ids: readonly string[] | null) {
  const { org, actor, clock } = viewer.service;
  await org.write(actor, (scope) =>
    scope.tx
      .update(notifications)
      .set({ readAt: clock.now() })
      .where(
        and(
          eq(notifications.recipientId, viewer.userId),
          isNull(notifications.readAt),
          ids ? inArray(notifications.id, [...ids]) : undefined,
        ),
      ),
  );
  deps.signal.notify(viewer.orgId, viewer.userId);
  return {
    unread: await unreadCount(
      org.db,
      viewer.userId,
      viewer.live.map((e) => e.def.type),
    ),
  };
}
