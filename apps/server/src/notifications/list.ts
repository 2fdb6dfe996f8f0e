import {
  DomainError,
  decodeCursor,
  encodeCursor,
  type Locale,
  notificationMessages as m,
  type OrgDatabase,
  wordNotification,
} from "@quartet/core";
import { notifications } from "@quartet/db/org";
import { and, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import type { NotificationsDeps } from "./deps.ts";
import { unreadCount } from "./unread.ts";
import type { Viewer } from "./viewer.ts";

/** Input of `core.notifications.list`. */
export const listInput = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50).default(20),
  unreadOnly: z.boolean().default(false),
});

/** The read behind a page: the member's rows of the given types older than `after`, newest first, one extra. */
export function pageQuery(
  db: OrgDatabase,
  page: { userId: string; types: string[]; unreadOnly: boolean; after: string | null; limit: number },
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, page.userId),
        inArray(notifications.type, page.types),
        page.unreadOnly ? isNull(notifications.readAt) : undefined,
        page.after ? lt(notifications.id, page.after) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(page.limit + 1);
}

/**
 * The viewer's notifications newest first, a page at a time, worded in `locale`, with their unread
 * count. Only types of core and enabled plugins are shown. A cursor we did not issue is a 400.
 */
export async function listNotifications(
  _deps: NotificationsDeps,
  viewer: Viewer,
  input: z.output<typeof listInput>,
  locale: Locale,
) {
  const after = input.cursor === undefined ? null : decodeCursor(input.cursor);
  if (input.cursor !== undefined && after === null) {
    throw new DomainError("BAD_INPUT", m.badCursor, { fields: { cursor: m.notACursor } });
  }
  const types = viewer.live.map((entry) => entry.def.type);
  const db = viewer.service.org.db;
  const rows =
    types.length === 0
      ? []
      : await pageQuery(db, {
          userId: viewer.userId,
          types,
          unreadOnly: input.unreadOnly,
          after,
          limit: input.limit,
        });
  const page = rows.slice(0, input.limit);
  const byType = new Map(viewer.live.map((entry) => [entry.def.type, entry.def]));
  const items = page.flatMap((row) => {
    const def = byType.get(row.type);
    if (!def) return [];
    const { title, body } = wordNotification(def, row.params, locale);
    return [
      {
        id: row.id,
        type: row.type,
        createdAt: row.createdAt,
        readAt: row.readAt,
        title,
        body,
        link: row.link,
      },
    ];
  });
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.id) : null,
    unread: await unreadCount(db, viewer.userId, types),
  };
}
