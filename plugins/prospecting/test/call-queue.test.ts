import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMembers } from "../src/db/calling.ts";
import { campaignOver, createClients } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost, type TestUser } from "./support/prospecting-host.ts";

describe("the call queue", () => {
  let h: ProspectingHost;
  let callers: TestUser[];
  let campaignId: string;
  beforeEach(async () => {
    h = await prospectingHost();
    const clientIds = await createClients(h, 30);
    ({
      campaign: { id: campaignId },
    } = await campaignOver(h, h.owner, clientIds));
    callers = [];
    for (let i = 0; i < 5; i++) callers.push(await h.member(`Caller ${i}`, "caller"));
  });
  afterEach(() => h.close());

  it("never hands one record to two callers, however many ask at once", async () => {
    const apis = await Promise.all(callers.map((c) => h.as(c)));
    const claims = await Promise.all(
      apis.flatMap((api, i) =>
        [0, 1, 2, 3].map(async () => ({
          caller: i,
          screen: await api.prospecting.queue.next({ campaignId }),
        })),
      ),
    );
    const holders = new Map<string, Set<number>>();
    for (const { caller, screen } of claims) {
      if (!screen) throw new Error("the queue ran dry");
      holders.set(screen.memberId, (holders.get(screen.memberId) ?? new Set()).add(caller));
    }
    expect(holders.size).toBe(5);
    expect([...holders.values()].every((set) => set.size === 1)).toBe(true);
  });

  it("works the whole list with five callers at once, each record called exactly once", async () => {
    const apis = await Promise.all(callers.map((c) => h.as(c)));
    await Promise.all(
      apis.map(async (api) => {
        for (
          let screen = await api.prospecting.queue.next({ campaignId });
          screen;
          screen = await api.prospecting.queue.next({ campaignId })
        ) {
          await api.prospecting.queue.dispose({ memberId: screen.memberId, disposition: "not-interested" });
        }
      }),
    );
    const calls = await (await h.as(h.owner)).prospecting.campaigns.calls({ campaignId, limit: 1000 });
    expect(calls).toHaveLength(30);
    expect(new Set(calls.map((c) => c.memberId)).size).toBe(30);
    expect(new Set(calls.map((c) => c.callerId)).size).toBeGreaterThan(1);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const shifts = await (await h.as(h.owner)).prospecting.stats.callers({ from: day(-1), to: day(1) });
    expect(shifts.reduce((sum, s) => sum + s.dials, 0)).toBe(30);
    expect(shifts.every((s) => s.connectRate === 1 && s.conversations === s.dials && s.leads === 0)).toBe(
      true,
    );
  });

  it("returns a record whose lease expired to the queue, and refuses the old holder's dispose", async () => {
    const [anna, boris] = await Promise.all(callers.slice(0, 2).map((c) => h.as(c)));
    if (!(anna && boris)) throw new Error("callers missing");
    const first = await anna.prospecting.queue.next({ campaignId });
    const org = await h.t.host.runtime(h.orgId);
    await org.db
      .update(listMembers)
      .set({ availableAt: Date.now() + 86_400_000 })
      .where(eq(listMembers.state, "queued"));
    expect(await boris.prospecting.queue.next({ campaignId })).toBeNull();
    await org.db
      .update(listMembers)
      .set({ leaseUntil: Date.now() - 1 })
      .where(eq(listMembers.id, first?.memberId ?? ""));
    const taken = await boris.prospecting.queue.next({ campaignId });
    expect(taken?.memberId).toBe(first?.memberId);
    await expect(
      anna.prospecting.queue.dispose({ memberId: first?.memberId ?? "", disposition: "busy" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("recycles by the campaign's rules and brings a booked callback back to the same caller", async () => {
    const [anna, boris] = await Promise.all(callers.slice(0, 2).map((c) => h.as(c)));
    if (!(anna && boris)) throw new Error("callers missing");
    const screen = await anna.prospecting.queue.next({ campaignId });
    const result = await anna.prospecting.queue.dispose({
      memberId: screen?.memberId ?? "",
      disposition: "callback",
      callbackAt: Date.now() + 1000,
    });
    expect(result.next).toMatchObject({ state: "callback", assignedCallerId: callers[0]?.id });
    const org = await h.t.host.runtime(h.orgId);
    await org.db
      .update(listMembers)
      .set({ availableAt: Date.now() - 1000 })
      .where(eq(listMembers.id, screen?.memberId ?? ""));
    expect((await boris.prospecting.queue.next({ campaignId }))?.memberId).not.toBe(screen?.memberId);
    expect((await anna.prospecting.queue.next({ campaignId }))?.memberId).toBe(screen?.memberId);
  });

  it("never queues a phone on the do-not-call list", async () => {
    const owner = (await h.as(h.owner)).prospecting;
    await owner.dnc.add({ phone: "+79121000000", reason: "Жалоба" });
    const members = await owner.lists.members({
      listId: (await owner.lists.list())[0]?.id ?? "",
      limit: 1000,
    });
    expect(members.filter((m) => m.phone === "+79121000000").map((m) => m.state)).toEqual(["dnc"]);
    const twin = await (await h.core(h.owner)).core.clients.create({
      name: "ИП Двойник",
      phones: ["8 912 100-00-00"],
      allowDuplicate: true,
    });
    const list = await owner.lists.create({ name: "Ещё", clientIds: [twin.id] });
    expect(list.added).toMatchObject({ added: 0, doNotCall: 1 });
  });
});
