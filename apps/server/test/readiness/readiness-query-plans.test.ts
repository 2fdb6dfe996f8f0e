import { manualClock, systemActor } from "@quartet/core";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { weeklyCalls } from "../../src/readiness/caller-facts.ts";
import { portfolioQueries } from "../../src/readiness/farming-facts.ts";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { readinessSeed } from "./seed.ts";

const now = Date.UTC(2026, 11, 7, 12);

describe("the readiness reads are driven by indexes", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins, clock: manualClock(now) });
    const owner = await createUser(t, "Анна");
    orgId = (await orgOwnedBy(t, owner)).id;
    const seed = readinessSeed(t, orgId, owner.id);
    await seed.customers(40, now, 60);
    await seed.calls(owner.id, [30, 30, 30, 30], now);
    await (await t.host.runtime(orgId)).write(systemActor, (scope) => scope.tx.run(sql`analyze`));
    expect((await (await callerFor(t, owner, orgId)).core.readiness.list()).signals.length).toBeGreaterThan(
      0,
    );
  });
  afterAll(() => t.close());

  const plan = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const org = await t.host.runtime(orgId);
    const { sql: text, params } = query.toSQL();
    const client = (
      org.db as unknown as { $client: { execute(q: unknown): Promise<{ rows: { detail: unknown }[] }> } }
    ).$client;
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params });
    return result.rows.map((r) => String(r.detail));
  };

  it("cold calls: a range search of core_activities_occurred, never a scan of the timeline", async () => {
    const org = await t.host.runtime(orgId);
    const details = await plan(weeklyCalls(org.db, ["usr_a", "usr_b"], now));
    expect(details).toContainEqual(
      expect.stringMatching(
        /^SEARCH core_activities USING (COVERING )?INDEX core_activities_occurred \(occurred_at>\? AND occurred_at<\?\)/,
      ),
    );
    expect(details.join("\n")).not.toMatch(/SCAN core_activities/);
  });

  it("overdue won clients: the stage index, and one seek per contact type into each won client's contacts", async () => {
    const org = await t.host.runtime(orgId);
    const { portfolio, contacted } = portfolioQueries(org.db, now - 30 * 86_400_000);
    expect((await plan(portfolio)).join("\n")).toMatch(
      /SEARCH core_clients USING INDEX core_clients_stage \(stage=\?\)/,
    );
    const details = (await plan(contacted)).join("\n");
    expect(details).toMatch(/SEARCH core_clients USING INDEX core_clients_stage \(stage=\?\)/);
    expect(
      details.match(/SEARCH a USING COVERING INDEX core_activities_contact \(client_id=\? AND type=\?\)/g),
    ).toHaveLength(4);
    expect(details).not.toMatch(/SCAN (core_clients|core_activities|a\b)/);
  });
});
