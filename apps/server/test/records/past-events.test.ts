import type { Client } from "@libsql/client";
import { newId, systemActor } from "@quartet/core";
import { defineEvent } from "@quartet/core/plugin";
import { outbox } from "@quartet/db/org";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { pastEvents, pastEventsQuery } from "../../src/records/events/past-events.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const qualified = defineEvent({
  name: "test.lead.qualified",
  version: 1,
  schema: z.object({ requestId: z.string(), clientId: z.string() }),
});

describe("records.events.past reads one contract's events by the outbox's name index", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
    const org = await t.host.runtime(orgId);
    // Many events of other names around a few of ours, so a scan and an index read differ.
    const rows = Array.from({ length: 600 }, (_, i) => {
      const ours = i % 100 === 0;
      return {
        id: newId("evt", 1_000 + i),
        name: ours ? qualified.name : `test.other.e${i % 7}`,
        version: 1,
        payload: ours ? { requestId: `req_${i}`, clientId: i < 300 ? "cli_a" : "cli_b" } : { i },
        emittedBy: "test",
        actorId: systemActor.id,
        createdAt: 1_000 + i,
        fannedOutAt: 1_000 + i,
      };
    });
    await org.write(systemActor, async (scope) => {
      for (let i = 0; i < rows.length; i += 100) await scope.tx.insert(outbox).values(rows.slice(i, i + 100));
      await scope.tx.run(sql`analyze`);
    });
  });
  afterAll(() => t.close());

  async function planOf(query: { toSQL(): { sql: string; params: unknown[] } }) {
    const db = (await t.host.runtime(orgId)).db as unknown as { $client: Client };
    const { sql: text, params } = query.toSQL();
    const plan = await db.$client.execute({
      sql: `EXPLAIN QUERY PLAN ${text}`,
      args: params as (string | number | null)[],
    });
    return plan.rows.map((row) => String(row.detail));
  }

  it.each([
    ["the first page", { limit: 2 }],
    ["a page after a cursor", { after: "evt_0", limit: 2 }],
    ["a page narrowed by a payload field", { limit: 2, match: { clientId: "cli_a" } }],
  ])("%s searches core_outbox_name, sorted by it, never scanning the outbox", async (_, page) => {
    const { db } = await t.host.runtime(orgId);
    const lines = await planOf(pastEventsQuery(db, qualified, page));
    expect(lines.join(" | ")).toMatch(/SEARCH core_outbox USING INDEX core_outbox_name \(name=\?/);
    expect(
      lines.filter((line) => /^SCAN core_outbox|TEMP B-TREE/.test(line)),
      lines.join(" | "),
    ).toEqual([]);
  });

  it("pages through the contract's events oldest first, and narrows by a field", async () => {
    const { db } = await t.host.runtime(orgId);
    const first = await pastEvents(db, qualified, { limit: 4 });
    expect(first.items.map((e) => e.payload.requestId)).toEqual(["req_0", "req_100", "req_200", "req_300"]);
    const rest = await pastEvents(db, qualified, { after: first.nextCursor, limit: 4 });
    expect(rest.items.map((e) => e.payload.requestId)).toEqual(["req_400", "req_500"]);
    expect(rest.nextCursor).toBeNull();
    const ofB = await pastEvents(db, qualified, { limit: 10, match: { clientId: "cli_b" } });
    expect(ofB.items.map((e) => e.payload.requestId)).toEqual(["req_300", "req_400", "req_500"]);
  });
});
