import { type AgendaItem, definePermission, definePlugin } from "@quartet/core/plugin";
import { afterEach, describe, expect, it } from "vitest";
import { type PluginHost, pluginHost } from "../support/plugin-host.ts";

const at = (iso: string) => Date.parse(iso);
const read = (id: string) =>
  definePermission({ id: `${id}.meetings.read`, description: { en: "Read", ru: "Читать" } });

/** A plugin that keeps meetings; its agenda answers what `answer` gives. */
function meetingsPlugin(id: string, answer: () => Promise<unknown[]>) {
  return definePlugin({
    id,
    function: null,
    name: { en: `Meetings ${id}`, ru: `Встречи ${id}` },
    description: { en: "Meetings", ru: "Встречи" },
    version: "1.0.0",
    dependsOn: [],
    permissions: [read(id)],
    events: { emits: [], consumes: [] },
    router: undefined,
    agenda: async () => (await answer()) as AgendaItem[],
  });
}

const meeting = (id: string, when: string, permission = "meetings.meetings.read"): AgendaItem => ({
  id,
  kind: "meeting",
  title: `Встреча ${id}`,
  client: null,
  at: at(when),
  href: "/meetings",
  permission,
});

const working = meetingsPlugin("meetings", async () => [
  meeting("fri", "2026-12-11T08:00:00Z"),
  meeting("foreign", "2026-12-11T09:00:00Z", "core.tasks.use"),
]);
const broken = meetingsPlugin("broken", async () => {
  throw new Error("calendar down");
});
const garbled = meetingsPlugin("garbled", async () => [{ id: "x", kind: "lunch", at: "tomorrow" }]);

describe("core.tasks.agenda", () => {
  let h: PluginHost<[typeof working, typeof broken, typeof garbled]>;
  afterEach(() => h.close());

  it("sorts my tasks and the plugins' items into sections in Moscow, and lists a week by day", async () => {
    h = await pluginHost([working, broken, garbled], { today: "2026-12-09" }); // Wednesday, 12:00 Moscow
    const me = (await h.as(h.owner)).core.tasks;
    const add = (title: string, due: { dueAt?: number; dueDate?: string }) => me.create({ title, ...due });
    await add("вчера", { dueDate: "2026-12-08" });
    await add("утром", { dueAt: at("2026-12-09T06:00:00Z") });
    await add("сегодня", { dueDate: "2026-12-09" });
    await add("после полуночи", { dueAt: at("2026-12-09T21:30:00Z") });
    await add("в субботу", { dueDate: "2026-12-12" });
    await add("в понедельник", { dueDate: "2026-12-14" });
    await add("когда-нибудь", {});
    const done = await add("сделано", { dueDate: "2026-12-10" });
    await me.complete({ taskId: done.id });

    const agenda = await me.agenda({});
    const titles = (list: { title: string | null }[]) => list.map((e) => e.title);
    expect([agenda.from, agenda.to, agenda.today, agenda.timeZone]).toEqual([
      "2026-12-09",
      "2026-12-13",
      "2026-12-09",
      "Europe/Moscow",
    ]);
    expect({
      overdue: titles(agenda.sections.overdue),
      today: titles(agenda.sections.today),
      tomorrow: titles(agenda.sections.tomorrow),
      week: titles(agenda.sections.week),
      later: titles(agenda.sections.later),
    }).toEqual({
      overdue: ["вчера", "утром"],
      today: ["сегодня"],
      tomorrow: ["после полуночи"],
      week: ["Встреча fri", "в субботу"],
      later: [],
    });
    expect(titles(agenda.undated)).toEqual(["когда-нибудь"]);
    expect(agenda.sections.tomorrow[0]?.date).toBe("2026-12-10");
    expect(agenda.unavailable.map((u) => u.plugin).sort()).toEqual(["broken", "garbled"]);
    expect(agenda.unavailable.find((u) => u.plugin === "broken")?.name).toEqual({
      en: "Meetings broken",
      ru: "Встречи broken",
    });

    const nextWeek = await me.agenda({ from: "2026-12-14", to: "2026-12-20" });
    expect(nextWeek.items.map((e) => [e.date, e.title])).toEqual([["2026-12-14", "в понедельник"]]);
    expect(nextWeek.sections.overdue).toEqual([]);
    const before = await me.agenda({ from: "2026-11-30", to: "2026-12-06" });
    expect([before.items, before.sections.overdue]).toEqual([[], []]); // overdue only when the range reaches today
    const lastWeek = await me.agenda({ from: "2026-12-07", to: "2026-12-13" });
    expect(lastWeek.items.map((e) => e.date)).toEqual([
      "2026-12-08",
      "2026-12-09",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
    ]);
  });

  it("shows a member only their own tasks, and refuses someone without tasks", async () => {
    h = await pluginHost([working, broken, garbled], { today: "2026-12-09" });
    const boris = await h.member("Борис", "member");
    await (await h.as(h.owner)).core.tasks.create({ title: "для Ольги", dueDate: "2026-12-09" });
    await (await h.as(h.owner)).core.tasks.create({
      title: "для Бориса",
      dueDate: "2026-12-09",
      assigneeId: boris.id,
    });
    const his = await (await h.as(boris)).core.tasks.agenda({});
    expect(his.sections.today.map((e) => e.title)).toEqual(["для Бориса"]);
    expect(his.unavailable).toEqual([]); // holds none of the meeting plugins' permissions: not asked
    const viewer = await h.member("Вера", "viewer");
    await expect((await h.as(viewer)).core.tasks.agenda({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
