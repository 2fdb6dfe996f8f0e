import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("two organisations never see each other", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("refuses reads and writes across organisations, even with guessed ids", async () => {
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    const carl = await createUser(t, "Carl");
    const a = await orgOwnedBy(t, anna, "A");
    const b = await orgOwnedBy(t, boris, "B");
    await addMember(t, b.id, boris, carl, "member");
    const inB = await callerFor(t, boris, b.id);
    const bInvitation = await inB.core.invitations.create({ email: "x@example.com", role: "viewer" });
    const bRole = await inB.core.roles.create({ name: "Closer", permissions: ["core.org.read"] });
    const bKey = await inB.core.apiKeys.create({ name: "1C", role: "viewer" });

    const annaInB = await callerFor(t, anna, b.id);
    await expect(annaInB.core.members.list()).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(annaInB.core.org.get()).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    const annaInA = await callerFor(t, anna, a.id);
    expect((await annaInA.core.members.list()).map((m) => m.name)).toEqual(["Anna"]);
    await expect(annaInA.core.members.remove({ userId: carl.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(annaInA.core.members.changeRole({ userId: carl.id, role: "viewer" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(annaInA.core.invitations.revoke({ invitationId: bInvitation.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      annaInA.core.roles.update({ roleId: bRole.id, name: "Mine", permissions: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(annaInA.core.apiKeys.revoke({ keyId: bKey.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(annaInA.core.staffing.assign({ userId: carl.id, function: "vip" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const dan = await createUser(t, "Dan");
    await addMember(t, a.id, anna, dan, "member");
    await expect(annaInA.core.members.changeRole({ userId: dan.id, role: bRole.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Unknown role"),
    });
    expect((await inB.core.members.list()).map((m) => m.name)).toEqual(["Boris", "Carl"]);
    expect((await inB.core.apiKeys.list())[0]?.revokedAt).toBeNull();
  });
});
