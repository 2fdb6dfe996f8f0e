import { manualClock } from "@quartet/core";
import { auditLog } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { readinessSeed } from "./seed.ts";

const start = Date.UTC(2026, 11, 7, 12);
const dayMs = 86_400_000;

describe("dismissing and snoozing readiness signals", () => {
  const clock = manualClock(start);
  let t: TestHost;
  let org: Awaited<
    ReturnType<typeof teamFixture<{ Boris: "member"; Gleb: { name: string; permissions: string[] } }>>
  >;
  let other: Awaited<ReturnType<typeof teamFixture<Record<string, never>>>>;
  const keys = async (api = org.owner.caller) => (await api.core.readiness.list()).signals.map((s) => s.key);

  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins, clock });
    org = await teamFixture(t, {
      growthStage: "solo",
      members: { Boris: "member", Gleb: { name: "Смотрит советы", permissions: ["core.monitor.read"] } },
    });
    const seed = readinessSeed(t, org.orgId, org.owner.user.id);
    await seed.customers(12, start, 40);
    await seed.calls(org.owner.user.id, [70, 70, 70], start);
    other = await teamFixture(t, {
      org: "ООО Другая",
      growthStage: "solo",
      owner: await createUser(t, "Vera"),
      members: {},
    });
    await readinessSeed(t, other.orgId, other.owner.user.id).customers(12, start, 40);
  });
  afterAll(() => t.close());

  it("lists the signals that hold", async () => {
    expect(await keys()).toEqual(["hire-callers", "hire-farmer"]);
    expect(await keys(other.owner.caller)).toEqual(["hire-farmer"]);
  });

  it("keeps a dismissed signal hidden across reads and time, and audits who hid it", async () => {
    expect(await org.owner.caller.core.readiness.dismiss({ signal: "hire-farmer" })).toEqual({
      signal: "hire-farmer",
      until: null,
    });
    expect(await keys()).toEqual(["hire-callers"]);
    clock.advance(400 * dayMs);
    expect(await keys()).not.toContain("hire-farmer");
    clock.set(start);
    const db = (await t.host.runtime(org.orgId)).db;
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, "hire-farmer"));
    expect(audit).toMatchObject([
      { action: "core.readiness.dismiss", actorId: org.owner.user.id, entity: "readiness-signal" },
    ]);
  });

  it("brings a snoozed signal back once its week has passed", async () => {
    expect(await org.owner.caller.core.readiness.snooze({ signal: "hire-callers", days: 7 })).toEqual({
      signal: "hire-callers",
      until: start + 7 * dayMs,
    });
    expect(await keys()).toEqual([]);
    clock.set(start + 7 * dayMs - 1);
    expect(await keys()).toEqual([]);
    clock.set(start + 7 * dayMs);
    await readinessSeed(t, org.orgId, org.owner.user.id).calls(org.owner.user.id, [70], clock.now());
    expect(await keys()).toEqual(["hire-callers"]);
    clock.set(start);
  });

  it("leaves other organisations alone: a dismissal hides nothing there, and no facts cross over", async () => {
    expect(await keys(other.owner.caller)).toEqual(["hire-farmer"]);
    const db = (await t.host.runtime(other.orgId)).db;
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, "hire-farmer"))).toEqual([]);
  });

  it("refuses a member who may not manage signals, and one who may not read them", async () => {
    const gleb = org.members.Gleb.caller;
    expect(await gleb.core.readiness.list()).toMatchObject({ signals: expect.any(Array) });
    expect((await callRefusal(gleb.core.readiness.dismiss({ signal: "enable-vip" }))).code).toBe("FORBIDDEN");
    expect((await callRefusal(gleb.core.readiness.snooze({ signal: "enable-vip", days: 7 }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await callRefusal(org.members.Boris.caller.core.readiness.list())).code).toBe("FORBIDDEN");
    const db = (await t.host.runtime(org.orgId)).db;
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, "enable-vip"))).toEqual([]);
  });

  it.each([
    ["an unknown signal", { signal: "hire-lawyers", days: 7 }, "signal"],
    ["no signal", { days: 7 }, "signal"],
    ["zero days", { signal: "enable-vip", days: 0 }, "days"],
    ["a fraction of a day", { signal: "enable-vip", days: 1.5 }, "days"],
    ["more than a year", { signal: "enable-vip", days: 366 }, "days"],
  ])("answers 400 naming the field for %s", async (_, input, field) => {
    const refusal = await callRefusal(org.owner.caller.core.readiness.snooze(input as never));
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", fields: { [field]: expect.any(String) } });
  });

  it("answers 400 over HTTP too, and writes nothing", async () => {
    const response = await t.app().request("/trpc/core.readiness.dismiss", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-test-user": org.owner.user.id,
        "x-test-org": org.orgId,
      },
      body: JSON.stringify({ json: { signal: "split-function:sales" } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fields: unknown } } } };
    expect(body.error.json.data.fields).toEqual({ signal: "Choose a readiness signal" });
    const db = (await t.host.runtime(org.orgId)).db;
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, "split-function:sales"))).toEqual([]);
  });
});
