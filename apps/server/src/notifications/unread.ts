import type { OrgDatabase } from "@quartet/core";
import { notifications } from "@quartet/db/org";
import { and, count, eq, inArray, isNull } from "drizzle-orm";

/** The read behind `unreadCount`: the member's unread rows of the given types, counted. */
export function unreadQuery(db: OrgDatabase, userId: string, types: readonly string[]) {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, userId),
        isNull(notifications.readAt),
        inArray(notifications.type, [...types]),
      ),
    );
}

/** How many of a member's notifications of the given (live) types are unread. */
export async function unreadCount(
  db: OrgDatabase,
  userId: string,
  types: readonly string[],
): Promise<number> {
  if (types.length === 0) return 0;
  const [row] = await unreadQuery(db, userId, types);
  return row?.n ?? 0;
}
