import { systemActor } from "@quartet/core";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityQuery, ordersQuery } from "../../src/home/activity.ts";
import { overdueQueries } from "../../src/home/overdue.ts";
import { weekPeriod } from "../../src/home/periods.ts";
import { type HomeHost, homeHost } from "./home-host.ts";

describe("the home page's reads are driven by the new indexes", () => {
  let h: HomeHost;
  beforeAll(async () => {
    h = await homeHost();
    await h.write((scope) => scope.tx.run(sql`analyze`));
  });
  afterAll(() => h.close());

  const plan = async (query: SQL) => {
    const org = await h.t.host.runtime(h.orgId);
    const rows = await org.db.all<{ detail: string }>(sql`explain query plan ${query}`);
    return rows.map((r) => r.detail);
  };

  it("activity this week searches core_activities_occurred by the week's range, never scans the timeline", async () => {
    const details = await plan(activityQuery(weekPeriod(h.clock.now(), "Europe/Moscow")));
    expect(details).toContainEqual(
      expect.stringMatching(
        /^SEARCH core_activities USING INDEX core_activities_occurred \(occurred_at>\? AND occurred_at<\?\)/,
      ),
    );
    expect(details.join("\n")).not.toMatch(/SCAN core_activities/);
  });

  it("the week's orders search core_orders_ordered by business date, never scan the orders", async () => {
    const details = await plan(ordersQuery(weekPeriod(h.clock.now(), "Europe/Moscow")));
    expect(details).toContainEqual(
      expect.stringMatching(
        /^SEARCH core_orders USING COVERING INDEX core_orders_ordered \(ordered_on>\? AND ordered_on<\?\)/,
      ),
    );
    expect(details.join("\n")).not.toMatch(/SCAN core_orders/);
  });

  it("overdue work searches core_tasks_due for open tasks past their deadline, per person and the oldest few", async () => {
    const { perAssignee, oldest } = overdueQueries(h.clock.now(), systemActor);
    for (const query of [perAssignee, oldest]) {
      const details = await plan(query);
      expect(details).toContainEqual(
        expect.stringMatching(
          /^SEARCH core_tasks USING (COVERING )?INDEX core_tasks_due \(done_at=\? AND due_at<\?\)/,
        ),
      );
      expect(details.join("\n")).not.toMatch(/SCAN core_tasks/);
    }
  });
});
