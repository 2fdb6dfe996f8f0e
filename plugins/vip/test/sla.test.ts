import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { buysAndPays, newClient, openTasks, RUB } from "./support/samples.ts";
import { type TestUser, type VipHost, vipHost } from "./support/vip-host.ts";

/** An instant given as Moscow wall time (UTC+3). */
const msk = (dateTime: string) => Date.parse(`${dateTime}:00+03:00`);

describe("first-response SLA of VIP requests in business hours", () => {
  let h: VipHost;
  let manager: TestUser;
  let head: TestUser;
  let clientId: string;
  beforeEach(async () => {
    h = await vipHost({ today: "2026-06-01" });
    manager = await h.member("Марина", "member");
    head = await h.member("Глеб", "head-of-sales");
    const api = (await h.as(h.owner)).vip;
    await api.program.save({ tiers: [defaultTier], calendar: { holidays: ["2026-06-12"] } });
    const client = await newClient(h, "ООО Важный", { manager });
    clientId = client.id;
    await buysAndPays(h, clientId, 6_000_000 * RUB, "2026-06-01");
  });
  afterEach(() => h.close());

  const breachTasks = async () =>
    (await openTasks(h, clientId)).filter((t) => t.title.includes("нет ответа VIP-клиенту"));
  const at = async (instant: number) => {
    h.clock.set(instant);
    await h.runJob("sla");
  };

  it("counts only working hours: a request on Thursday 16:00 before a holiday and a weekend is due Monday 11:00", async () => {
    h.clock.set(msk("2026-06-11T16:00"));
    const task = await (await h.core()).core.tasks.create({
      title: "Запрос цены на кабель",
      clientId,
      mark: "client-request",
      assigneeId: manager.id,
    });
    await at(msk("2026-06-11T17:00"));
    const card = async () => (await (await h.as(manager)).vip.clients.get({ clientId })).sla;
    expect((await card()).requests).toEqual([
      expect.objectContaining({
        requestId: task.id,
        source: "task",
        dueAt: msk("2026-06-15T11:00"),
        state: "running",
        remainingMinutes: 180,
      }),
    ]);

    await at(msk("2026-06-13T12:00"));
    await at(msk("2026-06-15T11:00"));
    expect(await breachTasks()).toEqual([]);
    expect(await h.outbox("vip.sla.breached")).toEqual([]);

    await at(msk("2026-06-15T11:01"));
    await at(msk("2026-06-15T11:30"));
    expect((await card()).requests[0]).toMatchObject({ state: "breached", overdueMinutes: 30 });
    expect((await breachTasks()).map((t) => [t.assigneeId, t.title])).toEqual([
      [manager.id, "нет ответа VIP-клиенту дольше 4\u00A0часов рабочего времени: ООО Важный"],
    ]);
    expect((await h.outbox("vip.sla.breached")).map((e) => e.payload)).toEqual([
      expect.objectContaining({
        requestId: task.id,
        clientId,
        tierKey: "vip",
        managerId: manager.id,
        slaMinutes: 240,
      }),
    ]);

    await at(msk("2026-06-15T15:01"));
    await at(msk("2026-06-15T16:00"));
    expect((await breachTasks()).map((t) => t.assigneeId)).toEqual([manager.id, head.id]);
    expect(await h.outbox("vip.sla.breached")).toHaveLength(1);
  });

  it("stops the clock when the task is done or the handoff decided, and reports compliance", async () => {
    h.clock.set(msk("2026-06-15T10:00"));
    const core = (await h.core()).core;
    const task = await core.tasks.create({
      title: "Вопрос",
      clientId,
      mark: "client-request",
      assigneeId: manager.id,
    });
    await core.tasks.create({ title: "Обычная задача", clientId, assigneeId: manager.id });
    const handoff = await core.handoffs.request({
      clientId,
      fromFunction: "vip",
      toFunction: "first-sale",
      note: "Нужен новый договор",
      receiverId: manager.id,
    });
    await h.deliver();
    h.clock.set(msk("2026-06-15T12:00"));
    await (await h.core(manager)).core.handoffs.accept({ handoffId: handoff.id });
    await h.deliver();
    h.clock.set(msk("2026-06-15T18:00"));
    await (await h.core(manager)).core.tasks.complete({ taskId: task.id });
    await at(msk("2026-06-16T12:00"));

    const report = await (await h.as(head)).vip.sla.report({});
    expect(report).toMatchObject({ total: 2, answered: 1, breached: 1, running: 0, compliance: 0.5 });
    expect(report.breachedItems.map((i) => i.requestId)).toEqual([task.id]);
    expect(await h.outbox("vip.sla.breached")).toEqual([]);
  });

  it("drops a request whose handoff its requester cancelled before an answer, and keeps timing an expired one", async () => {
    h.clock.set(msk("2026-06-15T10:00"));
    const core = (await h.core()).core;
    const ask = (note: string) =>
      core.handoffs.request({
        clientId,
        fromFunction: "vip",
        toFunction: "first-sale",
        note,
        receiverId: manager.id,
        slaHours: 1,
      });
    const withdrawn = await ask("Нужен новый договор");
    await h.deliver();
    const card = async () => (await (await h.as(manager)).vip.clients.get({ clientId })).sla.requests;
    expect((await card()).map((r) => r.requestId)).toEqual([withdrawn.id]);
    await core.handoffs.cancel({ handoffId: withdrawn.id });
    await h.deliver();
    expect(await card()).toEqual([]);

    const unanswered = await ask("Счёт на допоставку");
    await h.deliver();
    h.clock.set(msk("2026-06-15T12:00"));
    await core.handoffs.expireOverdue();
    await h.deliver();
    await at(msk("2026-06-15T15:30"));
    expect(await card()).toEqual([expect.objectContaining({ requestId: unanswered.id, state: "breached" })]);
  });
});
