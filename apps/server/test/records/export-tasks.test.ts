import { systemActor } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { csvCells, csvRecords, refusal } from "../support/csv.ts";
import { addMember, callerFor, createUser, orgOwnedBy, requestsAs, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type User = Awaited<ReturnType<typeof createUser>>;
const at = (iso: string) => Date.parse(iso);

describe("exporting tasks to CSV", () => {
  let t: TestHost;
  let orgId: string;
  let anna: User;
  let boris: User;
  let oleg: User;
  let clientId: string;
  const download = async (who: User, query: string) =>
    requestsAs(t, who, orgId)(`/api/v1/exports/tasks.csv${query}`);
  const titles = async (who: User, query: string) =>
    (await csvRecords(await download(who, query))).map((r) => r.Задача);

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at("2026-01-15T09:00:00Z")); // noon in Moscow
    t = await createTestHost();
    const team = await teamFixture(t, {
      members: {
        Boris: "member",
        Oleg: { name: "Свои задачи", permissions: ["core.clients.read", "core.tasks.use"], scope: "own" },
      },
    });
    orgId = team.orgId;
    [anna, boris, oleg] = [team.owner.user, team.members.Boris.user, team.members.Oleg.user];
    const head = team.owner.caller.core;
    const mine = team.members.Boris.caller.core.tasks;
    await mine.create({
      title: "Позвонить; уточнить",
      dueAt: at("2026-01-15T08:00:00Z"),
      function: "farming",
    });
    await mine.create({ title: "Отправить КП", dueAt: at("2026-01-15T15:00:00Z") });
    await mine.create({ title: "Завтра", dueDate: "2026-01-16" });
    await mine.create({ title: "Когда-нибудь" });
    const done = await mine.create({ title: "Сделано", dueAt: at("2026-01-14T08:00:00Z") });
    await mine.complete({ taskId: done.id });
    await head.tasks.create({ title: "Анна опаздывает", dueAt: at("2026-01-14T10:00:00Z") });
    await team.members.Oleg.caller.core.tasks.create({
      title: "Олег опаздывает",
      dueAt: at("2026-01-15T07:00:00Z"),
    });
    clientId = (await head.clients.create({ name: "ООО Лютик" })).id;
    await head.tasks.create({ title: "По клиенту", clientId, assigneeId: boris.id });
    const closed = await head.tasks.create({ title: "По клиенту, закрыта", clientId });
    await head.tasks.complete({ taskId: closed.id });
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it("exports my open tasks by deadline with the client, state, assignee and Moscow times", async () => {
    const response = await download(boris, "");
    expect(response.status).toBe(200);
    const rows = await csvRecords(response);
    expect(
      rows
        .slice(0, 2)
        .map((r) => r.Задача)
        .sort(),
    ).toEqual(["Когда-нибудь", "По клиенту"]);
    expect(rows.slice(2).map((r) => r.Задача)).toEqual(["Позвонить; уточнить", "Отправить КП", "Завтра"]);
    expect(rows[2]).toMatchObject({
      Срок: "2026-01-15 11:00",
      Состояние: "Просрочена",
      Исполнитель: "Boris",
      Функция: "Развитие клиентов",
    });
    expect(rows.find((r) => r.Клиент)).toMatchObject({
      Задача: "По клиенту",
      Клиент: "ООО Лютик",
      Состояние: "Открыта",
      Срок: "",
    });
    expect(rows[4]?.Срок).toBe("2026-01-16 23:59");
    const [header] = await csvCells(await download(boris, "?locale=en"));
    expect(header?.slice(0, 5)).toEqual(["Task", "Client", "Due", "State", "Assignee"]);
  });

  it("exports today's tasks, the team's overdue ones within the record scope, and a client's", async () => {
    expect(await titles(boris, "?list=today")).toEqual(["Отправить КП"]);
    expect(await titles(anna, "?list=overdue")).toEqual([
      "Анна опаздывает",
      "Олег опаздывает",
      "Позвонить; уточнить",
    ]);
    expect(await titles(anna, `?list=overdue&assigneeId=${boris.id}`)).toEqual(["Позвонить; уточнить"]);
    expect(await titles(oleg, "?list=overdue")).toEqual(["Олег опаздывает"]);
    expect(await titles(oleg, `?list=overdue&assigneeId=${boris.id}`)).toEqual([]);
    expect(await titles(anna, `?list=client&clientId=${clientId}`)).toEqual(["По клиенту"]);
    const all = await csvRecords(await download(anna, `?list=client&clientId=${clientId}&includeDone=true`));
    expect(all.map((r) => [r.Задача, r.Состояние]).sort()).toEqual([
      ["По клиенту, закрыта", "Выполнена"],
      ["По клиенту", "Открыта"],
    ]);
    expect((await download(oleg, `?list=client&clientId=${clientId}`)).status).toBe(404);
  });

  it("reads page after page, tasks without a deadline first, none twice", async () => {
    const pavel = await createUser(t, "Pavel");
    await addMember(t, orgId, anna, pavel, "member");
    const now = Date.now();
    const rows = Array.from({ length: 1_150 }, (_, i) => ({
      id: `tsk_${String(i).padStart(5, "0")}`,
      title: `Задача ${i}`,
      assigneeId: pavel.id,
      dueAt: i % 3 !== 0 ? null : now + (i % 400) * 60_000,
      createdBy: pavel.id,
      createdAt: now,
      updatedAt: now,
    }));
    await (await t.host.runtime(orgId)).write(systemActor, (scope) => scope.tx.insert(tasks).values(rows));
    const exported = await csvRecords(await download(pavel, ""));
    expect(exported).toHaveLength(1_150);
    expect(new Set(exported.map((r) => r.Задача)).size).toBe(1_150);
    expect(exported.slice(0, 766).every((r) => r.Срок === "")).toBe(true);
    const dues = exported.slice(766).map((r) => r.Срок);
    expect(dues.every((due) => due !== "")).toBe(true);
    expect([...dues].sort()).toEqual(dues);
  });

  it.each([
    ["?list=client", "clientId"],
    ["?list=someday", "list"],
    ["?includeDone=yes", "includeDone"],
  ])("answers 400 to %s naming %s", async (query, field) => {
    expect(await refusal(await download(anna, query))).toEqual({ status: 400, fields: [field] });
  });

  it("refuses without core.tasks.use and never shows another organisation's tasks", async () => {
    const vera = await createUser(t, "Vera");
    await addMember(t, orgId, anna, vera, "viewer");
    expect((await download(vera, "")).status).toBe(403);
    const gleb = await createUser(t, "Gleb");
    const other = (await orgOwnedBy(t, gleb, "Чужая")).id;
    await (await callerFor(t, gleb, other)).core.tasks.create({
      title: "Чужая задача",
      dueAt: at("2026-01-01T00:00:00Z"),
    });
    expect(await titles(anna, "?list=overdue")).not.toContain("Чужая задача");
    const theirs = await csvRecords(
      await requestsAs(t, gleb, other)("/api/v1/exports/tasks.csv?list=overdue"),
    );
    expect(theirs.map((r) => r.Задача)).toEqual(["Чужая задача"]);
  });
});
