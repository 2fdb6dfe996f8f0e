import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buys, called } from "./support/account-samples.ts";
import { newClient } from "./support/deal-samples.ts";
import { at, type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("the farmer's day", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  const dayOf = async (user: Parameters<FarmingHost["as"]>[0]) =>
    (await (await h.as(user)).farming.accounts.day()).items;

  it("lists a client past its cadence for its farmer only, until a contact is logged", async () => {
    const fedor = await h.member("Фёдор", "member");
    const irina = await h.member("Ирина", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-05-01", "2026-05-20"]);
    const overdue = (await dayOf(fedor)).filter((i) => i.clientId === client.id);
    expect(overdue).toEqual([
      expect.objectContaining({
        kind: "overdue-contact",
        clientName: "ООО Ромашка",
        dueOn: "2026-05-15",
        reason: {
          code: "farming.day.overdue-contact",
          params: { dueOn: "2026-05-15", daysOverdue: 17, cadenceDays: 14, lastContactOn: null },
        },
      }),
    ]);
    expect(await dayOf(irina)).toEqual([]);

    await (await h.core()).core.timeline.log({
      clientId: client.id,
      type: "note",
      function: "farming",
      body: "Заметка — не контакт",
    });
    expect((await dayOf(fedor)).map((i) => i.kind)).toEqual(["overdue-contact"]);
    await called(h, client.id, "2026-05-31");
    expect(await dayOf(fedor)).toEqual([]);
    await h.runJob("recompute");
    expect(await dayOf(fedor)).toEqual([]);
    const widget = await (await h.as(fedor)).farming.accounts.client({ clientId: client.id });
    expect(widget.account?.cadence).toMatchObject({ days: 14, dueOn: "2026-06-14", overdue: false });
  });

  it.each(["meeting", "message", "email"] as const)("counts a %s as contact", async (type) => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-05-01"]);
    await (await h.core()).core.timeline.log({ clientId: client.id, type, function: null, body: "Контакт" });
    await h.runJob("recompute");
    expect(await dayOf(fedor)).toEqual([]);
  });

  it("puts the late task on the client's line, most urgent first, and shows the head the unassigned", async () => {
    const fedor = await h.member("Фёдор", "member");
    const head = await h.member("Галина", "head-of-sales");
    const late = await newClient(h, "ООО Опаздывает", fedor);
    await buys(h, late.id, ["2026-01-12", "2026-02-11", "2026-03-13", "2026-04-12"]);
    const quiet = await newClient(h, "ООО Тишина", fedor);
    await buys(h, quiet.id, ["2026-05-25"]);
    const nobodys = await newClient(h, "ООО Ничей");
    await buys(h, nobodys.id, ["2026-03-01"]);
    await called(h, late.id, "2026-05-30");
    await h.runJob("recompute");

    const mine = await dayOf(fedor);
    expect(mine.map((i) => [i.kind, i.clientName, i.dueOn])).toEqual([
      ["late-purchase", "ООО Опаздывает", "2026-05-12"],
    ]);
    expect(mine[0]?.reason).toEqual({
      code: "farming.day.late-purchase",
      params: { intervalDays: 30, daysSince: 50, lateDays: 20, expectedOn: "2026-05-12" },
    });
    expect(mine[0]?.taskId).toMatch(/^tsk_/);

    const heads = await dayOf(head);
    expect(heads.map((i) => [i.kind, i.clientName, i.unassigned])).toEqual([
      ["overdue-contact", "ООО Ничей", true],
    ]);
  });

  it("lists the farmer's own farming tasks due by today", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-05-30"]);
    await called(h, client.id, "2026-05-31");
    const tasks = (await h.as(fedor)).core.tasks;
    await tasks.create({
      clientId: client.id,
      title: "Отправить каталог",
      function: "farming",
      dueAt: at("2026-06-01"),
    });
    await tasks.create({ title: "Через неделю", function: "farming", dueAt: at("2026-06-08") });
    const lead = await (await h.core(fedor)).core.clients.create({ name: "ООО Лид" });
    await tasks.create({
      clientId: lead.id,
      title: "Позвонить",
      function: "farming",
      dueAt: at("2026-05-30"),
    });
    const items = await dayOf(fedor);
    expect(items.map((i) => [i.kind, i.clientName, i.dueOn, i.reason.params])).toEqual([
      ["task", "ООО Лид", "2026-05-30", { title: "Позвонить" }],
      ["task", "ООО Ромашка", "2026-06-01", { title: "Отправить каталог" }],
    ]);
  });
});
