import { systemActor } from "@quartet/core";
import { definePlugin } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { combinePricing } from "../../src/records/orders/combine-pricing.ts";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/** A plugin granting 10 % on catalog lines and 30 days to pay, to clients tagged "friend". */
const friendly = definePlugin({
  id: "friendly",
  function: null,
  name: { en: "Friendly", ru: "Дружба" },
  description: { en: "Discounts for friends", ru: "Скидки друзьям" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [],
  events: { emits: [], consumes: [] },
  router: router({}),
  async pricing(ctx, input) {
    const client = await ctx.records.clients.get(input.clientId);
    if (!client?.tags.includes("friend")) return { lines: [] };
    return {
      lines: input.lines.map((line) =>
        line.productId ? { discountPercent: 10, reason: { code: "friend", params: { percent: 10 } } } : null,
      ),
      paymentTermsDays: 30,
    };
  },
});

describe("pricing extension point", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;
  let product: { id: string };

  beforeAll(async () => {
    t = await createTestHost({ plugins: [friendly] });
    ({ orgId, owner } = await teamFixture(t, { members: {} }));
    product = await owner.caller.core.catalog.products.create({
      sku: "CH-1",
      name: "Сыр",
      unit: "кг",
      price: { amountMinor: 100_000 },
    });
  });
  afterAll(() => t.close());

  const order = async (clientId: string, discountPercent = 0) =>
    owner.caller.core.orders.record({
      clientId,
      lines: [
        { productId: product.id, quantity: 1, discountPercent },
        { name: "Доставка", quantity: 1, price: { amountMinor: 5_000 } },
      ],
    });

  it("asks only enabled plugins, stores the reason on the line and the terms on the order", async () => {
    const friend = await seedClient(t, orgId, owner.user.id, { tags: ["friend"] });
    const before = await order(friend.id);
    expect(before.lines.map((l) => l.adjustmentReason)).toEqual([null, null]);
    expect(before.paymentTermsDays).toBeNull();

    await t.host.lifecycle.enable(orgId, "friendly", systemActor);
    const after = await order(friend.id);
    expect(after.total.amountMinor).toBe(90_000 + 5_000);
    expect(after.paymentTermsDays).toBe(30);
    expect(after.lines.map((l) => [l.discountPercent, l.adjustmentReason])).toEqual([
      [10, { plugin: "friendly", code: "friend", params: { percent: 10 } }],
      [0, null],
    ]);
    const stored = await owner.caller.core.orders.get({ orderId: after.id });
    expect(stored.lines[0]?.adjustmentReason).toEqual({
      plugin: "friendly",
      code: "friend",
      params: { percent: 10 },
    });

    const stranger = await seedClient(t, orgId, owner.user.id, { name: "ООО Чужие" });
    expect((await order(stranger.id)).lines[0]?.adjustmentReason).toBeNull();
  });

  it("keeps a larger discount the order was recorded with, without a reason", async () => {
    const friend = await seedClient(t, orgId, owner.user.id, { tags: ["friend"], name: "ООО Друг" });
    const recorded = await order(friend.id, 15);
    expect(recorded.lines[0]).toMatchObject({ discountPercent: 15, adjustmentReason: null });
  });

  it("combines plugins: the largest discount and the longest terms win; answers out of range are ignored", () => {
    const line = {
      productId: "prd_1",
      name: "x",
      quantity: 1,
      price: { amountMinor: 100, currency: "RUB" as const },
      discountPercent: 0,
    };
    const reason = (code: string) => ({ code, params: {} });
    const applied = combinePricing(
      [line, line],
      [
        {
          plugin: "a",
          result: {
            lines: [
              { discountPercent: 5, reason: reason("a5") },
              { discountPercent: 120, reason: reason("bad") },
            ],
            paymentTermsDays: 14,
          },
        },
        {
          plugin: "b",
          result: { lines: [{ discountPercent: 7, reason: reason("b7") }, null], paymentTermsDays: -1 },
        },
      ],
    );
    expect(applied).toEqual({
      lines: [{ discountPercent: 7, reason: { plugin: "b", code: "b7", params: {} } }, null],
      paymentTermsDays: 14,
    });
  });
});

describe("client tier and task marks through the records port", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;

  beforeAll(async () => {
    t = await createTestHost();
    ({ orgId, owner } = await teamFixture(t, { members: {} }));
  });
  afterAll(() => t.close());

  const records = async () =>
    t.host.serviceContext({
      org: await t.host.runtime(orgId),
      actor: systemActor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    }).records;

  it("sets the tier once, audited", async () => {
    const client = await seedClient(t, orgId, owner.user.id);
    const port = await records();
    const org = await t.host.runtime(orgId);
    expect(await org.write(systemActor, (scope) => port.clients.setTier(scope, client.id, "vip"))).toBe(true);
    expect(await org.write(systemActor, (scope) => port.clients.setTier(scope, client.id, "vip"))).toBe(
      false,
    );
    expect((await port.clients.get(client.id))?.tier).toBe("vip");
    const audit = await owner.caller.core.audit.list({ entity: "client", entityId: client.id });
    expect(audit.items.filter((a) => a.action === "core.client.tier")).toHaveLength(1);
  });

  it("reads marked tasks, open and done, created since an instant", async () => {
    const client = await seedClient(t, orgId, owner.user.id, { name: "ООО Запрос" });
    const caller = owner.caller.core.tasks;
    const request = await caller.create({
      title: "Ответить клиенту",
      clientId: client.id,
      mark: "client-request",
    });
    await caller.create({ title: "Обычная задача", clientId: client.id });
    await caller.complete({ taskId: request.id });
    const marked = await (await records()).tasks.marked({ mark: "client-request", clientIds: [client.id] });
    expect(marked.map((m) => [m.id, m.mark, m.doneAt !== null])).toEqual([
      [request.id, "client-request", true],
    ]);
    const later = await (await records()).tasks.marked({
      mark: "client-request",
      createdSince: request.createdAt + 1,
    });
    expect(later).toEqual([]);
  });
});
