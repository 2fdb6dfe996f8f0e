import { endOfLocalDay, systemActor } from "@quartet/core";
import { zodFieldErrors } from "@quartet/core/trpc";
import { activities, auditLog, tasks } from "@quartet/db/org";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];

/** The fields a refused call names: from input validation (zod) or from the service (`DomainError`). */
async function refusedFields(call: Promise<unknown>): Promise<{ code: string; fields: string[] }> {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { code: string; cause?: unknown } | null;
  if (!error) throw new Error("expected a refusal");
  const cause = error.cause;
  const fields =
    cause instanceof ZodError ? zodFieldErrors(cause) : ((cause as { fields?: object })?.fields ?? {});
  return { code: error.code, fields: Object.keys(fields) };
}

describe("the client card's composer: a call with a follow-up task, pinned entries", () => {
  let t: TestHost;
  let orgId: string;
  let anna: TeamPerson["user"];
  let boris: TeamPerson["user"];
  let head: Caller;
  let noTasks: Caller;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      members: {
        Boris: "member",
        Vera: {
          name: "Notes only",
          permissions: ["core.clients.read", "core.activities.write"],
          scope: "all",
        },
      },
    });
    [orgId, anna, boris] = [team.orgId, team.owner.user, team.members.Boris.user];
    [head, noTasks] = [team.owner.caller, team.members.Vera.caller];
  });
  afterAll(() => t.close());

  const db = async () => (await t.host.runtime(orgId)).db;

  it("logs a call with its result, duration and note and creates the follow-up task in one go", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const dueAt = Date.now() + 86_400_000;
    const logged = await head.core.timeline.log({
      clientId: client.id,
      type: "call",
      function: "first-sale",
      body: "Обсудили поставку, просят КП",
      call: { result: "reached", durationSec: 420 },
      followUp: { title: "Отправить КП", dueAt, assigneeId: boris.id },
    });
    expect(logged.data).toEqual({ call: { result: "reached", durationSec: 420 } });
    const open = await head.core.tasks.forClient({ clientId: client.id });
    expect(open.items).toEqual([
      expect.objectContaining({
        id: logged.followUpTaskId,
        title: "Отправить КП",
        dueAt,
        assigneeId: boris.id,
        function: "first-sale",
      }),
    ]);
    const audit = await (await db()).select().from(auditLog).where(eq(auditLog.entityId, logged.id));
    expect(audit.map((a) => [a.action, (a.after as { taskId?: string }).taskId])).toEqual([
      ["core.activity.log", logged.followUpTaskId],
    ]);
  });

  it("names the field at fault and writes nothing when part of the submit is wrong", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const base = { clientId: client.id, function: null, body: "Звонок" } as const;
    const cases = [
      [{ ...base, type: "note", call: { result: "reached", durationSec: 10 } }, "call"],
      [{ ...base, type: "call", call: { result: "maybe", durationSec: 10 } }, "call.result"],
      [{ ...base, type: "call", call: { result: "busy", durationSec: -1 } }, "call.durationSec"],
      [{ ...base, type: "call", followUp: { title: " ", dueAt: Date.now() } }, "followUp.title"],
      [{ ...base, type: "call", followUp: { title: "Перезвонить" } }, "followUp.dueAt"],
      [
        { ...base, type: "call", followUp: { title: "x", dueAt: 1, dueDate: "2026-12-11" } },
        "followUp.dueAt",
      ],
      [{ ...base, type: "call", followUp: { title: "x", dueDate: "11.12.2026" } }, "followUp.dueDate"],
      [
        { ...base, type: "call", followUp: { title: "Перезвонить", dueAt: 1, assigneeId: "usr_stranger" } },
        "followUp.assigneeId",
      ],
    ] as const;
    for (const [input, field] of cases) {
      expect(await refusedFields(head.core.timeline.log(input as never))).toEqual({
        code: "BAD_REQUEST",
        fields: [field],
      });
    }
    const written = await (await db()).select().from(activities).where(eq(activities.clientId, client.id));
    expect(written).toEqual([]);
    expect(await (await db()).select().from(tasks).where(eq(tasks.clientId, client.id))).toEqual([]);
  });

  it("takes a follow-up due by the end of a day in the organisation's time zone", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const logged = await head.core.timeline.log({
      clientId: client.id,
      type: "meeting",
      function: null,
      body: "Встреча в офисе",
      followUp: { title: "Прислать договор", dueDate: "2026-12-11" },
    });
    const [task] = (await head.core.tasks.forClient({ clientId: client.id })).items;
    expect(task).toMatchObject({ id: logged.followUpTaskId, assigneeId: anna.id });
    expect(task?.dueAt).toBe(endOfLocalDay("2026-12-11", "Europe/Moscow"));
  });

  it("refuses a follow-up task to a member without core.tasks.use, and logs nothing then", async () => {
    const client = await seedClient(t, orgId, anna.id);
    await expect(
      noTasks.core.timeline.log({
        clientId: client.id,
        type: "call",
        function: null,
        body: "Звонок",
        followUp: { title: "Перезвонить", dueAt: Date.now() + 60_000 },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await head.core.timeline.list({ clientId: client.id })).items).toEqual([]);
    const note = await noTasks.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: null,
      body: "Без задачи можно",
    });
    expect(note.followUpTaskId).toBeNull();
  });

  it("pins and unpins an entry, lists pinned entries apart and audits each change", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const first = await head.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: null,
      body: "Главный контакт — только по вторникам",
      occurredAt: Date.now() - 10_000,
    });
    const second = await head.core.timeline.log({
      clientId: client.id,
      type: "call",
      function: null,
      body: "Звонок",
    });
    expect(await head.core.timeline.pin({ activityId: first.id, pinned: true })).toEqual({
      id: first.id,
      pinned: true,
    });
    await head.core.timeline.pin({ activityId: first.id, pinned: true });
    const pinned = await head.core.timeline.list({ clientId: client.id, pinned: true });
    expect(pinned.items.map((a) => [a.id, a.data])).toEqual([[first.id, { pinned: true }]]);
    const rest = await head.core.timeline.list({ clientId: client.id, pinned: false });
    expect(rest.items.map((a) => a.id)).toEqual([second.id]);
    await head.core.timeline.pin({ activityId: first.id, pinned: false });
    expect((await head.core.timeline.list({ clientId: client.id, pinned: true })).items).toEqual([]);
    const audit = await (await db())
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ["core.activity.pin", "core.activity.unpin"]));
    expect(audit.filter((a) => a.entityId === first.id).map((a) => a.action)).toEqual([
      "core.activity.pin",
      "core.activity.unpin",
    ]);
  });

  it("refuses pinning an unknown entry, naming it, and pinning without the permission", async () => {
    await expect(head.core.timeline.pin({ activityId: "act_none", pinned: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { fields: { activityId: expect.any(String) } },
    });
    expect(await refusedFields(head.core.timeline.pin({ activityId: "", pinned: true }))).toEqual({
      code: "BAD_REQUEST",
      fields: ["activityId"],
    });
    const client = await seedClient(t, orgId, anna.id);
    const entry = await head.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: null,
      body: "x",
    });
    const reader = await t.caller(
      {
        kind: "user",
        id: boris.id,
        name: "Boris",
        role: "custom",
        permissions: new Set(["core.clients.read"]),
      },
      orgId,
    );
    await expect(reader.core.timeline.pin({ activityId: entry.id, pinned: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("names the new owner on the card's timeline when a plugin sets one through the records port", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const runtime = await t.host.runtime(orgId);
    const { records } = t.host.serviceContext({
      org: runtime,
      actor: systemActor,
      clock: t.host.clock,
      logger: t.host.logger,
      settings: {},
    });
    await runtime.write(systemActor, (scope) =>
      records.clients.setOwner(scope, client.id, "first-sale", boris.id),
    );
    const [entry] = (await head.core.timeline.list({ clientId: client.id, types: ["system"] })).items;
    expect(entry?.data).toMatchObject({ event: "owner-changed", to: boris.id, toName: "Boris" });
    expect(entry?.body).not.toContain(boris.id);
  });
});
