import { type Actor, systemActor } from "@quartet/core";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lastContactsQuery } from "../../src/records/facts/last-contacts.ts";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const rub = (amountMinor: number) => ({ amountMinor, currency: "RUB" as const });

describe("bulk reads of core records for analytics (ctx.records facts, tasks, catalog)", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  async function setUp() {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna, "Romashka", "solo");
    const core = (await callerFor(t, anna, org.id)).core;
    const cable = await core.catalog.categories.create({ name: "Кабель" });
    const light = await core.catalog.categories.create({ name: "Свет" });
    const wire = await core.catalog.products.create({
      sku: "W-1",
      name: "ВВГ 3×2,5",
      unit: "м",
      price: rub(10_000),
      categoryId: cable.id,
    });
    const lamp = await core.catalog.products.create({
      sku: "L-1",
      name: "Лампа",
      unit: "шт",
      price: rub(50_000),
      categoryId: light.id,
    });
    const runtime = await t.host.runtime(org.id);
    const ctxOf = (actor: Actor) =>
      t.host.serviceContext({
        org: runtime,
        actor,
        clock: t.host.clock,
        logger: t.host.logger,
        settings: {},
      });
    const records = t.host.serviceContext({
      org: runtime,
      actor: systemActor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    }).records;
    return { anna, boris, org, core, cable, light, wire, lamp, records, runtime, ctxOf };
  }

  it("reads orders with line totals per category, payments, last contacts, clients and categories", async () => {
    const { anna, cable, light, wire, lamp, records, runtime } = await setUp();
    const { ids, orderIds } = await runtime.write(systemActor, async (scope) => {
      const a = await records.clients.create(scope, { name: "ООО Альфа", stage: "customer" });
      const b = await records.clients.create(scope, { name: "ООО Бета", stage: "lead" });
      await records.clients.setOwner(scope, a.id, "farming", anna.id);
      const first = await records.orders.record(scope, {
        clientId: a.id,
        orderedOn: "2026-01-10",
        lines: [
          { productId: wire.id, quantity: 10 },
          { productId: lamp.id, quantity: 2 },
          { name: "Доставка", quantity: 1, price: rub(5_000) },
        ],
      });
      const second = await records.orders.record(scope, {
        clientId: a.id,
        orderedOn: "2026-02-10",
        lines: [{ productId: wire.id, quantity: 1 }],
      });
      await records.orders.recordPayment(scope, {
        orderId: first.id,
        amount: rub(50_000),
        paidOn: "2026-01-12",
        method: "bank",
      });
      await records.timeline.add(scope, {
        clientId: a.id,
        type: "call",
        function: "farming",
        body: "Позвонили",
        occurredAt: 1_000,
      });
      await records.timeline.add(scope, {
        clientId: a.id,
        type: "note",
        function: "farming",
        body: "Заметка позже — не контакт",
        occurredAt: 5_000,
      });
      return { ids: [a.id, b.id], orderIds: [first.id, second.id] };
    });

    const facts = await records.orders.facts({});
    expect(facts.map((f) => f.orderId)).toEqual(orderIds);
    expect(facts[0]).toMatchObject({
      clientId: ids[0],
      orderedOn: "2026-01-10",
      totalMinor: 205_000,
      paidMinor: 50_000,
      paymentStatus: "partial",
    });
    expect(new Map(facts[0]?.categories.map((c) => [c.categoryId, c.totalMinor]))).toEqual(
      new Map([
        [cable.id, 100_000],
        [light.id, 100_000],
        [null, 5_000],
      ]),
    );
    expect((await records.orders.facts({ since: "2026-02-01" })).map((f) => f.orderId)).toEqual([
      orderIds[1],
    ]);
    expect(await records.orders.facts({ clientIds: [ids[1] as string] })).toEqual([]);
    expect(await records.orders.payments({})).toMatchObject([
      { orderId: orderIds[0], clientId: ids[0], amountMinor: 50_000, paidOn: "2026-01-12" },
    ]);
    expect(await records.timeline.lastContacts({})).toEqual({ [ids[0] as string]: 1_000 });
    expect((await records.clients.summaries({ ownedFor: "farming" })).map((c) => c.name)).toEqual([
      "ООО Альфа",
    ]);
    expect((await records.clients.summaries({ stages: ["lead"] })).map((c) => c.id)).toEqual([ids[1]]);
    expect((await records.catalog.categories()).map((c) => c.name).sort()).toEqual(["Кабель", "Свет"]);
  });

  it("reads each client's newest contact from its timeline index, never the whole timeline", async () => {
    const { runtime } = await setUp();
    for (const ids of [undefined, ["cli_a", "cli_b"]]) {
      const rows = await runtime.db.all<{ detail: string }>(
        sql`explain query plan ${lastContactsQuery({ actor: systemActor }, ids)}`,
      );
      const plan = rows.map((r) => r.detail).join("\n");
      expect(
        plan.match(/SEARCH a USING COVERING INDEX core_activities_contact \(client_id=\? AND type=\?\)/g),
      ).toHaveLength(4);
      expect(plan).not.toMatch(/SCAN a\b|TEMP B-TREE/);
    }
  });

  it("keeps a member with record scope 'own' to their own clients", async () => {
    const { anna, records, runtime, ctxOf } = await setUp();
    const ids = await runtime.write(systemActor, async (scope) => {
      const mine = await records.clients.create(scope, { name: "Моя", stage: "customer" });
      const other = await records.clients.create(scope, { name: "Чужая", stage: "customer" });
      await records.clients.setOwner(scope, mine.id, "farming", anna.id);
      for (const id of [mine.id, other.id])
        await records.orders.record(scope, {
          clientId: id,
          lines: [{ name: "x", quantity: 1, price: rub(100) }],
        });
      return [mine.id, other.id];
    });
    const own: Actor = {
      kind: "user",
      id: anna.id,
      name: "Anna",
      role: "member",
      permissions: new Set(),
      scope: "own",
    };
    const ownRecords = ctxOf(own).records;
    expect((await ownRecords.orders.facts({})).map((f) => f.clientId)).toEqual([ids[0]]);
    expect((await ownRecords.clients.summaries({})).map((c) => c.id)).toEqual([ids[0]]);
  });

  it("creates a task for a member and lists the open ones; a stranger cannot be given one", async () => {
    const { anna, boris, records, runtime } = await setUp();
    const clientId = await runtime.write(systemActor, async (scope) => {
      const { id } = await records.clients.create(scope, { name: "ООО Гамма" });
      await records.tasks.create(scope, {
        clientId: id,
        title: "Позвонить",
        function: "farming",
        assigneeId: anna.id,
        dueAt: 10,
      });
      return id;
    });
    expect(await records.tasks.open({ function: "farming" })).toMatchObject([
      { clientId, title: "Позвонить", assigneeId: anna.id, dueAt: 10, doneAt: null },
    ]);
    expect(await records.tasks.open({ assigneeId: boris.id })).toEqual([]);
    await expect(
      runtime.write(systemActor, (scope) =>
        records.tasks.create(scope, { clientId, title: "x", assigneeId: boris.id }),
      ),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { assigneeId: expect.any(String) } });
  });
});
