import { systemActor } from "@quartet/core";
import { activities, auditLog, handoffs, orders, outbox, payments, tasks } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addActivity } from "../../src/records/timeline/add-activity.ts";
import { createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("merging duplicate clients", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createTestHost();
    anna = await createUser(t, "Anna");
  });
  afterAll(() => t.close());

  async function setup() {
    const { orgId, owner } = await teamFixture(t, { owner: anna, org: "Слияние", members: {} });
    const clients = owner.caller.core.clients;
    const runtime = await t.host.runtime(orgId);
    const into = await clients.create({
      name: "ООО Ромашка",
      phones: ["+7 495 111-11-11"],
      tags: ["опт"],
      region: "Москва",
      contacts: [{ name: "Иван" }],
    });
    const from = await clients.create({
      name: "Ромашка ТД",
      inn: "7702070139",
      phones: ["+7 495 222-22-22"],
      tags: ["ОПТ", "розница"],
      region: "Тверь",
      city: "Тверь",
      contacts: [{ name: "Пётр", emails: ["petr@romashka-td.ru"] }],
      allowDuplicate: true,
    });
    await clients.changeStage({ clientId: from.id, to: "customer", basis: "manual" });
    const now = Date.now();
    await runtime.write(systemActor, async (scope) => {
      await addActivity(scope, systemActor, now, {
        clientId: from.id,
        type: "call",
        function: null,
        body: "Звонок",
      });
      await scope.tx.insert(orders).values({
        ...{ id: "ord_1", clientId: from.id, number: "A-1", status: "confirmed", currency: "RUB" },
        ...{
          subtotalMinor: 100_00,
          discountMinor: 0,
          totalMinor: 100_00,
          paidMinor: 100_00,
          paymentStatus: "paid",
        },
        ...{ function: "first-sale", sourceRef: null, orderedOn: "2026-01-10", note: null, createdBy: "x" },
        ...{ createdAt: now, updatedAt: now },
      });
      await scope.tx.insert(payments).values({
        ...{ id: "pay_1", orderId: "ord_1", clientId: from.id, amountMinor: 100_00, currency: "RUB" },
        ...{ paidOn: "2026-01-11", method: "bank", reference: null, createdBy: "x", createdAt: now },
      });
      await scope.tx.insert(tasks).values({
        ...{ id: "tsk_1", clientId: from.id, title: "Перезвонить", note: null, function: "farming" },
        ...{ assigneeId: anna.id, dueAt: null, remindAt: null, remindedAt: null, doneAt: null },
        ...{ createdBy: "x", createdAt: now, updatedAt: now },
      });
      await scope.tx.insert(handoffs).values({
        ...{ id: "hnd_1", clientId: from.id, fromFunction: "first-sale", toFunction: "farming", note: "" },
        ...{
          context: {},
          requestedBy: "x",
          receiverId: null,
          assignmentReason: "chosen",
          state: "requested",
        },
        ...{ acceptBy: now + 1000, createdAt: now },
      });
    });
    return { clients, requisites: owner.caller.core.requisites, runtime, intoId: into.id, fromId: from.id };
  }

  it("moves contacts, timeline, orders, payments, tasks and handoffs, and fills empty fields", async () => {
    const { clients, runtime, intoId, fromId } = await setup();
    const result = await clients.merge({ intoId, fromId });
    expect(result.moved).toEqual({
      contacts: 1,
      activities: 2,
      orders: 1,
      payments: 1,
      tasks: 1,
      handoffs: 1,
    });
    const page = await clients.get({ id: intoId });
    if (page.merged) throw new Error("into must stay");
    expect(page.client).toMatchObject({
      name: "ООО Ромашка",
      inn: "7702070139",
      region: "Москва",
      city: "Тверь",
      phones: ["+74951111111", "+74952222222"],
      tags: ["опт", "розница"],
      stage: "customer",
    });
    expect(page.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ["Иван", true],
      ["Пётр", false],
    ]);
    expect(page.counts).toEqual({ orders: 1, openTasks: 1 });
    for (const table of [orders, payments, tasks, handoffs]) {
      expect((await runtime.db.select({ c: table.clientId }).from(table)).map((r) => r.c)).toEqual([intoId]);
    }
    expect(await clients.get({ id: fromId })).toEqual({
      merged: true,
      id: fromId,
      name: "Ромашка ТД",
      mergedIntoId: intoId,
    });
    expect((await clients.list({})).items.map((c) => c.id)).toEqual([intoId]);
    expect((await clients.count({ tag: "розница" })).count).toBe(1);
    const byInn = await clients.checkDuplicates({ name: "Кто-то", inn: "7702070139" });
    expect(byInn.blocking.map((d) => d.id)).toEqual([intoId]);
    const byEmail = await clients.list({ search: "petr@romashka-td.ru" });
    expect(byEmail.items.map((c) => c.id)).toEqual([intoId]);
  });

  it("records the merge in both timelines, the audit log and the outbox", async () => {
    const { clients, runtime, intoId, fromId } = await setup();
    await clients.merge({ intoId, fromId });
    const system = await runtime.db
      .select()
      .from(activities)
      .where(eq(activities.type, "system"))
      .orderBy(sql`rowid`);
    expect(system.map((a) => [a.clientId, a.body])).toEqual([
      [intoId, "Объединён с клиентом «Ромашка ТД»"],
      [fromId, "Объединён в клиента «ООО Ромашка»"],
    ]);
    const audit = await runtime.db.select().from(auditLog).where(eq(auditLog.action, "core.client.merge"));
    expect(audit).toMatchObject([{ entityId: intoId, actorId: anna.id, after: { fromId } }]);
    const events = await runtime.db.select().from(outbox).where(eq(outbox.name, "core.client.merged"));
    expect(events.map((e) => e.payload)).toEqual([{ fromId, intoId }]);
    const stage = await runtime.db
      .select()
      .from(outbox)
      .where(eq(outbox.name, "core.client.stage-changed"))
      .orderBy(sql`rowid`);
    expect(stage.at(-1)?.payload).toMatchObject({ clientId: intoId, from: "prospect", to: "customer" });
  });

  it("refuses to merge a client into itself, from or into a merged one, or one out of sight", async () => {
    const { clients, intoId, fromId } = await setup();
    await expect(clients.merge({ intoId, fromId: intoId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await clients.merge({ intoId, fromId });
    const third = await clients.create({ name: "Лютик" });
    await expect(clients.merge({ intoId: fromId, fromId: third.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(clients.merge({ intoId: third.id, fromId })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(clients.merge({ intoId: third.id, fromId: "cli_nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(clients.update({ id: fromId, name: "X" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await clients.merge({ intoId: third.id, fromId: intoId });
    expect(await clients.get({ id: fromId })).toMatchObject({ merged: true, mergedIntoId: third.id });
  });

  describe("requisites", () => {
    const sber = { bik: "044525225", account: "40702810400000000005" };
    const tbank = { bik: "044525974", bankName: "Т-Банк", account: "40802810700000000002" };
    // The merged-away client's requisites: a full name and codes (on the client), a card, a VAT mode.
    const card = {
      fullName: "ООО «Ромашка ТД»",
      kpp: "773601001",
      directorName: "Петров Пётр Петрович",
      vatMode: "vat20" as const,
      paymentDays: 5,
    };
    it("a survivor without requisites takes the merged client's card and accounts", async () => {
      const { clients, requisites, intoId, fromId } = await setup();
      await requisites.client.set({ clientId: fromId, requisites: { ...card, bankAccounts: [sber, tbank] } });
      await clients.merge({ intoId, fromId });
      const after = await requisites.client.get({ clientId: intoId });
      expect(after).toMatchObject(card);
      expect(after.bankAccounts.map((a) => [a.bik, a.account, a.isDefault])).toEqual([
        [sber.bik, sber.account, true],
        [tbank.bik, tbank.account, false],
      ]);
    });

    it("when both have requisites the survivor's win and only its blanks are filled", async () => {
      const { clients, requisites, intoId, fromId } = await setup();
      const own = { shortName: "ООО «Ромашка»", vatMode: "none" as const, bankAccounts: [tbank] };
      await requisites.client.set({ clientId: intoId, requisites: own });
      await requisites.client.set({ clientId: fromId, requisites: { ...card, bankAccounts: [sber] } });
      await clients.merge({ intoId, fromId });
      const after = await requisites.client.get({ clientId: intoId });
      expect(after).toMatchObject({
        shortName: "ООО «Ромашка»",
        vatMode: "none",
        fullName: card.fullName,
        kpp: card.kpp,
        directorName: card.directorName,
        paymentDays: 5,
      });
      expect(after.bankAccounts.map((a) => [a.account, a.isDefault])).toEqual([
        [tbank.account, true],
        [sber.account, false],
      ]);
    });

    it("an account the survivor holds already (same BIK and account) is not added twice", async () => {
      const { clients, requisites, intoId, fromId } = await setup();
      await requisites.client.set({ clientId: intoId, requisites: { bankAccounts: [sber] } });
      const theirs = [{ ...sber, bankName: "Сбербанк" }, tbank];
      await requisites.client.set({ clientId: fromId, requisites: { bankAccounts: theirs } });
      await clients.merge({ intoId, fromId });
      const after = await requisites.client.get({ clientId: intoId });
      expect(after.bankAccounts.map((a) => [a.account, a.bankName])).toEqual([
        [sber.account, null],
        [tbank.account, "Т-Банк"],
      ]);
    });
  });
});
