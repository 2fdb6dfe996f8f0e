import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];
const at = (iso: string) => Date.parse(iso);

describe("tasks", () => {
  let t: TestHost;
  let orgId: string;
  let anna: TeamPerson["user"];
  let boris: TeamPerson["user"];
  let head: Caller;
  let member: Caller;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t);
    [orgId, anna, boris] = [team.orgId, team.owner.user, team.members.Boris.user];
    [head, member] = [team.owner.caller, team.members.Boris.caller];
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => t.close());

  it("sorts my open tasks into overdue, today and upcoming by Moscow's midnight, not UTC's", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at("2026-01-15T20:30:00Z")); // 23:30 in Moscow
    const add = (title: string, due: { dueAt?: number; dueDate?: string }) =>
      member.core.tasks.create({ title, ...due });
    await add("late", { dueAt: at("2026-01-15T20:00:00Z") });
    await add("all day today", { dueDate: "2026-01-15" });
    await add("after midnight", { dueAt: at("2026-01-15T21:30:00Z") });
    await add("all day tomorrow", { dueDate: "2026-01-16" });
    await add("someday", {});
    const titles = (list: { title: string }[]) => list.map((task) => task.title);
    const before = await member.core.tasks.mine();
    expect([
      titles(before.overdue),
      titles(before.today),
      titles(before.upcoming),
      titles(before.someday),
    ]).toEqual([["late"], ["all day today"], ["after midnight", "all day tomorrow"], ["someday"]]);
    expect(before.today[0]?.dueAt).toBe(at("2026-01-15T20:59:59.999Z"));

    vi.setSystemTime(at("2026-01-15T21:00:00Z")); // midnight in Moscow
    const after = await member.core.tasks.mine();
    expect([titles(after.overdue), titles(after.today), titles(after.upcoming)]).toEqual([
      ["late", "all day today"],
      ["after midnight", "all day tomorrow"],
      [],
    ]);
    const late = after.overdue[0];
    await member.core.tasks.complete({ taskId: late?.id ?? "" });
    expect(titles((await member.core.tasks.mine()).overdue)).toEqual(["all day today"]);
    await member.core.tasks.reopen({ taskId: late?.id ?? "" });
    expect(titles((await member.core.tasks.mine()).overdue)).toEqual(["late", "all day today"]);
    expect((await head.core.tasks.mine()).overdue).toEqual([]);
  });

  it("shows a head of sales the team's overdue tasks, a member only their own", async () => {
    const overdue = Date.now() - 3_600_000;
    await head.core.tasks.create({ title: "Anna's", dueAt: overdue });
    await head.core.tasks.create({ title: "for Boris", assigneeId: boris.id, dueAt: overdue });
    const titles = async (caller: Caller, assigneeId?: string) =>
      (await caller.core.tasks.overdue({ assigneeId })).items.map((task) => task.title);
    expect(await titles(head)).toEqual(expect.arrayContaining(["Anna's", "for Boris"]));
    expect(await titles(head, boris.id)).not.toContain("Anna's");
    expect(await titles(member)).not.toContain("Anna's");
    expect(await titles(member)).toContain("for Boris");
  });

  it("checks the assignee, the deadline and who may change or delete a task", async () => {
    await expect(member.core.tasks.create({ title: "x", assigneeId: "usr_stranger" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { assigneeId: expect.any(String) } },
    });
    await expect(
      member.core.tasks.create({ title: "x", dueAt: Date.now(), dueDate: "2026-01-15" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { dueDate: expect.any(String) } },
    });
    const borisOwn = await member.core.tasks.create({ title: "mine" });
    const annaOwn = await head.core.tasks.create({ title: "Anna's own" });
    await expect(member.core.tasks.delete({ taskId: annaOwn.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(member.core.tasks.update({ taskId: annaOwn.id, title: "hijack" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await head.core.tasks.update({ taskId: borisOwn.id, assigneeId: anna.id })).toMatchObject({
      assigneeId: anna.id,
    });
    await expect(head.core.tasks.delete({ taskId: borisOwn.id })).resolves.toEqual({ deleted: true });
  });

  it("lists a client's tasks and hands out due reminders until they are marked", async () => {
    const now = Date.now();
    const client = await seedClient(t, orgId, anna.id, {
      name: "ООО Лютик",
      nameNormalized: "лютик",
      firstSaleOwnerId: boris.id,
    });
    const call = await member.core.tasks.create({
      title: "Call back",
      clientId: client.id,
      remindAt: now - 1_000,
    });
    await member.core.tasks.create({ title: "Later", clientId: client.id, remindAt: now + 3_600_000 });
    expect(
      (await member.core.tasks.forClient({ clientId: client.id })).items.map((task) => task.clientName),
    ).toEqual(["ООО Лютик", "ООО Лютик"]);
    const due = await member.core.tasks.dueReminders();
    expect(due.items.map((task) => task.title)).toEqual(["Call back"]);
    expect(await head.core.tasks.markReminded({ taskIds: [call.id] })).toEqual({ marked: [] });
    expect(await member.core.tasks.markReminded({ taskIds: [call.id] })).toEqual({ marked: [call.id] });
    expect((await member.core.tasks.dueReminders()).items).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await member.core.tasks.update({ taskId: call.id, remindAt: Date.now() - 1 });
    expect((await member.core.tasks.dueReminders()).items.map((task) => task.id)).toEqual([call.id]);
    await expect(head.core.tasks.create({ title: "x", clientId: "cli_none" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
