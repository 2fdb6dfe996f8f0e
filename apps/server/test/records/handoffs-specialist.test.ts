import { salesFunctions } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/**
 * The owner who started alone still covers all four functions; once a specialist is staffed for
 * first sale, automatic handoffs go to the specialist — even for clients the owner nominally owns —
 * and the handoff says so.
 */
describe("automatic handoffs prefer a staffed specialist to the owner", () => {
  let t: TestHost;
  let orgId: string;
  let owner: TeamPerson;
  let boris: TeamPerson;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, { org: "Растущая компания", members: { Boris: "member" } });
    [orgId, owner, boris] = [team.orgId, team.owner, team.members.Boris];
    for (const fn of salesFunctions)
      await owner.caller.core.staffing.assign({ userId: owner.user.id, function: fn });
  });
  afterAll(() => t.close());

  const handOver = (clientId: string) =>
    owner.caller.core.handoffs.request({
      clientId,
      fromFunction: "prospecting",
      toFunction: "first-sale",
      note: "Хочет КП",
    });

  it("goes to the owner while he alone covers first sale", async () => {
    const client = await seedClient(t, orgId, owner.user.id, {});
    expect(await handOver(client.id)).toMatchObject({
      receiverId: owner.user.id,
      assignmentReason: "round-robin",
    });
  });

  it("goes to the specialist once one is staffed, with the reason in words", async () => {
    await owner.caller.core.staffing.assign({ userId: boris.user.id, function: "first-sale" });
    const client = await seedClient(t, orgId, owner.user.id, { firstSaleOwnerId: owner.user.id });
    const handoff = await handOver(client.id);
    expect(handoff).toMatchObject({ receiverId: boris.user.id, assignmentReason: "specialist" });
    expect(handoff.explanation).toBe(
      "Назначено на специалиста по первой продаже: Boris (0 сегодня, без лимита)",
    );
    const [entry] = (await owner.caller.core.timeline.list({ clientId: client.id, types: ["handoff"] }))
      .items;
    expect(entry?.data).toMatchObject({ assignmentReason: "specialist", receiverId: boris.user.id });
    const [listed] = (await owner.caller.core.handoffs.forClient({ clientId: client.id })).items;
    expect(listed).toMatchObject({ assignmentReason: "specialist" });
  });

  it("falls back to the owner while the specialist is paused", async () => {
    await owner.caller.core.staffing.assign({ userId: boris.user.id, function: "first-sale", paused: true });
    const client = await seedClient(t, orgId, owner.user.id, {});
    expect(await handOver(client.id)).toMatchObject({ receiverId: owner.user.id });
    await owner.caller.core.staffing.assign({ userId: boris.user.id, function: "first-sale", paused: false });
  });

  it("keeps an owner who works only first sale in the rotation beside a colleague", async () => {
    for (const fn of salesFunctions.filter((f) => f !== "first-sale"))
      await owner.caller.core.staffing.unassign({ userId: owner.user.id, function: fn });
    const receivers = new Set<string | null>();
    for (const _ of [1, 2])
      receivers.add((await handOver((await seedClient(t, orgId, owner.user.id, {})).id)).receiverId);
    expect(receivers).toEqual(new Set([owner.user.id, boris.user.id]));
  });
});
