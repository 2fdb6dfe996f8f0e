import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("staffing of the four functions", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("shows a solo owner on all four legs, and a leg without them as missing", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "Solo", "solo");
    const owner = await callerFor(t, anna, org.id);
    const before = await owner.core.staffing.coverage();
    expect(before.legs.map((leg) => [leg.function, leg.status, leg.people.map((p) => p.name)])).toEqual([
      ["prospecting", "covered", ["Anna"]],
      ["first-sale", "covered", ["Anna"]],
      ["farming", "covered", ["Anna"]],
      ["vip", "covered", ["Anna"]],
    ]);
    await owner.core.staffing.unassign({ userId: anna.id, function: "farming" });
    const after = await owner.core.staffing.coverage();
    expect(after.legs.find((leg) => leg.function === "farming")?.status).toBe("missing");
    expect(after.summary.missing).toEqual(["farming"]);
  });

  it("assigns specialists with capacity, pauses them and groups them in teams", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna, "Growing", "specialists");
    await addMember(t, org.id, anna, boris, "member");
    const head = await callerFor(t, anna, org.id);
    expect((await head.core.staffing.coverage()).summary.missing).toEqual([
      "prospecting",
      "first-sale",
      "farming",
      "vip",
    ]);
    const team = await head.core.staffing.createTeam({
      function: "prospecting",
      name: "Callers",
      leadUserId: boris.id,
    });
    await head.core.staffing.assign({
      userId: boris.id,
      function: "prospecting",
      capacityPerDay: 40,
      teamId: team.id,
    });
    await head.core.staffing.assign({ userId: boris.id, function: "prospecting", paused: true });
    const leg = (await head.core.staffing.coverage()).legs.find((l) => l.function === "prospecting");
    expect(leg).toMatchObject({
      status: "all-paused",
      people: [{ userId: boris.id, paused: true, capacityPerDay: 40, teamId: team.id }],
      teams: [{ name: "Callers", size: 1 }],
    });
    await expect(
      head.core.staffing.assign({ userId: boris.id, function: "vip", teamId: team.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("another function") });
    const stranger = await createUser(t, "Stranger");
    await expect(head.core.staffing.assign({ userId: stranger.id, function: "vip" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      head.core.staffing.assign({ userId: boris.id, function: "vip", capacityPerDay: -1 }),
    ).rejects.toMatchObject({ message: expect.stringContaining("capacityPerDay") });
  });

  it("hands out work with the assignment engine and remembers the load", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const org = await orgOwnedBy(t, anna, "Team", "specialists");
    await addMember(t, org.id, anna, boris, "member");
    const head = await callerFor(t, anna, org.id);
    await head.core.staffing.assign({ userId: anna.id, function: "first-sale", capacityPerDay: 1 });
    await head.core.staffing.assign({ userId: boris.id, function: "first-sale", capacityPerDay: 1 });
    const runtime = await t.host.runtime(org.id);
    const pick = (subject: string) =>
      runtime.write(
        { kind: "system", id: "system", name: "system", role: "system", permissions: new Set(["*"]) },
        (scope) => t.host.people.assignWork(scope, { orgId: org.id, function: "first-sale", subject }),
      );
    const first = await pick("lead-1");
    const second = await pick("lead-2");
    const third = await pick("lead-3");
    expect(first.ok && second.ok && new Set([first.userId, second.userId]).size).toBe(2);
    expect(third).toMatchObject({ ok: false, reason: "all-at-capacity" });
  });
});
