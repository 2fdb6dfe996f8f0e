import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("core records as plugins use them (ctx.records)", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("creates a client, logs to its timeline, records an order and a payment, and hands it over — in one transaction", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "Romashka", "solo");
    const actor = {
      kind: "user" as const,
      id: anna.id,
      name: anna.name,
      email: anna.email,
      role: "owner",
      permissions: new Set(["*"]),
      scope: "all" as const,
    };
    const ctx = t.host.serviceContext({
      org: await t.host.runtime(org.id),
      actor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    });
    const records = ctx.records;

    expect(
      await records.clients.findDuplicates({ name: "ООО Лютик", phones: ["8 (495) 123-45-67"] }),
    ).toEqual([]);
    const { clientId, handoff } = await ctx.org.write(actor, async (scope) => {
      const { id } = await records.clients.create(scope, {
        name: "ООО Лютик",
        phones: ["8 (495) 123-45-67"],
        stage: "prospect",
      });
      await records.timeline.add(scope, {
        clientId: id,
        type: "note",
        function: "prospecting",
        body: "Asked for a price list",
      });
      await records.clients.moveStageIfForward(scope, id, "lead", "Filled in the web form");
      const order = await records.orders.record(scope, {
        clientId: id,
        lines: [{ name: "Консультация", quantity: 1, price: { amountMinor: 100_000, currency: "RUB" } }],
      });
      await records.orders.recordPayment(scope, {
        orderId: order.id,
        amount: { amountMinor: 100_000, currency: "RUB" },
        method: "bank",
      });
      const handoff = await records.handoffs.request(scope, {
        clientId: id,
        fromFunction: "first-sale",
        toFunction: "farming",
        note: "Paid in full",
      });
      return { clientId: id, handoff };
    });
    const duplicates = await records.clients.findDuplicates({ name: "Другая", phones: ["+7 495 123 45 67"] });
    expect(duplicates).toMatchObject([{ id: clientId, reasons: ["phone"] }]);
    expect(handoff.receiverId).toBe(anna.id);

    const summary = await records.clients.get(clientId);
    expect(summary).toMatchObject({ name: "ООО Лютик", stage: "customer", phones: ["+74951234567"] });
    const timeline = await (await callerFor(t, anna, org.id)).core.timeline.list({ clientId });
    expect(timeline.items.map((item) => item.type)).toEqual(
      expect.arrayContaining(["note", "stage-change", "handoff"]),
    );
    expect(await records.clients.get("cli_missing")).toBeNull();

    await ctx.org.write(actor, (scope) =>
      records.clients.update(scope, clientId, { industry: "Строительство", region: "Москва" }),
    );
    expect(await records.clients.get(clientId)).toMatchObject({
      industry: "Строительство",
      region: "Москва",
      phones: ["+74951234567"],
    });
    await expect(
      ctx.org.write(actor, (scope) => records.clients.update(scope, clientId, { inn: "7707083894" })),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { inn: expect.any(String) },
    });
    const page = await records.clients.listIds({ region: "Москва" }, { limit: 10 });
    expect(page).toEqual({ ids: [clientId], nextCursor: null });
    expect((await records.clients.listIds({ region: "Казань" }, { limit: 10 })).ids).toEqual([]);
    expect((await records.people.organisation()).timeZone).toBe("Europe/Moscow");
  });
});
