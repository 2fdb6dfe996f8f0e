import { systemActor } from "@quartet/core";
import { auditLog, tasks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("a plugin completes a task through core's records port", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("marks it done once, audited as core's task completion, and says NOT_FOUND for a missing task", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "Romashka", "solo");
    const runtime = await t.host.runtime(org.id);
    const ctx = t.host.serviceContext({
      org: runtime,
      actor: systemActor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    });
    const { id } = await ctx.org.write(systemActor, (scope) =>
      ctx.records.tasks.create(scope, { title: "Ревизия клиента", assigneeId: anna.id }),
    );
    const done = await ctx.org.write(systemActor, (scope) => ctx.records.tasks.complete(scope, id));
    expect(done).toEqual({ id, doneAt: expect.any(Number) });
    const again = await ctx.org.write(systemActor, (scope) => ctx.records.tasks.complete(scope, id));
    expect(again).toEqual(done);
    const [row] = await runtime.db.select().from(tasks).where(eq(tasks.id, id));
    expect(row?.doneAt).toBe(done.doneAt);
    const audit = await runtime.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(["core.task.create", "core.task.complete"]);
    expect(await ctx.records.tasks.open({ assigneeId: anna.id })).toEqual([]);

    await expect(
      ctx.org.write(systemActor, (scope) => ctx.records.tasks.complete(scope, "tsk_missing")),
    ).rejects.toMatchObject({ code: "NOT_FOUND", fields: { taskId: expect.any(String) } });
  });
});
