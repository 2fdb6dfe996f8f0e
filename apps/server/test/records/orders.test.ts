import { localDate, silentLogger, systemActor } from "@quartet/core";
import { activities, clients, orders, outbox } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ordersPort } from "../../src/records/orders/orders-port.ts";
import type { RecordsContext } from "../../src/records/timeline/context.ts";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];

describe("orders and payments", () => {
  let t: TestHost;
  let orgId: string;
  let owner: Caller;
  let viewer: Caller;
  let ownerId: string;
  let cheese: { id: string };
  const seed = (extra: Parameters<typeof seedClient>[3] = {}) =>
    seedClient(t, orgId, ownerId, { firstSaleOwnerId: ownerId, ...extra });
  const events = async (name: string) =>
    (await t.host.runtime(orgId)).db.select().from(outbox).where(eq(outbox.name, name));

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, { members: { Vera: "viewer" } });
    [orgId, ownerId, owner, viewer] = [
      team.orgId,
      team.owner.user.id,
      team.owner.caller,
      team.members.Vera.caller,
    ];
    cheese = await owner.core.catalog.products.create({
      sku: "CH-1",
      name: "Сыр российский",
      unit: "кг",
      price: { amountMinor: 99_999 },
    });
  });
  afterAll(() => t.close());

  it("totals lines with catalog defaults and discounts, numbers orders and tracks partial payments to paid", async () => {
    const client = await seed();
    const order = await owner.core.orders.record({
      clientId: client.id,
      function: "first-sale",
      sourceRef: "deal_1",
      lines: [
        { productId: cheese.id, quantity: 1.5, discountPercent: 10 },
        { name: "Доставка", quantity: 1, price: { amountMinor: 50_000 } },
      ],
    });
    expect(order).toMatchObject({
      number: expect.stringMatching(/^Q-\d{6}$/),
      currency: "RUB",
      subtotal: { amountMinor: 199_999 },
      discount: { amountMinor: 15_000 },
      total: { amountMinor: 184_999 },
      paymentStatus: "unpaid",
      orderedOn: localDate(Date.now(), "Europe/Moscow"),
    });
    expect(order.lines.map((l) => [l.name, l.unit, l.total.amountMinor])).toEqual([
      ["Сыр российский", "кг", 134_999],
      ["Доставка", null, 50_000],
    ]);
    const second = await owner.core.orders.record({
      clientId: client.id,
      lines: [{ productId: cheese.id, quantity: 1 }],
    });
    expect(Number(second.number.slice(2))).toBe(Number(order.number.slice(2)) + 1);

    const pay = (amountMinor: number) =>
      owner.core.orders.payments.record({ orderId: order.id, amount: { amountMinor }, method: "bank" });
    const first = await pay(92_500);
    expect(first.order).toMatchObject({ paymentStatus: "partial", due: { amountMinor: 92_499 } });
    expect((await pay(92_499)).order).toMatchObject({ paymentStatus: "paid", due: { amountMinor: 0 } });
    expect((await pay(1_000)).order).toMatchObject({
      paymentStatus: "overpaid",
      overpaidBy: { amountMinor: 1_000 },
    });
    expect((await pay(-1_000)).order.paymentStatus).toBe("paid");
    await expect(pay(-200_000)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { "amount.amountMinor": expect.any(String) } },
    });

    const received = (await events("core.payment.received")).map((e) => e.payload as Record<string, unknown>);
    expect(
      received
        .filter((p) => p.orderId === order.id)
        .map((p) => [p.paidShare, p.paymentStatus, p.firstPaymentOfClient]),
    ).toEqual([
      [92_500 / 184_999, "partial", true],
      [1, "paid", false],
      [185_999 / 184_999, "overpaid", false],
      [1, "paid", false],
    ]);
    const got = await owner.core.orders.get({ orderId: order.id });
    expect(got.payments.map((p) => p.amount.amountMinor)).toEqual([92_500, 92_499, 1_000, -1_000]);
    const [after] = await (await t.host.runtime(orgId)).db
      .select()
      .from(clients)
      .where(eq(clients.id, client.id));
    expect(after?.stage).toBe("customer");
    const listed = await owner.core.orders.list({ clientId: client.id, limit: 1 });
    expect(listed.items).toHaveLength(1);
    expect(
      (await owner.core.orders.list({ clientId: client.id, cursor: listed.nextCursor ?? "" })).items,
    ).toHaveLength(1);
  });

  it("emits core.order.recorded with the deal it came from and puts it on the timeline", async () => {
    const client = await seed();
    const order = await owner.core.orders.record({
      clientId: client.id,
      sourceRef: "deal_7",
      lines: [{ productId: cheese.id, quantity: 2 }],
    });
    const [event] = (await events("core.order.recorded")).filter(
      (e) => (e.payload as { orderId: string }).orderId === order.id,
    );
    expect(event?.payload).toMatchObject({
      number: order.number,
      sourceRef: "deal_7",
      total: { amountMinor: 199_998, currency: "RUB" },
    });
    const timeline = await owner.core.timeline.list({ clientId: client.id });
    expect(timeline.items[0]).toMatchObject({
      type: "system",
      data: { event: "order-recorded", orderId: order.id },
    });
  });

  it("writes nothing and emits nothing when the order's transaction rolls back", async () => {
    const client = await seed();
    const runtime = await t.host.runtime(orgId);
    const ctx: RecordsContext = {
      ...t.host.serviceContext({
        org: runtime,
        actor: systemActor,
        clock: t.host.clock,
        logger: silentLogger,
        settings: undefined,
      }),
      people: t.host.people,
    };
    const before = (await events("core.order.recorded")).length;
    await expect(
      runtime.write(systemActor, async (scope) => {
        await ordersPort(ctx).record(scope, {
          clientId: client.id,
          lines: [{ productId: cheese.id, quantity: 1 }],
        });
        throw new Error("the deal failed after the order");
      }),
    ).rejects.toThrow("the deal failed");
    await expect(
      owner.core.orders.record({
        clientId: client.id,
        lines: [{ name: "USD item", quantity: 1, price: { amountMinor: 100, currency: "USD" } }],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { "lines.0.price": expect.any(String) } },
    });
    expect(await runtime.db.select().from(orders).where(eq(orders.clientId, client.id))).toEqual([]);
    expect(await runtime.db.select().from(activities).where(eq(activities.clientId, client.id))).toEqual([]);
    expect(await events("core.order.recorded")).toHaveLength(before);
  });

  it("cancels only an order without payments, and refuses payments on a cancelled one", async () => {
    const client = await seed();
    const paid = await owner.core.orders.record({
      clientId: client.id,
      lines: [{ productId: cheese.id, quantity: 1 }],
    });
    await owner.core.orders.payments.record({
      orderId: paid.id,
      amount: { amountMinor: 100 },
      method: "cash",
    });
    await expect(owner.core.orders.cancel({ orderId: paid.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const open = await owner.core.orders.record({
      clientId: client.id,
      lines: [{ productId: cheese.id, quantity: 1 }],
    });
    expect(await owner.core.orders.cancel({ orderId: open.id, reason: "Передумали" })).toMatchObject({
      status: "cancelled",
    });
    await expect(
      owner.core.orders.payments.record({ orderId: open.id, amount: { amountMinor: 100 }, method: "card" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(
      owner.core.orders.payments.record({
        orderId: paid.id,
        amount: { amountMinor: 100, currency: "EUR" },
        method: "card",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses an inactive product, an unknown or merged client (NOT_FOUND) and a viewer (FORBIDDEN)", async () => {
    const line = [{ productId: cheese.id, quantity: 1 }];
    await expect(owner.core.orders.record({ clientId: "cli_nope", lines: line })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const into = await seed();
    const retired = await owner.core.catalog.products.create({
      sku: "OLD-1",
      name: "Снят",
      unit: "шт",
      price: { amountMinor: 1 },
    });
    await owner.core.catalog.products.deactivate({ productId: retired.id });
    await expect(
      owner.core.orders.record({ clientId: into.id, lines: [{ productId: retired.id, quantity: 1 }] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { "lines.0.productId": expect.any(String) } },
    });
    const merged = await seed({ mergedIntoId: into.id });
    await expect(owner.core.orders.record({ clientId: merged.id, lines: line })).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { details: { mergedIntoId: into.id } },
    });
    await expect(viewer.core.orders.record({ clientId: into.id, lines: line })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await viewer.core.orders.list({ clientId: into.id })).items).toEqual([]);
  });
});
