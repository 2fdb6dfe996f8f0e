import { jobs } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alphaTicks } from "../fixtures/alpha/schema.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("periodic jobs", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("runs a due job once per interval, only where its plugin is enabled", async () => {
    const on = (await t.host.createOrganisation({ name: "On" })).id;
    const off = (await t.host.createOrganisation({ name: "Off" })).id;
    await t.host.lifecycle.enable(on, "alpha", userActor("owner"));
    await t.host.scheduler.tick();
    expect(await t.host.scheduler.tickOrg(on)).toEqual({
      "core:handoffs.expire": "skipped",
      "core:mail.poll": "skipped",
      "core:monitor.snapshot": "skipped",
      "core:notify:core.task.due": "skipped",
      "core:webhooks.prune": "skipped",
      "alpha:tick": "skipped",
    });
    expect(await t.host.scheduler.tickOrg(off)).toEqual({
      "core:handoffs.expire": "skipped",
      "core:mail.poll": "skipped",
      "core:monitor.snapshot": "skipped",
      "core:notify:core.task.due": "skipped",
      "core:webhooks.prune": "skipped",
    });
    const org = await t.host.runtime(on);
    expect(await org.db.select().from(alphaTicks)).toHaveLength(1);
    const [row] = await org.db.select().from(jobs).where(eq(jobs.pluginId, "alpha"));
    expect(row).toMatchObject({ pluginId: "alpha", name: "tick", failures: 0, leaseOwner: null });
    expect(row?.nextRunAt).toBeGreaterThan(Date.now() + 50_000);
  });

  it("records a failure and schedules a retry", async () => {
    const id = (await t.host.createOrganisation({ name: "Broken" })).id;
    await t.host.lifecycle.enable(id, "alpha", userActor("owner"));
    const handle = await t.host.orgs.get(id);
    await handle.client.execute("DROP TABLE alpha_ticks");
    expect(await t.host.scheduler.tickOrg(id)).toMatchObject({ "alpha:tick": "failed" });
    const [row] = await handle.db.select().from(jobs).where(eq(jobs.pluginId, "alpha"));
    expect(row).toMatchObject({
      failures: 1,
      leaseOwner: null,
      lastError: expect.stringContaining("alpha_ticks"),
    });
  });
});
