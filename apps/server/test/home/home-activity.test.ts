import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, orgOwnedBy } from "../support/people.ts";
import { type HomeHost, homeHost, newClient, RUB, type TestUser } from "./home-host.ts";

const utc = (iso: string) => Date.parse(iso);

describe("activity this week per person and today's overdue work", () => {
  let h: HomeHost;
  let anna: TestUser;
  let boris: TestUser;
  beforeAll(async () => {
    h = await homeHost();
    anna = await h.member("Анна Смирнова", "member");
    boris = await h.member("Борис Ильин", "member");
  });
  afterAll(() => h.close());

  const log = async (
    user: TestUser,
    clientId: string,
    type: "call" | "meeting" | "message" | "email",
    at: string,
  ) =>
    (await h.core(user)).core.timeline.log({
      clientId,
      type,
      function: "farming",
      body: "Связались",
      occurredAt: utc(at),
    });

  it("counts exactly the ISO week in Moscow time: Monday 00:00 to Sunday 24:00, by whoever did it", async () => {
    const one = await newClient(h, "ООО Первый", anna);
    const two = await newClient(h, "ООО Второй", anna);
    const three = await newClient(h, "ООО Третий", boris);
    await log(anna, one.id, "call", "2026-06-07T20:59:59Z"); // Sunday 23:59:59 in Moscow: last week
    await log(anna, one.id, "call", "2026-06-07T21:00:00Z"); // Monday 00:00 in Moscow: this week
    await log(anna, one.id, "meeting", "2026-06-09T08:00:00Z");
    await log(anna, two.id, "message", "2026-06-09T09:00:00Z");
    await log(anna, two.id, "email", "2026-06-10T07:00:00Z");
    const today = h.clock.now();
    h.clock.set(utc("2026-06-14T21:30:00Z"));
    await log(anna, two.id, "call", "2026-06-14T20:59:59Z"); // Sunday 23:59:59: still this week
    await log(anna, two.id, "call", "2026-06-14T21:00:00Z"); // next Monday
    h.clock.set(today);
    await log(boris, three.id, "call", "2026-06-10T07:30:00Z");

    const apps = await h.as(h.owner);
    const deal = await apps.firstSale.deals.create({
      clientId: two.id,
      estimate: { amountMinor: 1_000 * RUB },
    });
    const { pipeline } = await apps.firstSale.deals.get({ dealId: deal.id });
    const next = pipeline.stages.find((s) => s.kind === "open" && s.id !== deal.stageId);
    await apps.firstSale.deals.moveStage({ dealId: deal.id, stageId: next?.id ?? "" });
    await (await h.core()).core.orders.record({
      clientId: one.id,
      orderedOn: "2026-06-09",
      lines: [{ name: "Поставка", quantity: 1, price: { amountMinor: 500 * RUB } }],
    });
    await (await h.core()).core.orders.record({
      clientId: one.id,
      orderedOn: "2026-06-05",
      lines: [{ name: "Прошлая неделя", quantity: 1, price: { amountMinor: 500 * RUB } }],
    });

    const { activity } = await (await h.core()).core.home.get();
    expect(activity.week).toMatchObject({ week: "2026-W24", firstDay: "2026-06-08", lastDay: "2026-06-14" });
    const rows = Object.fromEntries(activity.people.map(({ userId: _, ...row }) => [row.name, row]));
    expect(rows["Анна Смирнова"]).toEqual({
      name: "Анна Смирнова",
      calls: 2,
      conversations: 3,
      dealsMoved: 0,
      orders: 0,
      clientsContacted: 2,
    });
    expect(rows["Борис Ильин"]).toMatchObject({ calls: 1, conversations: 0, clientsContacted: 1 });
    // The owner opened a deal (the client moved to negotiation) and moved it a stage; one order this week.
    expect(rows.Ольга).toMatchObject({ calls: 0, dealsMoved: 2, orders: 1 });
    expect(activity.people.map((p) => p.name)).toEqual(["Анна Смирнова", "Ольга", "Борис Ильин"]);
    expect(activity.total).toMatchObject({ calls: 3, conversations: 3, dealsMoved: 2, orders: 1 });
  });

  it("lists only open tasks past their deadline, per person and the oldest first, with names and clients", async () => {
    const client = await newClient(h, "ООО Задачи");
    const tasks = (await h.core()).core.tasks;
    const now = h.clock.now();
    const hour = 3_600_000;
    await tasks.create({
      title: "Перезвонить",
      clientId: client.id,
      assigneeId: anna.id,
      dueAt: now - 2 * hour,
    });
    await tasks.create({ title: "Отправить КП", assigneeId: boris.id, dueAt: now - 48 * hour });
    await tasks.create({ title: "Завтра", assigneeId: anna.id, dueAt: now + 24 * hour });
    await tasks.create({ title: "Без срока", assigneeId: anna.id });
    const done = await tasks.create({ title: "Сделано", assigneeId: boris.id, dueAt: now - hour });
    await tasks.complete({ taskId: done.id });

    const { overdue } = await (await h.core()).core.home.get();
    expect(overdue.total).toBe(2);
    expect(overdue.people.map((p) => [p.name, p.count])).toEqual([
      ["Борис Ильин", 1],
      ["Анна Смирнова", 1],
    ]);
    expect(overdue.items.map((t) => [t.title, t.assigneeName, t.clientName])).toEqual([
      ["Отправить КП", "Борис Ильин", null],
      ["Перезвонить", "Анна Смирнова", "ООО Задачи"],
    ]);
  });

  it("shows nothing of another organisation's work, plan or tasks", async () => {
    const other = await orgOwnedBy(h.t, h.owner, "ООО Другая");
    const there = (await callerFor(h.t, h.owner, other.id)).core;
    const client = await there.clients.create({ name: "ООО Чужой" });
    await there.timeline.log({
      clientId: client.id,
      type: "call",
      function: null,
      body: "Чужой звонок",
      occurredAt: h.clock.now(),
    });
    await there.tasks.create({ title: "Чужая задача", dueAt: h.clock.now() - 1000 });
    const before = await (await h.core()).core.home.get();
    const mine = before.activity.total.calls;
    const home = await there.home.get();
    expect(home.activity.total.calls).toBe(1);
    expect(home.overdue.items.map((t) => t.title)).toEqual(["Чужая задача"]);
    expect(home.plan.metrics).toEqual([]);
    const after = await (await h.core()).core.home.get();
    expect(after.activity.total.calls).toBe(mine);
    expect(after.overdue.items.map((t) => t.title)).not.toContain("Чужая задача");
  });
});
