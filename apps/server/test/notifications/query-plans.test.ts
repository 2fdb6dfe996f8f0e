import { notifications } from "@quartet/db/org";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageQuery } from "../../src/notifications/list.ts";
import { unreadQuery } from "../../src/notifications/unread.ts";
import { type NotifyHost, notifyHost } from "./notify-host.ts";

const types = ["core.task.due", "prospecting.request.received"];

describe("the bell's reads seek the member's rows by index", () => {
  let h: NotifyHost;
  beforeAll(async () => {
    h = await notifyHost();
    const org = await h.t.host.runtime(h.orgId);
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: `ntf_${String(i).padStart(26, "0")}`,
      recipientId: `usr_${i % 40}`,
      type: types[i % 2] ?? "",
      params: {},
      dedupeKey: `k${i}`,
      createdAt: i,
      readAt: i % 3 === 0 ? i : null,
    }));
    await org.write(h.ownerActor, async (scope) => {
      for (let i = 0; i < rows.length; i += 200)
        await scope.tx.insert(notifications).values(rows.slice(i, i + 200));
      await scope.tx.run(sql`analyze`);
    });
  });
  afterAll(() => h.close());

  const plan = async (query: { getSQL(): SQL }) => {
    const org = await h.t.host.runtime(h.orgId);
    const rows = await org.db.all<{ detail: string }>(sql`explain query plan ${query.getSQL()}`);
    return rows.map((r) => r.detail).join("\n");
  };

  it("the unread count searches core_notifications_inbox by member and unread", async () => {
    const org = await h.t.host.runtime(h.orgId);
    expect(await plan(unreadQuery(org.db, "usr_1", types))).toMatch(
      /SEARCH core_notifications USING INDEX core_notifications_inbox \(recipient_id=\? AND read_at=\?\)/,
    );
  });

  it.each([
    [false, /SEARCH core_notifications USING INDEX core_notifications_(recipient|inbox) \(recipient_id=\?/],
    [
      true,
      /SEARCH core_notifications USING INDEX core_notifications_inbox \(recipient_id=\? AND read_at=\? AND id<\?\)/,
    ],
  ])(
    "a page (unread only: %s) seeks the member's rows before the cursor, newest first, without sorting",
    async (unreadOnly, index) => {
      const org = await h.t.host.runtime(h.orgId);
      const details = await plan(
        pageQuery(org.db, {
          userId: "usr_1",
          types,
          unreadOnly,
          after: "ntf_00000000000000000000001000",
          limit: 20,
        }),
      );
      expect(details).toMatch(index);
      expect(details).not.toMatch(/SCAN core_notifications|TEMP B-TREE/);
    },
  );
});
