import { clientStageChanged, corePermissions, systemActor } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callPath } from "../support/refusals.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { type WebhookReceiver, webhookReceiver } from "../support/webhook-receiver.ts";

const stageChanged = "core.client.stage-changed@1";
const owner = userActor("usr_owner");
/** An administrator in all but webhooks. */
const member = userActor(
  "usr_member",
  Object.values(corePermissions)
    .map((p) => p.id)
    .filter((id) => id !== corePermissions.webhooksManage.id),
);

describe("webhook refusals", () => {
  let t: TestHost;
  let a: string;
  let b: string;
  let receiver: WebhookReceiver;
  let url: string;
  let endpointId: string;
  let deliveryId: string;

  const post = (path: string, json: unknown, org = a, locale = "en") =>
    t.app().request(`/trpc/${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-test-user": owner.id,
        "x-test-org": org,
        "x-quartet-locale": locale,
      },
      body: JSON.stringify({ json }),
    });
  const refusal = async (response: Response) => {
    const body = (await response.json()) as {
      error: { json: { message: string; data: { fields?: Record<string, string> } } };
    };
    return {
      status: response.status,
      message: body.error.json.message,
      fields: body.error.json.data.fields ?? {},
    };
  };

  beforeAll(async () => {
    t = await createTestHost({ env: { NODE_ENV: "test" } });
    a = (await t.host.createOrganisation({ name: "A" })).id;
    b = (await t.host.createOrganisation({ name: "B" })).id;
    receiver = webhookReceiver();
    url = await receiver.start();
    const created = await (await t.caller(owner, a)).core.webhooks.create({
      url,
      eventTypes: [stageChanged],
    });
    endpointId = created.endpoint.id;
    const runtime = await t.host.runtime(a);
    await runtime.write(systemActor, (scope) =>
      scope.emit(clientStageChanged, { clientId: "cli_a", from: null, to: "lead", reason: null }),
    );
    await t.host.dispatcher.idle();
    await t.host.webhooks.sender.idle();
    deliveryId = receiver.received[0]?.id ?? "";
  });
  afterAll(async () => {
    await receiver.stop();
    await t.close();
  });

  const writes: [string, () => unknown][] = [
    ["core.webhooks.create", () => ({ url, eventTypes: [stageChanged] })],
    ["core.webhooks.update", () => ({ id: endpointId, enabled: false })],
    ["core.webhooks.remove", () => ({ id: endpointId })],
    ["core.webhooks.rotateSecret", () => ({ id: endpointId })],
    ["core.webhooks.replay", () => ({ deliveryId })],
  ];

  it.each(writes)(
    "%s refuses a member without core.webhooks.manage and changes nothing",
    async (path, input) => {
      const before = await (await t.caller(owner, a)).core.webhooks.list();
      await expect(callPath(await t.caller(member, a), path, input())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await (await t.caller(owner, a)).core.webhooks.list()).toEqual(before);
    },
  );

  it.each([
    ["not an address", "мой сайт", "Введите полный адрес, например https://…"],
    ["plain http", "http://hooks.example.com/q", "Адрес должен начинаться с https://"],
    ["a private address", "https://192.168.0.10/q", "Этот адрес ведёт во внутреннюю сеть"],
    ["cloud metadata", "https://169.254.169.254/latest", "Этот адрес ведёт во внутреннюю сеть"],
    ["a name that does not resolve", "https://nothing-here.invalid/q", "Такое имя хоста не находится"],
  ])(
    "refuses %s with a 400 naming url, in the viewer's language, storing nothing",
    async (_, bad, message) => {
      const before = await (await t.caller(owner, a)).core.webhooks.list();
      const refused = await refusal(
        await post("core.webhooks.create", { url: bad, eventTypes: [stageChanged] }, a, "ru"),
      );
      expect(refused.status).toBe(400);
      expect(refused.fields).toEqual({ url: message });
      expect(await (await t.caller(owner, a)).core.webhooks.list()).toEqual(before);
    },
  );

  it("refuses an event the organisation cannot receive with a 400 naming eventTypes", async () => {
    const refused = await refusal(
      await post("core.webhooks.create", { url, eventTypes: ["core.nothing.happened@1"] }),
    );
    expect(refused.status).toBe(400);
    expect(refused.fields).toEqual({ eventTypes: "Unknown event core.nothing.happened@1" });
    const none = await refusal(await post("core.webhooks.create", { url, eventTypes: [] }));
    expect(Object.keys(none.fields)).toEqual(["eventTypes"]);
  });

  it("refuses this machine outside test and development mode", async () => {
    const production = await createTestHost();
    try {
      const org = (await production.host.createOrganisation({ name: "P" })).id;
      await expect(
        (await production.caller(owner, org)).core.webhooks.create({ url, eventTypes: [stageChanged] }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fields: { url: "This address leads into a private network" } },
      });
    } finally {
      await production.close();
    }
  });

  it("keeps each organisation's webhooks in its own database", async () => {
    const other = await t.caller(owner, b);
    expect(await other.core.webhooks.list()).toEqual([]);
    for (const [path, input] of [
      ["core.webhooks.deliveries", { endpointId }],
      ["core.webhooks.update", { id: endpointId, enabled: false }],
      ["core.webhooks.rotateSecret", { id: endpointId }],
      ["core.webhooks.remove", { id: endpointId }],
      ["core.webhooks.replay", { deliveryId }],
    ] as const) {
      await expect(callPath(other, path, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const runtime = await t.host.runtime(b);
    await runtime.write(systemActor, (scope) =>
      scope.emit(clientStageChanged, { clientId: "cli_b", from: null, to: "lead", reason: null }),
    );
    await t.host.dispatcher.idle();
    await t.host.webhooks.sender.idle();
    expect(receiver.received.map((r) => r.json.data.organisationId)).toEqual([a]);
    const [endpoint] = await (await t.caller(owner, a)).core.webhooks.list();
    expect(endpoint).toMatchObject({ id: endpointId, enabled: true });
  });
});
