import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];

describe("a client's timeline", () => {
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

  it("keeps one timeline across functions, newest first, filtered and paged", async () => {
    const client = await seedClient(t, orgId, anna.id);
    const base = Date.now() - 60_000;
    await head.core.timeline.log({
      clientId: client.id,
      type: "call",
      function: "prospecting",
      body: "Холодный звонок",
      occurredAt: base,
    });
    await head.core.timeline.log({
      clientId: client.id,
      type: "meeting",
      function: "first-sale",
      body: "Встреча",
      occurredAt: base + 1_000,
    });
    await head.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: null,
      body: "Любит зелёный чай",
      occurredAt: base + 2_000,
    });
    const all = await head.core.timeline.list({ clientId: client.id });
    expect(all.items.map((a) => a.body)).toEqual(["Любит зелёный чай", "Встреча", "Холодный звонок"]);
    expect(all.items[0]).toMatchObject({ authorId: anna.id, authorName: "Anna", function: null });
    const sales = await head.core.timeline.list({ clientId: client.id, function: "first-sale" });
    expect(sales.items.map((a) => a.type)).toEqual(["meeting"]);
    const calls = await head.core.timeline.list({ clientId: client.id, types: ["call", "note"] });
    expect(calls.items.map((a) => a.type)).toEqual(["note", "call"]);
    const page = await head.core.timeline.list({ clientId: client.id, limit: 2 });
    const next = await head.core.timeline.list({
      clientId: client.id,
      limit: 2,
      cursor: page.nextCursor ?? "",
    });
    expect(next).toEqual({ items: [expect.objectContaining({ body: "Холодный звонок" })], nextCursor: null });
  });

  it("refuses entries only the system writes, entries from the future and clients one cannot see", async () => {
    const client = await seedClient(t, orgId, anna.id);
    for (const type of ["stage-change", "handoff", "system"] as const) {
      await expect(
        head.core.timeline.log({ clientId: client.id, type, function: null, body: "x" }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fields: { type: expect.any(String) } },
      });
    }
    await expect(
      head.core.timeline.log({
        clientId: client.id,
        type: "call",
        function: null,
        body: "x",
        occurredAt: Date.now() + 3_600_000,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fields: { occurredAt: expect.any(String) } } });
    await expect(
      head.core.timeline.log({ clientId: "cli_none", type: "note", function: null, body: "x" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(member.core.timeline.list({ clientId: client.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets the author delete their own note within 24 hours, and nobody else", async () => {
    const client = await seedClient(t, orgId, anna.id, { firstSaleOwnerId: boris.id });
    vi.useFakeTimers({ toFake: ["Date"] });
    const mine = await member.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: "first-sale",
      body: "Черновик",
    });
    const call = await member.core.timeline.log({
      clientId: client.id,
      type: "call",
      function: "first-sale",
      body: "Звонок",
    });
    await expect(head.core.timeline.delete({ activityId: mine.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(member.core.timeline.delete({ activityId: call.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect(await member.core.timeline.delete({ activityId: mine.id })).toEqual({ deleted: true });
    vi.setSystemTime(Date.now() + 1_000);
    const late = await member.core.timeline.log({
      clientId: client.id,
      type: "note",
      function: "first-sale",
      body: "Старое",
    });
    vi.setSystemTime(Date.now() + 25 * 3_600_000);
    await expect(member.core.timeline.delete({ activityId: late.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const left = await member.core.timeline.list({ clientId: client.id });
    expect(left.items.map((a) => a.body)).toEqual(["Старое", "Звонок"]);
  });
});
