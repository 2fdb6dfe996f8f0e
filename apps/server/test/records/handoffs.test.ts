import { clients, outbox } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];
type User = TeamPerson["user"];

describe("handoffs between functions", () => {
  let t: TestHost;
  let orgId: string;
  let anna: User;
  let boris: User;
  let cyril: User;
  let head: Caller;
  let asBoris: Caller;
  let asCyril: Caller;

  const seed = (extra: Parameters<typeof seedClient>[3] = {}) =>
    seedClient(t, orgId, anna.id, { prospectingOwnerId: anna.id, ...extra });
  const clientRow = async (id: string) =>
    (await (await t.host.runtime(orgId)).db.select().from(clients).where(eq(clients.id, id)))[0];
  const payloads = async (name: string) =>
    (await (await t.host.runtime(orgId)).db.select().from(outbox).where(eq(outbox.name, name))).map(
      (e) => e.payload as Record<string, unknown>,
    );
  const lead = (clientId: string, extra: Record<string, unknown> = {}) => ({
    clientId,
    fromFunction: "prospecting" as const,
    toFunction: "first-sale" as const,
    note: "Хочет КП до пятницы",
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, {
      org: "Отдел продаж",
      growthStage: "specialists",
      members: { Boris: "member", Cyril: "member" },
    });
    const { Boris, Cyril } = team.members;
    [orgId, anna, boris, cyril] = [team.orgId, team.owner.user, Boris.user, Cyril.user];
    [head, asBoris, asCyril] = [team.owner.caller, Boris.caller, Cyril.caller];
    await head.core.staffing.assign({ userId: boris.id, function: "first-sale" });
    await head.core.staffing.assign({ userId: cyril.id, function: "first-sale" });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => t.close());

  it("picks receivers in turn; accepting makes the receiver the client's owner", async () => {
    const [one, two] = [await seed(), await seed()];
    const first = await head.core.handoffs.request(lead(one.id));
    const second = await head.core.handoffs.request(lead(two.id));
    expect([first.assignmentReason, second.assignmentReason]).toEqual(["round-robin", "round-robin"]);
    expect(new Set([first.receiverId, second.receiverId])).toEqual(new Set([boris.id, cyril.id]));
    expect(first.acceptBy - first.createdAt).toBe(24 * 3_600_000);
    expect(await payloads("core.handoff.requested")).toContainEqual(
      expect.objectContaining({
        handoffId: first.id,
        receiverId: first.receiverId,
        note: "Хочет КП до пятницы",
      }),
    );

    const toBoris = first.receiverId === boris.id ? first : second;
    expect((await asBoris.core.handoffs.pending()).items.map((h) => h.id)).toEqual([toBoris.id]);
    await expect(asCyril.core.handoffs.accept({ handoffId: toBoris.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await asBoris.core.handoffs.accept({ handoffId: toBoris.id })).toMatchObject({
      state: "accepted",
      decidedBy: boris.id,
    });
    expect((await clientRow(toBoris.clientId))?.firstSaleOwnerId).toBe(boris.id);
    expect(await payloads("core.handoff.accepted")).toContainEqual(
      expect.objectContaining({ handoffId: toBoris.id, receiverId: boris.id }),
    );
    await expect(asBoris.core.handoffs.accept({ handoffId: toBoris.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const history = await head.core.handoffs.forClient({ clientId: toBoris.clientId });
    expect(history.items.map((h) => h.state)).toEqual(["accepted"]);
    const timeline = await head.core.timeline.list({ clientId: toBoris.clientId, types: ["handoff"] });
    expect(timeline.items.map((a) => (a.data as { step: string }).step)).toEqual(["accepted", "requested"]);
  });

  it("prefers the client's current owner and needs a reason to reject", async () => {
    const client = await seed({ firstSaleOwnerId: cyril.id });
    const handoff = await head.core.handoffs.request(lead(client.id));
    expect(handoff).toMatchObject({ receiverId: cyril.id, assignmentReason: "existing-owner" });
    await expect(head.core.handoffs.request(lead(client.id))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(asCyril.core.handoffs.reject({ handoffId: handoff.id, reason: "  " })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        message: expect.stringContaining("reason"),
      },
    );
    await expect(
      asCyril.core.handoffs.reject({ handoffId: handoff.id } as { handoffId: string; reason: string }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("reason") });
    expect(
      await asCyril.core.handoffs.reject({ handoffId: handoff.id, reason: "Не наш профиль" }),
    ).toMatchObject({ state: "rejected" });
    expect(await payloads("core.handoff.rejected")).toContainEqual(
      expect.objectContaining({ handoffId: handoff.id, reason: "Не наш профиль" }),
    );
    expect((await clientRow(client.id))?.firstSaleOwnerId).toBe(cyril.id);
    const timeline = await head.core.timeline.list({ clientId: client.id, types: ["handoff"] });
    expect(timeline.items.map((a) => [a.body, a.data])).toEqual([
      [
        "Передача отклонена Лидогенерация → Первая продажа: Не наш профиль",
        expect.objectContaining({
          step: "rejected",
          from: "prospecting",
          to: "first-sale",
          detail: "Не наш профиль",
        }),
      ],
      [
        expect.stringMatching(
          /^Передача Лидогенерация → Первая продажа: Ответственный: .+Хочет КП до пятницы$/,
        ),
        expect.objectContaining({
          step: "requested",
          from: "prospecting",
          to: "first-sale",
          detail: expect.stringMatching(/^Ответственный: .+\. Хочет КП до пятницы$/),
        }),
      ],
    ]);
  });

  it("creates the handoff without a receiver when nobody covers the function, and anyone may take it", async () => {
    const client = await seed();
    const handoff = await head.core.handoffs.request({
      ...lead(client.id),
      fromFunction: "farming",
      toFunction: "vip",
    });
    expect(handoff).toMatchObject({
      receiverId: null,
      assignmentReason: "nobody-covers",
      state: "requested",
    });
    expect(handoff.explanation).toMatch(/Некого назначить/);
    expect(
      (await head.core.handoffs.list({ toFunction: "vip", state: "requested" })).items.map((h) => h.id),
    ).toEqual([handoff.id]);
    await asBoris.core.handoffs.accept({ handoffId: handoff.id });
    expect((await clientRow(client.id))?.vipOwnerId).toBe(boris.id);
  });

  it("checks a chosen receiver and lets only the requester cancel", async () => {
    const client = await seed();
    await expect(
      head.core.handoffs.request(lead(client.id, { receiverId: "usr_stranger" })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { receiverId: expect.any(String) } },
    });
    const chosen = await head.core.handoffs.request({ ...lead(client.id, { receiverId: anna.id }) });
    expect(chosen).toMatchObject({ receiverId: anna.id, assignmentReason: "chosen-not-covering" });
    await expect(asBoris.core.handoffs.cancel({ handoffId: chosen.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await head.core.handoffs.cancel({ handoffId: chosen.id })).toMatchObject({ state: "cancelled" });
    expect(await payloads("core.handoff.cancelled")).toEqual([
      {
        handoffId: chosen.id,
        clientId: client.id,
        fromFunction: "prospecting",
        toFunction: "first-sale",
        receiverId: anna.id,
      },
    ]);
  });

  it("flags a handoff past its SLA as overdue and expires it", async () => {
    const client = await seed();
    vi.useFakeTimers({ toFake: ["Date"] });
    const handoff = await head.core.handoffs.request(lead(client.id, { receiverId: cyril.id, slaHours: 1 }));
    expect((await asCyril.core.handoffs.pending()).items).toContainEqual(
      expect.objectContaining({ id: handoff.id, overdue: false }),
    );
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect((await asCyril.core.handoffs.pending()).items).toContainEqual(
      expect.objectContaining({ id: handoff.id, overdue: true }),
    );
    expect((await head.core.handoffs.list({ overdue: true })).items.map((h) => h.id)).toEqual([handoff.id]);
    await expect(asBoris.core.handoffs.expireOverdue()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await head.core.handoffs.expireOverdue()).toEqual({ expired: [handoff.id] });
    expect(await payloads("core.handoff.expired")).toEqual([
      expect.objectContaining({ handoffId: handoff.id, receiverId: cyril.id, acceptBy: handoff.acceptBy }),
    ]);
    expect((await head.core.handoffs.forClient({ clientId: client.id })).items[0]).toMatchObject({
      state: "expired",
      overdue: false,
    });
    await expect(asCyril.core.handoffs.accept({ handoffId: handoff.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await head.core.handoffs.list({ overdue: true })).items).toEqual([]);
  });
});
