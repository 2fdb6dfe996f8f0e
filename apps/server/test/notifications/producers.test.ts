import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedClient } from "../support/clients.ts";
import { type NotifyHost, notifyHost } from "./notify-host.ts";

const dayMs = 86_400_000;

describe("core's and first sale's notification types", () => {
  let h: NotifyHost;
  beforeEach(async () => {
    h = await notifyHost();
  });
  afterEach(() => h.close());

  const bell = async (user: Parameters<NotifyHost["as"]>[0]) =>
    (await (await h.as(user)).core.notifications.list({})).items.map(({ title, body, link, type }) => ({
      type,
      title,
      body,
      link,
    }));

  it("a handoff tells its receiver, with the client's name and the note, and opens the client", async () => {
    const hunter = await h.member("Борис", "member", "first-sale");
    const sdr = await h.member("Пётр", "member", "prospecting");
    const client = await seedClient(h.t, h.orgId, h.owner.id, {
      name: "ООО Берёзка",
      nameNormalized: "берёзка",
    });
    await (await h.as(h.owner)).core.handoffs.request({
      clientId: client.id,
      fromFunction: "prospecting",
      toFunction: "first-sale",
      note: "Ждут КП до пятницы",
      receiverId: hunter.id,
    });
    await h.deliver();
    expect(await bell(hunter)).toEqual([
      {
        type: "core.handoff.requested",
        title: "Вам передан клиент: ООО Берёзка",
        body: "Ждут КП до пятницы",
        link: `/clients/${client.id}`,
      },
    ]);
    expect(await bell(sdr)).toEqual([]);
    expect(h.mailer.sent.filter((mail) => !mail.subject.includes("Приглашение"))).toEqual([
      expect.objectContaining({
        to: hunter.email,
        subject: "Вам передан клиент: ООО Берёзка",
        text: expect.stringContaining(`https://crm.example.ru/clients/${client.id}`),
      }),
    ]);
  });

  it("a task rings its assignee once, at its due time", async () => {
    const farmer = await h.member("Фаина", "member", "farming");
    const api = await h.as(h.owner);
    await api.core.tasks.create({
      title: "Позвонить в «Берёзку»",
      assigneeId: farmer.id,
      dueAt: h.clock.now() + 3_600_000,
    });
    await h.runJob("notify:core.task.due");
    expect(await bell(farmer)).toEqual([]);
    h.clock.advance(3_600_000);
    await h.runJob("notify:core.task.due");
    await h.runJob("notify:core.task.due");
    expect(await bell(farmer)).toEqual([
      { type: "core.task.due", title: "Срок задачи: Позвонить в «Берёзку»", body: null, link: "/my-work" },
    ]);
    expect(await bell(h.owner)).toEqual([]);
  });

  it("a stalling deal tells its hunter once per stay in a stage", async () => {
    const hunter = await h.member("Борис", "member", "first-sale");
    const api = (await h.as(h.owner)).firstSale;
    const deal = await api.deals.create({
      newClientName: "ООО Берёзка",
      title: "Коробки на год",
      hunterId: hunter.id,
    });
    h.clock.advance(3 * dayMs);
    await h.runJob("notify:first-sale.deal.rotting");
    expect(await bell(hunter)).toEqual([]); // three days is the limit, not past it
    h.clock.advance(1);
    await h.runJob("notify:first-sale.deal.rotting");
    await h.runJob("notify:first-sale.deal.rotting");
    expect(await bell(hunter)).toEqual([
      {
        type: "first-sale.deal.rotting",
        title: "Сделка зависла: Коробки на год",
        body: "Больше 3 дн. на этапе «Новая» — запланируйте следующий шаг",
        link: `/deals/${deal.id}`,
      },
    ]);
    const [pipeline] = await api.pipelines.list();
    const next = pipeline?.stages[1];
    await api.deals.moveStage({ dealId: deal.id, stageId: next?.id ?? "" });
    h.clock.advance(7 * dayMs + 1);
    await h.runJob("notify:first-sale.deal.rotting");
    expect((await bell(hunter)).map((n) => n.title)).toEqual([
      "Сделка зависла: Коробки на год",
      "Сделка зависла: Коробки на год",
    ]);
  });
});
