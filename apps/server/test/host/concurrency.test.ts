import { defaultBusyTimeoutMs } from "@quartet/db";
import { count } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { noteCreated } from "../fixtures/alpha/plugin.ts";
import { alphaNotes } from "../fixtures/alpha/schema.ts";
import { startLoopProbe } from "../support/loop-probe.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("concurrent writes on one organisation", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("completes 50 concurrent write transactions without SQLITE_BUSY or blocking the event loop", async () => {
    const { id } = await t.host.createOrganisation({ name: "Busy" });
    await t.host.lifecycle.enable(id, "beta", userActor("owner"));
    const org = await t.host.runtime(id);
    const probe = startLoopProbe();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        org.write(userActor(`u${i}`), async (scope) => {
          const [before] = await scope.tx.select({ n: count() }).from(alphaNotes);
          await scope.tx.insert(alphaNotes).values({ id: `n${i}`, text: `after ${before?.n}`, createdAt: i });
          await scope.emit(noteCreated, { noteId: `n${i}`, text: "concurrent" });
        }),
      ),
    );
    const longestGapMs = probe.stop();
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const [total] = await org.db.select({ n: count() }).from(alphaNotes);
    expect(total?.n).toBe(50);
    const texts = new Set((await org.db.select().from(alphaNotes)).map((row) => row.text));
    expect(texts.size).toBe(50);
    // A busy timeout would block the loop for its whole 2 s; queued transactions leave it free. Half
    // the busy timeout catches that and never a loaded machine's scheduling noise.
    expect(longestGapMs).toBeLessThan(defaultBusyTimeoutMs / 2);
    await t.host.dispatcher.idle();
    await t.host.dispatcher.dispatchOrg(id);
    expect(await (await t.caller(userActor("owner"), id)).beta.seen()).toHaveLength(50);
  });
});
