import { eventDeliveries, outbox } from "@quartet/db/org";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const owner = userActor("owner");

describe("durable events", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "beta", owner);
  });
  afterEach(() => t.close());

  const seen = async () => (await t.caller(owner, orgId)).beta.seen();
  const deliveries = async () => (await t.host.orgs.get(orgId)).db.select().from(eventDeliveries);

  it("never delivers an event emitted in a transaction that rolled back", async () => {
    const caller = await t.caller(owner, orgId);
    await expect(caller.alpha.notes.create({ text: "lost", failAfterEmit: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await t.host.dispatcher.dispatchOrg(orgId);
    expect(await (await t.host.orgs.get(orgId)).db.select().from(outbox)).toEqual([]);
    expect(await caller.alpha.notes.list()).toEqual([]);
    expect(await seen()).toEqual([]);
  });

  it("delivers a committed event to a succeeding subscriber exactly once", async () => {
    const { id } = await (await t.caller(owner, orgId)).alpha.notes.create({ text: "hello" });
    await t.host.dispatcher.idle();
    await t.host.dispatcher.dispatchOrg(orgId);
    await t.host.dispatcher.sweep();
    const rows = await seen();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ noteId: id, attempt: 1 });
    expect(await deliveries()).toMatchObject([
      { status: "delivered", attempts: 1, pluginId: "beta", subscriber: "record-note" },
    ]);
  });

  it("retries a throwing subscriber with backoff, then parks it dead; an admin can retry it", async () => {
    await (await t.caller(owner, orgId)).alpha.notes.create({ text: "explode now" });
    for (let i = 0; i < 20; i++) {
      await t.host.dispatcher.dispatchOrg(orgId);
      if ((await deliveries())[0]?.status === "dead") break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const [dead] = await deliveries();
    expect(dead).toMatchObject({ status: "dead", attempts: 3, lastError: "cannot handle explode now" });

    const admin = await t.caller(owner, orgId);
    expect(await admin.core.events.deadLetters()).toMatchObject([
      { id: dead?.id, event: "alpha.note.created", attempts: 3 },
    ]);
    await t.host.lifecycle.updateSettings(orgId, "beta", owner, { failOn: "" });
    await admin.core.events.retry({ deliveryId: dead?.id ?? "" });
    await t.host.dispatcher.idle();
    expect((await deliveries())[0]).toMatchObject({ status: "delivered", attempts: 1, lastError: null });
    expect(await seen()).toMatchObject([{ attempt: 1 }]);
    await expect(admin.core.events.retry({ deliveryId: "dlv_missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("does not deliver to plugins the organisation has not enabled", async () => {
    const other = (await t.host.createOrganisation({ name: "Alpha only" })).id;
    await t.host.lifecycle.enable(other, "alpha", owner);
    await (await t.caller(owner, other)).alpha.notes.create({ text: "nobody listens" });
    await t.host.dispatcher.idle();
    await t.host.dispatcher.dispatchOrg(other);
    expect(await (await t.host.orgs.get(other)).db.select().from(eventDeliveries)).toEqual([]);
    expect(await (await t.host.orgs.get(other)).db.select().from(outbox)).toHaveLength(1);
  });
});
