import { clientStageChanged, manualClock, systemActor } from "@quartet/core";
import { eventDeliveries } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { signedBy, type WebhookReceiver, webhookReceiver } from "../support/webhook-receiver.ts";

const stageChanged = "core.client.stage-changed@1";
const owner = userActor("usr_owner");

describe("signed outbound webhooks", () => {
  let t: TestHost;
  let orgId: string;
  let receiver: WebhookReceiver;
  let url: string;
  const clock = manualClock();

  const as = async (actor = owner, org = orgId) => (await t.caller(actor, org)).core.webhooks;
  /** Emits one event through the outbox and waits until the dispatcher and the sender are done. */
  const emitStageChange = async (clientId = "cli_1", org = orgId) => {
    const runtime = await t.host.runtime(org);
    await runtime.write(systemActor, (scope) =>
      scope.emit(clientStageChanged, { clientId, from: "lead", to: "client", reason: null }),
    );
    await settle();
  };
  const settle = async () => {
    await t.host.dispatcher.idle();
    await t.host.webhooks.sender.idle();
  };
  const retryNow = async (org = orgId) => {
    clock.advance(60_000);
    await t.host.webhooks.sender.sendOrg(org);
  };
  /** The endpoint's newest delivery (the log is newest first). */
  const latest = async (endpointId: string) => {
    const [newest] = await (await as()).deliveries({ endpointId });
    if (!newest) throw new Error(`No delivery to ${endpointId}`);
    return newest;
  };
  const subscribe = async (target = url, eventTypes = [stageChanged]) =>
    (await as()).create({ url: target, eventTypes, description: "CRM mirror" });

  beforeAll(async () => {
    t = await createTestHost({ env: { NODE_ENV: "test" }, clock });
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    receiver = webhookReceiver();
    url = await receiver.start();
    for (const endpoint of await (await as()).list()) await (await as()).remove({ id: endpoint.id });
    return () => receiver.stop();
  });

  it("delivers a signed { type, timestamp, data } the receiver verifies, once per subscribed endpoint", async () => {
    const { endpoint, secret } = await subscribe();
    await subscribe(url, ["core.order.recorded@1"]);
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await (await as()).list())).not.toContain(secret);

    await emitStageChange("cli_7");

    expect(receiver.received).toHaveLength(1);
    const got = receiver.at(0);
    expect(signedBy(secret, got)).toBe(true);
    expect(signedBy(`whsec_${Buffer.alloc(32, 1).toString("base64")}`, got)).toBe(false);
    expect(got.timestamp).toBe(Math.floor(clock.now() / 1000));
    expect(got.json).toEqual({
      type: "core.client.stage-changed",
      timestamp: new Date(clock.now()).toISOString(),
      data: { clientId: "cli_7", from: "lead", to: "client", reason: null, organisationId: orgId },
    });
    const delivery = await latest(endpoint.id);
    expect(delivery).toMatchObject({
      id: got.id,
      status: "delivered",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });
    expect(delivery.eventName).toBe("Client's stage changed");
  });

  it("brings a delivery to a receiver that was down later, under the same webhook-id", async () => {
    const { endpoint, secret } = await subscribe();
    const port = Number(new URL(url).port);
    await receiver.stop();

    await emitStageChange();
    const waiting = await latest(endpoint.id);
    expect(waiting).toMatchObject({
      status: "pending",
      attempts: 1,
      responseStatus: null,
      lastError: "Could not connect",
    });
    expect(waiting.nextAttemptAt).toBeGreaterThan(clock.now());

    await receiver.start(port);
    await retryNow();
    expect(receiver.received.map((r) => r.id)).toEqual([waiting.id]);
    expect(signedBy(secret, receiver.at(0))).toBe(true);
    const delivered = await latest(endpoint.id);
    expect(delivered).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200 });
  });

  it("gives up after the last attempt (dead), words why in the viewer's language, and replays it with the same id", async () => {
    const { endpoint } = await subscribe();
    receiver.state.status = 500;
    await emitStageChange();
    await retryNow();
    await retryNow();
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    const dead = await latest(endpoint.id);
    expect(dead).toMatchObject({ status: "dead", attempts: 3, responseStatus: 500, nextAttemptAt: null });
    expect(dead.lastError).toBe("Answered 500");
    const input = encodeURIComponent(JSON.stringify({ json: { endpointId: endpoint.id } }));
    const response = await t.app().request(`/trpc/core.webhooks.deliveries?input=${input}`, {
      headers: { "x-test-user": owner.id, "x-test-org": orgId, "x-quartet-locale": "ru" },
    });
    const body = (await response.json()) as { result: { data: { json: { lastError: string }[] } } };
    expect(body.result.data.json[0]?.lastError).toBe("Ответ 500");

    await retryNow();
    expect(receiver.received).toHaveLength(3);

    receiver.state.status = 204;
    await (await as()).replay({ deliveryId: dead.id });
    await settle();
    expect(receiver.received.map((r) => r.id)).toEqual([dead.id, dead.id, dead.id, dead.id]);
    const replayed = await latest(endpoint.id);
    expect(replayed).toMatchObject({ status: "delivered", attempts: 1, responseStatus: 204 });
  });

  it("signs with the new and the previous secret during a rotation window, then with the new one only", async () => {
    const { endpoint, secret: old } = await subscribe();
    const { secret: fresh, previousSecretUntil } = await (await as()).rotateSecret({ id: endpoint.id });
    expect(fresh).not.toBe(old);
    expect(previousSecretUntil).toBe(clock.now() + 24 * 3_600_000);

    await emitStageChange("cli_a");
    const during = receiver.at(0);
    expect(during.signatures).toHaveLength(2);
    expect(signedBy(fresh, during)).toBe(true);
    expect(signedBy(old, during)).toBe(true);

    clock.advance(24 * 3_600_000 + 1);
    expect((await (await as()).list()).map((e) => e.previousSecretUntil)).toEqual([null]);
    await emitStageChange("cli_b");
    const after = receiver.at(1);
    expect(after.signatures).toHaveLength(1);
    expect(signedBy(fresh, after)).toBe(true);
    expect(signedBy(old, after)).toBe(false);
  });

  it("delivers an enabled plugin's event, none of a rolled-back write, and keeps the key once the plugin is off", async () => {
    const types = async () => (await as()).eventTypes();
    expect((await types()).some((type) => type.key === "alpha.note.created@1")).toBe(false);
    await t.host.lifecycle.enable(orgId, "alpha", systemActor);
    const alpha = (await types()).find((type) => type.key === "alpha.note.created@1");
    expect(alpha).toMatchObject({ group: "Alpha", name: "alpha.note.created" });
    const { endpoint, secret } = await subscribe(url, ["alpha.note.created@1"]);
    const notes = (await t.caller(owner, orgId)).alpha.notes;

    await expect(notes.create({ text: "gone", failAfterEmit: true })).rejects.toThrow();
    await notes.create({ text: "Позвонить в среду" });
    await settle();

    expect(receiver.received.map((r) => r.json.type)).toEqual(["alpha.note.created"]);
    expect(signedBy(secret, receiver.at(0))).toBe(true);
    expect(receiver.at(0).json.data).toMatchObject({ text: "Позвонить в среду", organisationId: orgId });

    await t.host.lifecycle.disable(orgId, "alpha", systemActor);
    expect((await types()).some((type) => type.key === "alpha.note.created@1")).toBe(false);
    const kept = await (await as()).update({
      id: endpoint.id,
      eventTypes: ["alpha.note.created@1", stageChanged],
    });
    expect(kept.eventTypes).toEqual(["alpha.note.created@1", stageChanged]);
  });

  it("forgets finished deliveries after 30 days and keeps waiting ones", async () => {
    const { endpoint } = await subscribe();
    await emitStageChange("cli_done");
    await receiver.stop();
    // A later instant, so «newest» is the waiting one: two rows of one instant would tie.
    clock.advance(1_000);
    await emitStageChange("cli_waiting");
    const waiting = await latest(endpoint.id);
    expect(waiting.status).toBe("pending");

    clock.advance(31 * 24 * 3_600_000);
    const ran = await t.host.scheduler.tickOrg(orgId);
    expect(ran["core:webhooks.prune"]).toBe("ran");
    const left = await (await as()).deliveries({ endpointId: endpoint.id });
    expect(left.map((d) => d.id)).toEqual([waiting.id]);
  });

  it("ends a switched-off endpoint's waiting deliveries (dead, worded, replayable) and sends nothing while it is off", async () => {
    const { endpoint } = await subscribe();
    const port = Number(new URL(url).port);
    await receiver.stop();
    await emitStageChange("cli_1");
    expect((await latest(endpoint.id)).status).toBe("pending");

    await (await as()).update({ id: endpoint.id, enabled: false });
    const ended = await latest(endpoint.id);
    expect(ended).toMatchObject({ status: "dead", nextAttemptAt: null });
    expect(ended.lastError).toBe("Not sent: the webhook was switched off");
    await receiver.start(port);
    await retryNow();
    await emitStageChange("cli_off");
    expect(receiver.received).toHaveLength(0);

    await (await as()).update({ id: endpoint.id, enabled: true });
    await emitStageChange("cli_2");
    expect(receiver.received.map((r) => r.json.data.clientId)).toEqual(["cli_2"]);
    await (await as()).replay({ deliveryId: ended.id });
    await settle();
    expect(receiver.received.map((r) => r.json.data.clientId)).toEqual(["cli_2", "cli_1"]);
  });

  it("takes the outbox's waiting webhook work away with the last endpoint, so none is held every minute forever", async () => {
    await subscribe();
    await emitStageChange("cli_1");
    const runtime = await t.host.runtime(orgId);
    const webhookWork = eq(eventDeliveries.pluginId, "core.webhooks");
    // What a pass interrupted between fan-out and delivery leaves: the event waits for the webhook subscribers.
    await runtime.write(systemActor, (scope) =>
      scope.tx.update(eventDeliveries).set({ status: "pending", deliveredAt: null }).where(webhookWork),
    );
    const [endpoint] = await (await as()).list();
    await (await as()).remove({ id: endpoint?.id ?? "" });

    clock.advance(60_000);
    expect(await t.host.dispatcher.dispatchOrg(orgId)).toMatchObject({ held: 0, delivered: 0 });
    expect(await runtime.db.select().from(eventDeliveries).where(webhookWork)).toEqual([]);
  });
});
