import type { ChannelChoice, OrgDatabase, OrgTransaction } from "@quartet/core";
import { notificationPreferences } from "@quartet/db/org";
import { and, eq, inArray } from "drizzle-orm";

/** Each member's stored channel choices for one type (members without any are absent). */
export async function choicesFor(
  db: OrgDatabase | OrgTransaction,
  type: string,
  userIds: readonly string[],
): Promise<Map<string, ChannelChoice[]>> {
  const rows =
    userIds.length === 0
      ? []
      : await db
          .select()
          .from(notificationPreferences)
          .where(
            and(
              eq(notificationPreferences.type, type),
              inArray(notificationPreferences.userId, [...userIds]),
            ),
          );
  const map = new Map<string, ChannelChoice[]>();
  for (const row of rows) {
    map.set(row.userId, [...(map.get(row.userId) ?? []), { channel: row.channel, enabled: row.enabled }]);
  }
  return map;
}
